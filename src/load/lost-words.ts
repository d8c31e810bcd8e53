import { isMap, isPair, visit, type Document } from 'yaml';

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
export function findLostWords(doc: Document.Parsed, text: string): LostWords[] {
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
      const after = text.slice(node.range[1], node.range[2]);
      const comment = /^[ \t]+#(?=\S)([^\n]*)/.exec(after);
      if (comment) {
        const at = node.range[1] + comment[0].indexOf('#');
        found.push({ kind: 'comment', range: [at, at + comment[0].trimStart().length], words: comment[0].trimStart() });
      }
    },
  });
  return found;
}
