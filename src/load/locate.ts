import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml';
import type { Diagnostic, PathSegment, Position, TextSpan } from '../diagnostics.js';
import type { SourceFile } from './source-file.js';
import { sourceOffset } from './text-offset.js';

/** Whether a path points at a value, or at the key that holds it (an unknown key, say). */
export type Target = 'value' | 'key';

/**
 * Turns a data path into a range. When the path goes further than the file does (a missing
 * field), the range is that of the deepest node that exists: the field's parent. With a `span`
 * of a text, the range is that stretch of the text where the file lets it be found.
 */
export function locatePath(source: SourceFile, path: readonly PathSegment[], target: Target = 'value', span?: TextSpan): { start: Position; end: Position } {
  let node: unknown = source.doc.contents;
  let pair: Pair | undefined;
  for (const segment of path) {
    const next = child(node, segment);
    if (!next) break;
    node = next.value;
    pair = next.pair;
  }
  if (span && target === 'value' && isScalar(node)) {
    const within = locateSpan(source, node, span);
    if (within) return within;
  }
  const anchor = target === 'key' && pair && isNode(pair.key) ? pair.key : isNode(node) ? node : undefined;
  const range = anchor?.range;
  if (!range) return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  return { start: position(source, range[0]), end: position(source, range[1]) };
}

/** Fills in start and end of diagnostics that carry a data path. */
export function locateDiagnostics(diagnostics: Diagnostic[], sources: readonly SourceFile[]): Diagnostic[] {
  const byFile = new Map(sources.map((s) => [s.file, s]));
  return diagnostics.map((d) => {
    const source = byFile.get(d.file);
    if (d.start.line !== 0) return d;
    if (!source) return { ...d, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    const target: Target = d.args['target'] === 'key' ? 'key' : 'value';
    return { ...d, ...locatePath(source, d.path, target, d.span) };
  });
}

function locateSpan(source: SourceFile, scalar: Scalar, span: TextSpan): { start: Position; end: Position } | undefined {
  const first = sourceOffset(source.text, scalar, span.offset);
  const last = sourceOffset(source.text, scalar, span.offset + Math.max(span.length, 1) - 1);
  if (first === undefined || last === undefined) return undefined;
  return { start: position(source, first), end: position(source, last + 1) };
}

function child(node: unknown, segment: PathSegment): { value: unknown; pair?: Pair } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(segment));
    return pair ? { value: pair.value ?? pair.key, pair } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

function keyText(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

function position(source: SourceFile, offset: number): Position {
  const { line, col } = source.lineCounter.linePos(offset);
  return { line, column: col };
}
