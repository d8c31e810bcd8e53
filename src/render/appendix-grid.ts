import type { Appendix, Plan } from '../model/types.js';
import { appendixRows, columnHeader, type AppendixRow } from './appendix-rows.js';
import { headerRows, totalRow, type GridCell, type GridTable } from './grid-table.js';
import { tableGrid } from './table-grid.js';
import type { Templates } from './templates.js';
import { timelineColumns } from './timeline-columns.js';
import type { PlanView } from './view.js';

/** Timeline shading: periods of work light grey, the deadline's black with a white mark, legible in black and white. */
export const RUN_FILL = 'BFBFBF';
export const DEADLINE_FILL = '000000';
export const DEADLINE_MARK = '◆';
/** A period of work in a roadmap (lộ trình) table: marks: x. */
export const ROADMAP_MARK = 'x';
/** The period a task or step was reported done in, when the timeline shows progress. */
export const DONE_MARK = '✓';

/** Columns printed even when no row fills them: the number and the task itself. */
const ALWAYS = new Set(['stt', 'task', 'work']);

/** The table of an appendix, whatever its kind, as both writers print it. */
export function appendixGrid(plan: Plan, appendix: Appendix, templates: Templates, view: PlanView): GridTable {
  if (appendix.kind === 'table') return tableGrid(appendix.table!, view);
  const rows = appendixRows(plan, appendix, templates, view);
  return appendix.kind === 'timeline' ? timelineGrid(plan, appendix, rows, templates, view) : columnGrid(plan, appendix, rows, templates, view);
}

/** A "tasks" or "steps" appendix: a column per field, group rows across, the total row if asked. */
function columnGrid(plan: Plan, appendix: Appendix, rows: AppendixRow[], templates: Templates, view: PlanView): GridTable {
  // Columns the plan did not list and no row fills (no task names a person) are left out.
  const columns = appendix.explicitColumns ? appendix.columns : appendix.columns.filter((c) => ALWAYS.has(c) || rows.some((r) => r.kind !== 'group' && (r.cells[c] ?? '') !== ''));
  const align = (c: string): GridCell['align'] => (appendix.numbers[c]?.number ? 'right' : c === 'stt' || c === 'deadline' || c === 'time' ? 'center' : 'left');
  const body = rows.map((row): GridCell[] =>
    row.kind === 'group' ? groupCells(appendix, row, columns.length) : columns.map((c) => ({ text: row.cells[c] ?? '', bold: row.kind === 'task' && appendix.kind === 'steps', align: align(c) })),
  );
  mergeContinuations(rows, body, columns);
  if (appendix.total !== null) {
    const numbers = (c: string) => plan.tasks.map((t) => t.fields[c]).filter((v): v is number => typeof v === 'number');
    body.push(totalRow(columns.map((c) => ({ stt: c === 'stt', sum: appendix.numbers[c]?.total ? numbers(c) : null, align: align(c) })), appendix.total));
  }
  return {
    columns: columns.map((c) => ({ name: columnHeader(appendix, c, templates, view) })),
    header: headerRows(columns.map((c) => ({ text: columnHeader(appendix, c, templates, view), children: [] }))),
    rows: body,
    notes: [],
  };
}

/** Cells a row that continues the task above shares with it (STT and the task) merge down into it, as the published table does. */
const SHARED = new Set(['stt', 'task', 'work']);

/** Rows from `first` (exclusive) to `r` (inclusive) that continue the task at `first`. */
function countContinuing(rows: readonly AppendixRow[], first: number, r: number): number {
  let n = 0;
  for (let i = first + 1; i <= r; i++) if (rows[i]!.kind === 'task' && (rows[i] as { continues?: boolean }).continues) n++;
  return n;
}

function mergeContinuations(rows: readonly AppendixRow[], body: GridCell[][], columns: readonly string[]): void {
  let first = -1;
  rows.forEach((row, r) => {
    // Only a row right below the task (or below another row continuing it) merges: steps between them would be covered.
    if (row.kind !== 'task' || !row.continues) {
      first = row.kind === 'task' ? r : -1;
      return;
    }
    if (first < 0 || r - first !== countContinuing(rows, first, r)) return;
    columns.forEach((c, i) => {
      if (!SHARED.has(c)) return;
      body[first]![i]!.merge = 'restart';
      body[r]![i]!.merge = 'continue';
    });
  });
}

/** The period grid of a "timeline" appendix: a column per month, quarter or year, a row per task and step. */
function timelineGrid(plan: Plan, appendix: Appendix, rows: AppendixRow[], templates: Templates, view: PlanView): GridTable {
  const label = appendix.columns.filter((c) => c !== 'stt');
  const timeline = timelineColumns(plan, appendix.scale, templates);
  const periods = timeline.columns;
  const stt = templates.phrase('column-stt');
  const fixed = [stt, ...label.map((c) => columnHeader(appendix, c, templates, view))];
  const header: GridCell[][] =
    timeline.years.length === 0
      ? [[...fixed, ...periods.map((p) => p.text)].map((text) => ({ text, bold: true, align: 'center' as const }))]
      : [
          [...fixed.map((text): GridCell => ({ text, bold: true, align: 'center', merge: 'restart' })), ...timeline.years.map((y): GridCell => ({ text: y.text, bold: true, align: 'center', span: y.span }))],
          [...fixed.map((): GridCell => ({ text: '', merge: 'continue' })), ...periods.map((p): GridCell => ({ text: p.text, bold: true, align: 'center' }))],
        ];
  const width = fixed.length + periods.length;
  const body = rows.map((row): GridCell[] => {
    if (row.kind === 'group') return groupCells(appendix, row, width);
    const cells: GridCell[] = [{ text: row.cells['stt'] ?? '', align: 'center', bold: row.kind === 'task' }, ...label.map((c) => ({ text: row.cells[c] ?? '', bold: row.kind === 'task' }))];
    const span = row.span;
    for (const period of periods) {
      const inside = span !== undefined && span.first <= period.last && span.last >= period.first;
      const due = span !== undefined && span.due.some((m) => m >= period.first && m <= period.last);
      const cell: GridCell =
        appendix.marks === 'x'
          ? { text: inside ? ROADMAP_MARK : '', align: 'center' }
          : due ? { text: DEADLINE_MARK, align: 'center', fill: DEADLINE_FILL, color: 'FFFFFF' } : inside ? { text: '', fill: RUN_FILL } : { text: '' };
      // Reported done in this period: its mark beside the plan's own (progress entries).
      const done = span?.done !== undefined && span.done >= period.first && span.done <= period.last;
      cells.push(done ? { ...cell, text: cell.text === '' ? DONE_MARK : `${cell.text} ${DONE_MARK}`, align: 'center' } : cell);
    }
    return cells;
  });
  return {
    // A period's column is named with its year in messages ("Q1" alone would not say which).
    columns: [...fixed.map((name) => ({ name })), ...periods.map((p) => ({ name: timeline.years.length > 0 ? `${p.text}/${p.year}` : p.text, narrow: true }))],
    header,
    rows: body,
    notes: [],
    // An "x" says what it means; the shading needs its key.
    ...(appendix.marks === 'x' && !appendix.progress ? {} : { legend: templates.phrase('timeline-legend', { quarters: timeline.scale === 'quarters', years: timeline.scale === 'years', shade: appendix.marks !== 'x', progress: appendix.progress }) }),
  };
}

/** A group row: "I. Title" across the table, or with "groups" numbering the numeral under STT and the title across the rest. */
function groupCells(appendix: Appendix, row: AppendixRow & { kind: 'group' }, width: number): GridCell[] {
  if (appendix.numbering !== 'groups' || width === 1) return [{ text: row.text, bold: true, span: width }];
  return [{ text: row.numeral, bold: true, align: 'center' }, { text: row.title, bold: true, span: width - 1 }];
}
