import type { Origin } from '../diagnostics.js';
import type { RawAppendicesFile } from './raw.js';
import type { Appendix, AppendixKind } from './types.js';
import { toRoman } from './roman.js';
import { buildTable } from './table.js';

/** The columns an appendix of each kind prints when its YAML names none. */
export const DEFAULT_COLUMNS: Record<AppendixKind, string[]> = {
  tasks: ['stt', 'task', 'lead', 'cooperating', 'deadline', 'product'],
  steps: ['stt', 'work', 'owner', 'person', 'time', 'product'],
  timeline: ['stt', 'work'],
  table: [],
};

/** Appendices in YAML order, numbered "Phụ lục I, II, ..." (Nghị định 30, Phụ lục I, mục III.1: Roman numerals when two or more). */
export function buildAppendices(file: { file: string; data: RawAppendicesFile } | undefined): Appendix[] {
  if (!file) return [];
  const list = file.data.appendices;
  return list.map((a, i): Appendix => {
    const origin: Origin = { file: file.file, path: ['appendices', i] };
    const objects = (a.columns ?? []).flatMap((c) => (typeof c === 'string' ? [] : [c]));
    return {
      id: a.id,
      label: list.length >= 2 ? toRoman(i + 1) : '',
      kind: a.kind,
      title: a.title,
      orientation: a.orientation ?? 'landscape',
      columns: (a.columns ?? DEFAULT_COLUMNS[a.kind]).map((c) => (typeof c === 'string' ? c : c.field)),
      headers: Object.fromEntries(objects.flatMap((c) => (c.header === undefined ? [] : [[c.field, c.header]]))),
      numbers: Object.fromEntries(objects.flatMap((c) => (c.type === 'number' || c.total ? [[c.field, { total: c.total ?? false, number: c.type === 'number' }]] : []))),
      numbering: a.numbering ?? 'body',
      total: a.total ?? null,
      scale: a.scale ?? null,
      marks: a.marks ?? 'shade',
      progress: a.progress ?? false,
      explicitColumns: a.columns !== undefined,
      table: a.table ? buildTable(a.table, { file: file.file, path: ['appendices', i, 'table'] }) : null,
      caption: { label: a.label ?? null, attachment: a.attachment ?? null },
      given: Object.keys(a),
      origin,
    };
  });
}
