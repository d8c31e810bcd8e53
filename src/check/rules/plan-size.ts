import type { Origin } from '../../diagnostics.js';
import { periodColumnCount } from '../../model/timeline-scale.js';
import type { Appendix, Plan, TableColumnSpec, TableRowSpec, TableSpec } from '../../model/types.js';
import type { Rule } from '../rule.js';
import { bodyTables } from './lib/body-tables.js';
import { printedPast } from './lib/printed-size.js';

/**
 * The most items a plan may hold: tasks, steps, units and the rows of its own tables together.
 * Each is laid out in the body and in "Tổ chức thực hiện", so their number, more than their
 * words, sets what a build costs; at this limit (with MAX_TABLE_CELLS) a check and a build stay
 * within 10 s and 1 GB (bench/worst-case.js). The largest real plan here holds 83 (Lâm Đồng: 59
 * tasks, 24 units); 5,000 tasks with their steps fit.
 */
export const MAX_PLAN_ITEMS = 10_000;

/**
 * The most cells the document's tables may print together. Each appendix that lists the tasks
 * prints them all again, a timeline a cell a period (up to 360 months written month by month), so
 * the items alone do not bound the tables: ten timelines of the same tasks cost ten times one.
 * A 5,000-task plan with its steps and the three appendices (a list, the steps, a 12-month
 * timeline) prints about 220,000.
 */
export const MAX_TABLE_CELLS = 300_000;

/**
 * The most characters the document may print (lib/printed-size.ts): the body as laid out, a task
 * as often as tasks blocks place it and under each of its leads, every task again in each
 * appendix that lists the tasks, a unit's whole name at each task it works on and a reference's
 * label where it stands. A task working with 4,000 units of long names printed 60 MB in a build of
 * 23 s and 3 GB; the same tasks block written 300 times, 1.3 GB; none of it was in the YAML's size.
 * The generated 5,000-task plan (bench/generate.js --short) prints about 4,200,000 (its .docx holds 4,480,000 characters of text); the largest
 * real plan here 42,000 (45,000).
 */
export const MAX_PRINTED_CHARS = 8_000_000;

/**
 * The most columns a table may have: a row's cells are laid out and measured one by one, so a
 * table of thousands of columns costs what thousands of rows do, and no page holds more than a
 * few dozen. Budget tables of real plans have up to about 20.
 */
export const MAX_TABLE_COLUMNS = 50;

/**
 * The longest name of a unit: it is printed at every task it leads or takes part in and in every
 * row of the appendices, so a long one is multiplied (a 99,000-character name leading 1,900 tasks
 * wrote a 507 MB document). The longest real names run to about 150 characters.
 */
export const MAX_UNIT_NAME = 300;

/** A plan holds no more than MAX_PLAN_ITEMS tasks, steps, units and table rows, no table more than MAX_TABLE_COLUMNS columns, its tables no more than MAX_TABLE_CELLS cells, its tasks and steps no more than MAX_PRINTED_CHARS printed characters, no unit a name longer than MAX_UNIT_NAME. */
export const planSize: Rule = {
  id: 'plan-size',
  severity: 'error',
  description: {
    vi: 'Một kế hoạch có không quá 10.000 mục (nhiệm vụ, công việc cụ thể, đơn vị và dòng của các bảng), một bảng không quá 50 cột, các bảng cộng lại không quá 300.000 ô, nhiệm vụ và công việc in ra không quá 8.000.000 ký tự, tên đơn vị không quá 300 ký tự',
    en: 'A plan holds at most 10,000 items (tasks, steps, units and the rows of its tables), a table at most 50 columns, its tables together at most 300,000 cells, its tasks and steps at most 8,000,000 printed characters, a unit name at most 300 characters',
  },
  guardsLimit: true,
  check({ plan }, report) {
    for (const unit of plan.units) {
      const longest = unit.name.length >= unit.displayName.length ? 'name' : 'shortName';
      const length = Math.max(unit.name.length, unit.displayName.length);
      if (length > MAX_UNIT_NAME) report({ file: unit.origin.file, path: [...unit.origin.path, longest] }, { unit: unit.id, length, limit: MAX_UNIT_NAME }, { messageId: 'plan-size.unit-name' });
    }
    const tables = [...plan.appendices.flatMap((a) => (a.table ? [a.table] : [])), ...bodyTables(plan.outline)];
    for (const table of tables) {
      const columns = leafColumns(table.columns);
      if (columns.length > MAX_TABLE_COLUMNS) report(columns[MAX_TABLE_COLUMNS]!.origin, { count: columns.length, limit: MAX_TABLE_COLUMNS }, { messageId: 'plan-size.columns' });
    }
    // The columns an appendix of the tasks lists itself (a timeline's periods are bounded by the period and the cells).
    for (const appendix of plan.appendices) {
      if (appendix.table || appendix.columns.length <= MAX_TABLE_COLUMNS) continue;
      report({ file: appendix.origin.file, path: [...appendix.origin.path, 'columns', MAX_TABLE_COLUMNS] }, { count: appendix.columns.length, limit: MAX_TABLE_COLUMNS }, { messageId: 'plan-size.columns' });
    }
    reportCells(plan, bodyTables(plan.outline), report);
    reportPrinted(plan, report);
    const items = [...plan.units.map((u) => u.origin), ...plan.tasks.flatMap((t) => [t.origin, ...t.steps.map((s) => s.origin)]), ...tables.flatMap((t) => rowOrigins(t.rows))];
    if (items.length <= MAX_PLAN_ITEMS) return;
    // Said once, at the first item past the limit (units, tasks with their steps, then table rows, as the files run): that is where the clerk starts to split the plan.
    const steps = plan.tasks.reduce((n, t) => n + t.steps.length, 0);
    const rows = items.length - plan.units.length - plan.tasks.length - steps;
    report(items[MAX_PLAN_ITEMS]!, { count: items.length, limit: MAX_PLAN_ITEMS, tasks: plan.tasks.length, steps, units: plan.units.length, rows });
  },
};

/**
 * Cells, table by table in the order the document prints them (the body's tables, then the
 * appendices); said once, at the table that takes the total past the limit.
 */
function reportCells(plan: Plan, inBody: readonly TableSpec[], report: Parameters<Rule['check']>[1]): void {
  const printed: { origin: Origin; cells: number }[] = [
    ...inBody.map((t) => ({ origin: t.origin, cells: tableCells(t) })),
    ...plan.appendices.map((a) => ({ origin: a.origin, cells: a.table ? tableCells(a.table) : appendixCells(plan, a) })),
  ];
  let total = 0;
  for (const table of printed) {
    total += table.cells;
    if (total <= MAX_TABLE_CELLS) continue;
    const all = printed.reduce((n, t) => n + t.cells, 0);
    report(table.origin, { count: all, limit: MAX_TABLE_CELLS, tables: printed.length }, { messageId: 'plan-size.cells' });
    return;
  }
}

/** Said once, at what takes the document's printed characters past the limit (lib/printed-size.ts). */
function reportPrinted(plan: Plan, report: Parameters<Rule['check']>[1]): void {
  const past = printedPast(plan, MAX_PRINTED_CHARS);
  if (past) report(past.origin, { limit: MAX_PRINTED_CHARS, appendices: plan.appendices.filter((a) => !a.table).length }, { messageId: 'plan-size.printed' });
}

function tableCells(table: TableSpec): number {
  return rowOrigins(table.rows).length * leafColumns(table.columns).length;
}

/** An appendix built from the tasks: a row a task (and a step, but in a list of tasks), a group row a group; a cell a column, and a timeline's a period. */
function appendixCells(plan: Plan, appendix: Appendix): number {
  const steps = appendix.kind === 'tasks' ? 0 : plan.tasks.reduce((n, t) => n + t.steps.length, 0);
  const rows = plan.groups.length + plan.tasks.length + steps;
  const columns = appendix.kind === 'timeline' ? new Set(['stt', ...appendix.columns]).size + periodColumnCount(plan, appendix.scale) : appendix.columns.length;
  return rows * columns;
}

/** A row, its continuation lines and its sub-rows each count: each prints a row. */
function rowOrigins(rows: readonly TableRowSpec[]): Origin[] {
  return rows.flatMap((row) => (row.kind === 'group' ? [row.origin] : [row.origin, ...row.lines.map(() => row.origin), ...rowOrigins(row.rows)]));
}

/** The columns that hold cells: those without sub-columns. */
function leafColumns(columns: readonly TableColumnSpec[]): TableColumnSpec[] {
  return columns.flatMap((c) => (c.columns.length > 0 ? leafColumns(c.columns) : [c]));
}
