import type { Origin } from '../../diagnostics.js';
import { leafColumns } from '../../model/table.js';
import type { Appendix, CellValue, OutlineBlock, Plan, TableRowSpec, TableSpec } from '../../model/types.js';
import type { Report, Rule } from '../rule.js';

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
    vi: 'Mỗi ô của bảng thuộc một cột; cột số chứa số; cột cộng là cột số và bảng có dòng tổng cộng',
    en: 'Every table cell belongs to a column; number columns hold numbers; summed columns are numbers and the table has a total row',
  },
  check({ plan }, report) {
    for (const appendix of plan.appendices) {
      if (appendix.table) checkTable(appendix.label, appendix.table, report);
      else checkTaskColumns(plan, appendix, report);
    }
    for (const table of bodyTables(plan.outline)) checkTable(null, table, report);
  },
};

/** The tables the outline writes in the body, sections' own included. */
function bodyTables(blocks: readonly OutlineBlock[]): TableSpec[] {
  return blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : block.kind === 'section' ? bodyTables(block.section.blocks) : []));
}

/** `label`: the appendix's numeral ("" for a sole appendix), or null for a table of the body. */
function checkTable(label: string | null, table: TableSpec, report: Report): void {
  const named: Record<string, string> = label === null ? { body: 'yes' } : { appendix: label };
  const leaves = leafColumns(table.columns);
  const columns = new Map(leaves.flatMap((c) => (c.field === null ? [] : [[c.field, c]])));
  const at = (origin: Origin, ...path: (string | number)[]): Origin => ({ file: origin.file, path: [...origin.path, ...path] });
  leaves.forEach((column, i) => {
    if (column.total && column.type !== 'number') report(column.origin, { ...named, column: column.header }, { messageId: 'table-cells.total-text' });
    if (column.total && table.total === null) report(column.origin, { ...named, column: column.header }, { messageId: 'table-cells.no-total-row' });
    if (leaves.findIndex((c) => c.field === column.field) !== i) report(column.origin, { ...named, column: column.header, field: String(column.field) }, { messageId: 'table-cells.field-twice' });
  });
  const checkCells = (cells: Record<string, CellValue>, origin: Origin, path: (string | number)[]) => {
    for (const [key, value] of Object.entries(cells)) {
      const column = columns.get(key);
      const where = at(origin, ...path, key);
      if (!column) report(where, { ...named, field: key }, { messageId: 'table-cells', target: 'key' });
      else if (column.type === 'number' && typeof value !== 'number') report(where, { ...named, column: column.header, value: String(value) }, { messageId: 'table-cells.not-number' });
    }
  };
  const walk = (rows: readonly TableRowSpec[]) => {
    for (const row of rows) {
      if (row.kind === 'group') continue;
      checkCells(row.cells, row.origin, []);
      row.lines.forEach((line, i) => checkCells(line, row.origin, ['lines', i]));
      walk(row.rows);
    }
  };
  walk(table.rows);
}

/** A tasks or steps appendix: its number columns read the tasks' own fields. */
function checkTaskColumns(plan: Plan, appendix: Appendix, report: Report): void {
  for (const [field, { total, number }] of Object.entries(appendix.numbers)) {
    if (total && !number) report(appendix.origin, { appendix: appendix.label, column: field }, { messageId: 'table-cells.total-text' });
    if (!number) continue;
    if (total && appendix.total === null) report(appendix.origin, { appendix: appendix.label, column: field }, { messageId: 'table-cells.no-total-row' });
    for (const task of plan.tasks) {
      const value = task.fields[field];
      if (value !== undefined && typeof value !== 'number') {
        report({ file: task.origin.file, path: [...task.origin.path, 'fields', field] }, { appendix: appendix.label, column: field, value: String(value) }, { messageId: 'table-cells.not-number' });
      }
    }
  }
}
