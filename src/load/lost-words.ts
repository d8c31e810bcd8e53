import { isMap, isPair, visit, type Document, type LineCounter } from 'yaml';

/** Where YAML read part of a clerk's text as markup: the range to point at, and the words it took. */
export interface LostWords {
  kind: 'anchor' | 'comment';
  range: [number, number];
  words: string;
}

/**
 * Text that YAML reads differently from how it was typed, in plain (unquoted) values:
 * - "title: &Thực hiện ..." makes "&Thực" an anchor name, and the text starts at "hiện";
 * - "name: Phòng #2 và Tổ công tác" makes "#2 và Tổ công tác" a comment, and the text is "Phòng".
 * A comment written as comments are (`# ghi chú`, a space after the "#"), and an anchor an alias
 * uses, are left alone.
 */
export function findLostWords(doc: Document.Parsed, text: string, lines: LineCounter): LostWords[] {
  const found: LostWords[] = [];
  // An anchor some alias uses was meant as one: only an anchor nothing uses took a clerk's word.
  const used = new Set<string>();
  visit(doc, {
    Alias(_, node) {
      used.add(node.source);
    },
  });
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key' || !node.range || typeof node.value !== 'string') return;
      const parent = path[path.length - 1];
      if (isPair(parent) && parent.key === node) return;
      if (isMap(parent)) return;
      if (node.anchor && !used.has(node.anchor)) {
        const at = text.lastIndexOf(`&${node.anchor}`, node.range[0]);
        if (at >= 0) found.push({ kind: 'anchor', range: [at, at + node.anchor.length + 1], words: `&${node.anchor}` });
      }
      if (node.type !== 'PLAIN') return;
      const before = commentBefore(text, node.range[0]);
      if (before) found.push(before);
      const after = commentAfter(text, node.range[0], node.range[1], lines);
      if (after) found.push(after);
    },
  });
  return found;
}

/** "#2 và Tổ công tác" as a lost comment from where its "#" stands to its line's end. */
function lostComment(text: string, at: number): LostWords {
  const end = text.indexOf('\n', at);
  const words = text.slice(at, end < 0 ? text.length : end).replace(/[ \t\r]+$/, '');
  return { kind: 'comment', range: [at, at + words.length], words };
}

/**
 * "title: #2 và Tổ" with the text going on below ("  công tác"): YAML takes "#2 và Tổ" for a
 * comment and the text starts on the next line. A comment between the key (or the "-" of an item)
 * and a text that starts on a later line.
 */
function commentBefore(text: string, start: number): LostWords | undefined {
  // Only spaces back to the line's start, read from the text's start backwards: a line of 600,000
  // items ("x: [a, a, ...]") would otherwise be read again for each of them.
  const lineStart = blankBefore(text, start);
  if (lineStart <= 0 || text[lineStart - 1] !== '\n') return undefined;
  const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const previous = /^(.*?(?::|-))[ \t]+#(?=\S)/.exec(text.slice(previousStart, lineStart - 1));
  // Only indentation, then a key or a "-" before the "#": a comment line of its own is left alone.
  if (!previous || !/^[ \t]*(?:-[ \t]+)*(?:[^\s#][^\n]*?:|-)$/.test(previous[1]!)) return undefined;
  return lostComment(text, previousStart + previous[0].length - 1);
}

/**
 * "name: Phòng #2 và Tổ": YAML reads what follows " #" as a comment and the text is "Phòng"; and so
 * on a line below the text, indented as a line of it would be ("name: Phòng" then "  #2 và Tổ").
 */
function commentAfter(text: string, start: number, end: number, lines: LineCounter): LostWords | undefined {
  const sameLine = /^[ \t]+#(?=\S)/.exec(text.slice(end, end + 4096));
  if (sameLine) return lostComment(text, end + sameLine[0].length - 1);
  // The line after the text's last line, indented deeper than the line the text starts on.
  // Nothing but spaces (and a comment) after the text on its line: read forwards only as far as the spaces go.
  let at = end;
  while (at < text.length && isBlank(text[at]!)) at++;
  if (at >= text.length || (text[at] !== '\n' && text[at] !== '#')) return undefined;
  const lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) return undefined;
  const next = /^([ \t]*)#(?=\S)/.exec(text.slice(lineEnd + 1, lineEnd + 4097));
  if (!next) return undefined;
  // Deeper than the line the text starts on (found by the line counter, not by reading the line back).
  const lineStart = start - lines.linePos(start).col + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, Math.min(start, lineStart + 4096)))![0].length;
  if (next[1]!.length <= indent) return undefined;
  return lostComment(text, lineEnd + 1 + next[1]!.length);
}

/** Where the spaces and tabs just before `at` begin. */
function blankBefore(text: string, at: number): number {
  let from = at;
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  return from;
}

/** Spaces, tabs and the "\r" of a CRLF line end. */
function isBlank(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r';
}
