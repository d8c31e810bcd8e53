import type { Origin } from '../diagnostics.js';
import type { RawCell, RawTable, RawTableColumn, RawTableRow } from './raw.js';
import type { CellValue, TableColumnSpec, TableRowSpec, TableSpec } from './types.js';

/** Keys of a table row that are not cells. */
const ROW_KEYS = new Set(['group', 'rows', 'lines']);

/** A table written directly, as the model holds it: columns as a tree, rows with their origins. */
export function buildTable(raw: RawTable, origin: Origin): TableSpec {
  return {
    columns: raw.columns.map((c, i) => buildColumn(c, { file: origin.file, path: [...origin.path, 'columns', i] })),
    rows: raw.rows.map((row, i) => buildRow(row, { file: origin.file, path: [...origin.path, 'rows', i] })),
    total: raw.total ?? null,
    numbering: raw.numbering ?? 'groups',
    notes: raw.notes ?? [],
    origin,
  };
}

function buildColumn(raw: RawTableColumn, origin: Origin): TableColumnSpec {
  return {
    origin,
    field: raw.field ?? null,
    header: raw.header,
    type: raw.type ?? 'text',
    align: raw.align ?? null,
    total: raw.total ?? false,
    columns: (raw.columns ?? []).map((c, i) => buildColumn(c, { file: origin.file, path: [...origin.path, 'columns', i] })),
  };
}

function buildRow(raw: RawTableRow, origin: Origin): TableRowSpec {
  // A group row holds only its title: anything else on it (cells, sub-rows) is reported by table-cells.
  if (typeof raw.group === 'string') return { kind: 'group', title: raw.group, origin, extra: Object.keys(raw).filter((k) => k !== 'group') };
  return {
    kind: 'row',
    cells: cellsOf(raw),
    lines: (raw.lines ?? []).map(cellsOf),
    rows: (raw.rows ?? []).map((row, i) => buildRow(row, { file: origin.file, path: [...origin.path, 'rows', i] })),
    origin,
  };
}

function cellsOf(raw: Record<string, unknown>): Record<string, CellValue> {
  return Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, RawCell] => !ROW_KEYS.has(entry[0]) && isCell(entry[1])));
}

function isCell(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
}

/** The columns that hold cells (the leaves of the column tree), in print order. */
export function leafColumns(columns: readonly TableColumnSpec[]): TableColumnSpec[] {
  return columns.flatMap((c) => (c.columns.length > 0 ? leafColumns(c.columns) : [c]));
}
