import { resolve } from 'node:path';
import { unlocated, type Diagnostic } from '../diagnostics.js';
import { parseFile } from './parse-file.js';
import { readText, type ReadText } from './read-text.js';
import type { SourceFile, SourceKind } from './source-file.js';
import { emptyBudget, MAX_PLAN_BYTES, type PlanBudget } from './plan-budget.js';
import { checkTextLimits } from './text-limits.js';

/**
 * Texts that stand for files on disk, by absolute path: the unsaved buffers of an editor
 * (`plan lsp`), checked as the clerk types. A path in it is read from it, whether or not the
 * file exists; every other path from the disk.
 */
export type Overlay = ReadonlyMap<string, string>;

/**
 * Reads and parses one YAML file of a known size: too large (alone, or with the plan's files read
 * before it), unreadable or not UTF-8 is reported, not parsed. The file's bytes and its texts'
 * characters are counted into `budget`, the plan's.
 */
export function readSource(kind: SourceKind, path: string, file: string, size: number, overlay?: Overlay, budget: PlanBudget = emptyBudget()): { source?: SourceFile; diagnostics: Diagnostic[] } {
  if (size > MAX_PLAN_BYTES) return { diagnostics: [unlocated('plan-files', 'error', { file, path: [] }, 'files.too-large', { size, limit: MAX_PLAN_BYTES })] };
  if (budget.bytes + size > MAX_PLAN_BYTES) {
    return { diagnostics: [unlocated('plan-files', 'error', { file, path: [] }, 'files.plan-too-large', { size, before: budget.bytes, limit: MAX_PLAN_BYTES })] };
  }
  budget.bytes += size;
  const buffer = overlay?.get(resolve(path));
  // An editor's text is characters already: no encoding to judge, and a byte order mark is no character, as on disk.
  const read: ReadText = buffer === undefined ? readText(path) : { text: buffer.replace(/^\uFEFF/, '') };
  if ('unreadable' in read) return { diagnostics: [unlocated('plan-files', 'error', { file, path: [] }, 'files.unreadable', { code: read.unreadable })] };
  if (!('text' in read)) {
    return { diagnostics: [{ ...unlocated('plan-files', 'error', { file, path: [] }, `files.${read.encoding}`), start: read.at, end: { ...read.at, column: read.at.column + 1 } }] };
  }
  const parsed = parseFile(kind, file, read.text, budget);
  const limits = checkTextLimits(file, parsed.source.data, budget);
  // Over the limits, the data goes no further: no rule reads it and nothing renders it.
  return { source: limits.length > 0 ? { ...parsed.source, data: undefined } : parsed.source, diagnostics: [...parsed.diagnostics, ...limits] };
}

