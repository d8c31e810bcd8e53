import type { ImportedAppendix } from './map-appendices.js';
import { TaskMatcher } from './map-leads.js';
import type { ImportedGroup, ImportedTask } from './map-tasks.js';
import type { UnitRegistry } from './match-units.js';

interface Column {
  field?: string;
  header: string;
  columns?: Column[];
}

/** The first column (sub-columns included) whose header reads as `pattern`. */
function fieldOf(columns: readonly Column[], pattern: RegExp): string | null {
  for (const column of columns) {
    if (column.field && pattern.test(column.header)) return column.field;
    const inner = column.columns ? fieldOf(column.columns, pattern) : null;
    if (inner) return inner;
  }
  return null;
}

const text = (value: unknown): string => (Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '');

/**
 * Rows of the appendix tables that are tasks of the body, matched by their text: each such row
 * gives its task what the body left out (lead, cooperating units, product), the units through the
 * registry; the row keeps its cells as printed. Returns, by appendix index, the rows matched and to which task.
 */
export function linkAppendixTasks(appendices: readonly ImportedAppendix[], groups: readonly ImportedGroup[], units: UnitRegistry): { appendix: number; row: number; task: string }[] {
  const tasks = groups.flatMap((g) => g.tasks);
  const links: { appendix: number; row: number; task: string }[] = [];
  if (tasks.length === 0) return links;
  const matcher = new TaskMatcher(tasks);
  appendices.forEach((appendix, a) => {
    const table = appendix['table'] as { columns: Column[]; rows: Record<string, unknown>[] } | undefined;
    if (!table) return;
    const taskField = fieldOf(table.columns, /^(nhiệm vụ|nội dung|tên nhiệm vụ)/iu);
    if (!taskField) return;
    const leadField = fieldOf(table.columns, /chủ trì/iu);
    const withField = fieldOf(table.columns, /phối hợp/iu);
    const productField = fieldOf(table.columns, /sản phẩm|kết quả/iu);
    table.rows.forEach((row, r) => {
      const task = matcher.match(text(row[taskField]));
      if (!task) return;
      links.push({ appendix: a, row: r, task: task.id });
      fill(task, leadField ? text(row[leadField]) : '', withField ? text(row[withField]) : '', productField ? text(row[productField]) : '', units);
    });
  });
  return links;
}

function fill(task: ImportedTask, lead: string, cooperating: string, product: string, units: UnitRegistry): void {
  const names = (cell: string) => cell.split(/;\s*/u).map((s) => s.trim().replace(/\.$/, '')).filter(Boolean);
  if (task.lead === undefined && names(lead).length === 1) task.lead = units.add(names(lead)[0]!, 0).id;
  if (task.cooperating === undefined && names(cooperating).length > 0) task.cooperating = names(cooperating).map((n) => units.add(n, 0, false).id);
  if (task.product === undefined && product !== '') task.product = product;
}
