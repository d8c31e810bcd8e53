import type { Origin } from '../../diagnostics.js';
import { leafColumns } from '../../model/table.js';
import type { Appendix, CellValue, Plan, TableRowSpec, TableSpec } from '../../model/types.js';
import type { Report, Rule } from '../rule.js';
import { bodyTables } from './lib/body-tables.js';

/**
 * Every cell of a table prints where the plan meant it: a cell whose key names no column would be
 * dropped in silence; a number column holds numbers (a text such as "1.250" cannot be added or
 * printed the Vietnamese way); a column is added in the total row only if it is a number column
 * and the table has a total row to print the sum in.
 */
export const tableCells: Rule = {
  id: 'table-cells',
  severity: 'error',
  description: {
    vi: 'Không gì của bảng bị bỏ trong im lặng: mỗi ô thuộc một cột và được in, cột số chứa số cộng được chính xác, cột cộng có dòng tổng cộng, mỗi khóa là khóa Phụ lục đó dùng',
    en: 'Nothing of a table is dropped in silence: every cell belongs to a column and prints, number columns hold numbers that add exactly, summed columns have a total row, and every option is one the appendix reads',
  },
  check({ plan }, report) {
    for (const appendix of plan.appendices) {
      for (const key of appendix.given.filter((k) => UNUSED[appendix.kind].includes(k))) {
        report({ file: appendix.origin.file, path: [...appendix.origin.path, key] }, { appendix: appendix.label, field: key, kind: appendix.kind }, { messageId: 'table-cells.unused-option', target: 'key' });
      }
      if (appendix.table) checkTable(appendix.label, appendix.table, report);
      else checkTaskColumns(plan, appendix, report);
    }
    for (const table of bodyTables(plan.outline)) checkTable(null, table, report);
  },
};

/** Keys of an appendix that its kind does not read: said, not ignored in silence. */
const UNUSED: Record<Appendix['kind'], string[]> = {
  tasks: ['scale', 'marks', 'progress', 'table'],
  steps: ['scale', 'marks', 'progress', 'table'],
  timeline: ['total', 'table'],
  table: ['columns', 'numbering', 'total', 'scale', 'marks', 'progress'],
};


/** `label`: the appendix's numeral ("" for a sole appendix), or null for a table of the body. */
function checkTable(label: string | null, table: TableSpec, report: Report): void {
  const named: Record<string, string> = label === null ? { body: 'yes' } : { appendix: label };
  const leaves = leafColumns(table.columns);
  const columns = new Map(leaves.flatMap((c) => (c.field === null ? [] : [[c.field, c]])));
  const at = (origin: Origin, ...path: (string | number)[]): Origin => ({ file: origin.file, path: [...origin.path, ...path] });
  const seen = new Set<string | null>();
  for (const column of leaves) {
    if (column.total && column.type !== 'number') report(column.origin, { ...named, column: column.header }, { messageId: 'table-cells.total-text' });
    if (column.total && table.total === null) report(column.origin, { ...named, column: column.header }, { messageId: 'table-cells.no-total-row' });
    if (seen.has(column.field)) report(column.origin, { ...named, column: column.header, field: String(column.field) }, { messageId: 'table-cells.field-twice' });
    seen.add(column.field);
  }
  if (table.total !== null && !leaves.some((c) => c.field === 'stt' || !c.total)) report(at(table.origin, 'total'), { ...named }, { messageId: 'table-cells.total-label' });
  const checkCells = (cells: Record<string, CellValue>, origin: Origin, path: (string | number)[], own: Record<string, CellValue> | null) => {
    for (const [key, value] of Object.entries(cells)) {
      const column = columns.get(key);
      const where = at(origin, ...path, key);
      if (!column) report(where, { ...named, field: key }, { messageId: 'table-cells', target: 'key' });
      // A row's own cell spans all its lines: the same cell on a line would sit under it, unseen.
      else if (own !== null && (key === 'stt' || key in own)) report(where, { ...named, field: key }, { messageId: 'table-cells.line-overlap', target: 'key' });
      else if (column.type === 'number') checkNumber(value, where, { ...named, column: column.header }, report);
    }
  };
  const walk = (rows: readonly TableRowSpec[], nested: boolean) => {
    for (const row of rows) {
      if (row.kind === 'group') {
        // A group row is its title across the table: what else it holds, or a group among sub-rows, would not print.
        if (nested) report(at(row.origin, 'group'), { ...named, title: row.title }, { messageId: 'table-cells.nested-group', target: 'key' });
        for (const key of row.extra) report(at(row.origin, key), { ...named, field: key, title: row.title }, { messageId: 'table-cells.group-extra', target: 'key' });
        continue;
      }
      checkCells(row.cells, row.origin, [], null);
      row.lines.forEach((line, i) => checkCells(line, row.origin, ['lines', i], row.cells));
      walk(row.rows, true);
    }
  };
  walk(table.rows, false);
}

/** A number a column adds and prints: a number at all, finite, and within what adds exactly (2^53). */
function checkNumber(value: CellValue, at: Origin, args: Record<string, string>, report: Report): void {
  if (typeof value !== 'number') report(at, { ...args, value: String(value) }, { messageId: 'table-cells.not-number' });
  else if (!Number.isFinite(value)) report(at, { ...args, value: String(value) }, { messageId: 'table-cells.not-finite' });
  else if (Math.abs(value) > Number.MAX_SAFE_INTEGER) report(at, { ...args, value: String(value) }, { messageId: 'table-cells.too-large' });
}

/** Fields every task has: a task's own field of one of these names would never print. */
const BUILT_IN = new Set(['stt', 'task', 'work', 'lead', 'owner', 'cooperating', 'person', 'deadline', 'time', 'product']);

/** A tasks or steps appendix: its number columns read the tasks' own fields. */
function checkTaskColumns(plan: Plan, appendix: Appendix, report: Report): void {
  const named = { appendix: appendix.label };
  // A set of the fields seen, not a search of the list for each: thousands of columns took seconds.
  const seen = new Set<string>();
  for (const field of appendix.columns) {
    if (seen.has(field)) report(appendix.origin, { ...named, column: field, field }, { messageId: 'table-cells.field-twice' });
    seen.add(field);
  }
  for (const field of Object.keys(appendix.numbers)) if (BUILT_IN.has(field)) report(appendix.origin, { ...named, field }, { messageId: 'table-cells.builtin-number' });
  for (const task of plan.tasks) {
    for (const field of Object.keys(task.fields)) {
      if (BUILT_IN.has(field)) report({ file: task.origin.file, path: [...task.origin.path, 'fields', field] }, { ...named, field }, { messageId: 'table-cells.field-builtin', target: 'key' });
    }
  }
  for (const [field, { total, number }] of Object.entries(appendix.numbers)) {
    if (BUILT_IN.has(field)) continue;
    if (total && !number) report(appendix.origin, { appendix: appendix.label, column: field }, { messageId: 'table-cells.total-text' });
    if (!number) continue;
    if (total && appendix.total === null) report(appendix.origin, { appendix: appendix.label, column: field }, { messageId: 'table-cells.no-total-row' });
    for (const task of plan.tasks) {
      const value = task.fields[field];
      if (value !== undefined) checkNumber(value, { file: task.origin.file, path: [...task.origin.path, 'fields', field] }, { appendix: appendix.label, column: field }, report);
    }
  }
}
