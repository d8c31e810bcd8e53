import { isDeepStrictEqual } from 'node:util';
import { fixInText } from '../check/quick-fix.js';
import type { Diagnostic, PathSegment, Position } from '../diagnostics.js';
import { isNode, visit, type Document } from 'yaml';
import { parseFile } from '../load/parse-file.js';
import type { SourceKind } from '../load/source-file.js';

/** One fix placed in a file's text: the characters from `start` to `end` become `newText`. */
interface Edit {
  start: number;
  end: number;
  newText: string;
  finding: Diagnostic;
}

/**
 * A YAML file's text with the mechanical fixes of its findings made (src/check/quick-fix.ts): only
 * the characters of each finding's range change, so comments, quoting, indentation and line ends
 * stay as they were, byte for byte. Two fixes that overlap: the first is made, the other waits for
 * the next check. The text is kept only if it still parses to the same data with just the fixed
 * texts changed; if not (a fix that YAML would read otherwise), nothing of the file is changed.
 */
export function patchText(kind: SourceKind, text: string, findings: readonly Diagnostic[]): { text: string; fixed: Diagnostic[] } {
  const parsed = parseFile(kind, '', text).source;
  // A text with an anchor is also every alias's: mended in one place it would change in all, so
  // it is left (still reported), and the rest of the file is fixed.
  const edits = outside(placeEdits(text, findings), anchoredRanges(parsed.doc));
  if (edits.length === 0) return { text, fixed: [] };
  // The text between the edits and the edits' new text, joined once: rebuilt whole for each edit, 12,000 fixes took 20 s.
  const pieces: string[] = [];
  let from = 0;
  for (const edit of edits) {
    pieces.push(text.slice(from, edit.start), edit.newText);
    from = edit.end;
  }
  pieces.push(text.slice(from));
  const patched = pieces.join('');
  const before = parsed.data;
  const after = parseFile(kind, '', patched).source.data;
  if (before === undefined || !isDeepStrictEqual(after, expectedData(before, edits, text))) return { text, fixed: [] };
  return { text: patched, fixed: edits.map((e) => e.finding) };
}

/** The fixes that apply, in order, none overlapping another. */
function placeEdits(text: string, findings: readonly Diagnostic[]): Edit[] {
  const lineStarts = lineStartsOf(text);
  const edits: Edit[] = [];
  for (const finding of findings) {
    const start = offsetOf(lineStarts, finding.start);
    const end = offsetOf(lineStarts, finding.end);
    if (start === undefined || end === undefined || end < start || end > text.length) continue;
    const fix = fixInText(finding, text, start, end);
    if (fix) edits.push({ start, end, newText: fix.newText, finding });
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let reached = -1;
  return edits.filter((edit) => {
    if (edit.start < reached) return false;
    reached = edit.end;
    return true;
  });
}

/**
 * The edits that touch no anchored range. Both in order of their start, read once side by side
 * (edits do not overlap, so their ends come in order too): a check of every range for each edit
 * was the product of the two.
 */
function outside(edits: readonly Edit[], anchored: [number, number][]): Edit[] {
  const ranges = [...anchored].sort((a, b) => a[0] - b[0]);
  let next = 0;
  let reach = -1;
  return edits.filter((edit) => {
    // Every range that starts before the edit ends; it overlaps the edit if one of them reaches past its start.
    while (next < ranges.length && ranges[next]![0] < edit.end) reach = Math.max(reach, ranges[next++]![1]);
    return reach <= edit.start;
  });
}

/** The data the fixed text must give: each fixed text's value with the fixed stretch replaced. */
function expectedData(data: unknown, edits: readonly Edit[], text: string): unknown {
  const copy = structuredClone(data);
  // From the last stretch of a value to the first, so each span still counts from the value's start.
  for (const edit of [...edits].sort((a, b) => b.finding.span!.offset - a.finding.span!.offset)) {
    const { path, span } = edit.finding;
    const parent = valueAt(copy, path.slice(0, -1));
    const key = path[path.length - 1];
    if (key === undefined || parent === null || typeof parent !== 'object') return undefined;
    const value = (parent as Record<PathSegment, unknown>)[key];
    if (typeof value !== 'string' || value.slice(span!.offset, span!.offset + span!.length) !== text.slice(edit.start, edit.end)) return undefined;
    (parent as Record<PathSegment, unknown>)[key] = value.slice(0, span!.offset) + edit.newText + value.slice(span!.offset + span!.length);
  }
  return copy;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  return path.reduce<unknown>((node, segment) => (node !== null && typeof node === 'object' ? (node as Record<PathSegment, unknown>)[segment] : undefined), data);
}

/** Where each line starts, as the YAML parser's LineCounter counts them (after each "\n"). */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** A 1-based line and column (UTF-16 code units) as an offset into the text. */
function offsetOf(lineStarts: readonly number[], position: Position): number | undefined {
  const lineStart = lineStarts[position.line - 1];
  return lineStart === undefined ? undefined : lineStart + position.column - 1;
}

/** Where the file's anchored values stand: `&a text`, or a list or mapping with an anchor. */
function anchoredRanges(doc: Document.Parsed): [number, number][] {
  const ranges: [number, number][] = [];
  visit(doc, (_, node) => {
    if (isNode(node) && node.anchor && node.range) ranges.push([node.range[0], node.range[1]]);
  });
  return ranges;
}
