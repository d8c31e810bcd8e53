import type { Paragraph } from 'docx';
import type { Appendix, Plan } from '../../model/types.js';
import { appendixRows, columnHeader, periodMonths, type AppendixRow } from '../appendix-rows.js';
import type { Templates } from '../templates.js';
import type { PlanView } from '../view.js';
import type { BulkXml } from './bulk-xml.js';
import { splitWidths, tableXml, type GridCell } from './table-xml.js';
import { mm } from './layout.js';

/** Relative widths of the columns an appendix may print. */
const WEIGHTS: Record<string, number> = { stt: 1.1, task: 7, work: 7, lead: 3, owner: 3, cooperating: 3.2, person: 2.6, deadline: 2.2, time: 2.4, product: 3.6 };

/** Timeline shading (Phụ lục III): months of work light grey, the deadline month black with a white mark, legible in black and white. */
export const RUN_FILL = 'BFBFBF';
export const DEADLINE_FILL = '000000';
export const DEADLINE_MARK = '◆';

/** The table of a "tasks" or "steps" appendix: header, group rows across the table, one row per task and step. */
export function columnTable(plan: Plan, view: PlanView, appendix: Appendix, templates: Templates, width: number, bulk: BulkXml): Paragraph {
  const columns = appendix.columns;
  const widths = splitWidths(width, columns.map((c) => WEIGHTS[c] ?? 2));
  const header = columns.map((c): GridCell => ({ text: columnHeader(appendix, c, templates), align: 'center' }));
  const toCells = (row: AppendixRow): GridCell[] =>
    row.kind === 'group'
      ? groupCells(appendix, row, columns.length)
      : columns.map((c) => ({ text: row.cells[c] ?? '', bold: row.kind === 'task' && appendix.kind === 'steps', align: isShort(c) ? 'center' : 'left' }));
  return bulk.add(() => tableXml(widths, header, mapRows(appendixRows(plan, appendix, templates, view), toCells)));
}

/** The month grid of a "timeline" appendix: a native Word table, a row per task and step. */
export function timelineTable(plan: Plan, view: PlanView, appendix: Appendix, templates: Templates, width: number, bulk: BulkXml): Paragraph {
  const months = periodMonths(plan);
  const label = appendix.columns.filter((c) => c !== 'stt');
  const monthWidth = Math.min(mm(11), Math.floor((width * 0.55) / months.length));
  const rest = width - monthWidth * months.length;
  const widths = [...splitWidths(rest, [WEIGHTS['stt']!, ...label.map((c) => WEIGHTS[c] ?? 2)]), ...months.map(() => monthWidth)];
  const header: GridCell[] = [
    { text: templates.phrase('column-stt'), align: 'center' },
    ...label.map((c): GridCell => ({ text: columnHeader(appendix, c, templates), align: 'center' })),
    ...months.map((m): GridCell => ({ text: templates.phrase('column-month', m), align: 'center' })),
  ];
  return bulk.add(() => tableXml(widths, header, mapRows(appendixRows(plan, appendix, templates, view), (row) => timelineRow(appendix, row, label, months.length))));
}

/** A group row: "I. Title" across the table, or with "groups" numbering the numeral under STT and the title across the rest. */
function groupCells(appendix: Appendix, row: AppendixRow & { kind: 'group' }, width: number): GridCell[] {
  if (appendix.numbering !== 'groups') return [{ text: row.text, bold: true, span: width }];
  return [{ text: row.numeral, bold: true, align: 'center' }, { text: row.title, bold: true, span: width - 1 }];
}

function timelineRow(appendix: Appendix, row: AppendixRow, label: readonly string[], months: number): GridCell[] {
  if (row.kind === 'group') return groupCells(appendix, row, 1 + label.length + months);
  const cells: GridCell[] = [{ text: row.cells['stt'] ?? '', align: 'center', bold: row.kind === 'task' }, ...label.map((c) => ({ text: row.cells[c] ?? '', bold: row.kind === 'task' }))];
  for (let m = 0; m < months; m++) {
    const span = row.span;
    const inside = span !== undefined && m >= span.first && m <= span.last;
    const deadline = span !== undefined && span.due.includes(m);
    cells.push(deadline ? { text: DEADLINE_MARK, align: 'center', fill: DEADLINE_FILL, color: 'FFFFFF' } : inside ? { text: '', fill: RUN_FILL } : { text: '' });
  }
  return cells;
}

function* mapRows(rows: Iterable<AppendixRow>, toCells: (row: AppendixRow) => GridCell[]): Generator<GridCell[]> {
  for (const row of rows) yield toCells(row);
}

function isShort(column: string): boolean {
  return column === 'stt' || column === 'deadline' || column === 'time';
}
