import { monthIndex } from '../model/dates.js';
import type { Appendix, CellValue, Plan, PlanDate, PlanTime, Step, Task } from '../model/types.js';
import { cellParagraphs } from './table-grid.js';
import { formatNumber } from './number-format.js';
import type { Templates } from './templates.js';
import { dateView, deadlineText, timeView, type PlanView } from './view.js';

/** One row of an appendix table: a full-width group row, or cells by column key. */
export type AppendixRow =
  | { kind: 'group'; text: string; numeral: string; title: string }
  | { kind: 'task' | 'step'; cells: Record<string, string>; span?: MonthSpan; continues?: boolean };

/** Months of the plan's period a task or step runs through (0 = first month), for the timeline. */
export interface MonthSpan {
  first: number;
  last: number;
  /** Months marked ◆: the deadline's, or each month a recurring time falls due in; none for "Thường xuyên". */
  due: number[];
  /** The month it was reported done in (progress entries), when the timeline shows progress. */
  done?: number;
}

/**
 * The rows of an appendix, as text, from the same model the body is printed from: the docx tables
 * and the Markdown review both print these rows.
 */
export function appendixRows(plan: Plan, appendix: Appendix, templates: Templates, view: PlanView): AppendixRow[] {
  const rows: AppendixRow[] = [];
  const done = appendix.progress ? doneMonths(plan) : new Map<string, number>();
  const withDone = (s: MonthSpan | undefined, id: string | null): MonthSpan | undefined => {
    const month = id === null ? undefined : done.get(id);
    return s && month !== undefined ? { ...s, done: month } : s;
  };
  // STT: "body" as the body numbers (1.1); "groups" 1, 2, 3 again in each group (steps 1.1, 1.2); "flat" 1..n.
  let flat = 0;
  // Only the cells the appendix prints are worked out: a phrase per deadline and per time, for a
  // timeline that prints neither, was a third of its rows' cost.
  const keys = ['stt', ...appendix.columns];
  for (const group of plan.groups) {
    if (group.title !== null) {
      const title = view.text(group.title);
      rows.push({ kind: 'group', text: templates.phrase('group-row', { roman: group.roman, title }), numeral: group.roman, title });
    }
    group.tasks.forEach((task, ti) => {
      // A row that continues the task above shares its number and its Nhiệm vụ cell (merged in print).
      const continues = task.continues && ti > 0;
      if (!continues) flat++;
      const number = appendix.numbering === 'flat' ? flat : task.number;
      const stt = continues ? '' : appendix.numbering === 'body' ? task.label : String(number);
      const own: Record<string, string> = continues ? { task: '', work: '' } : {};
      rows.push({ kind: 'task', cells: { ...only(keys, taskCells(task, appendix, templates, view)), stt, ...own }, span: withDone(span(plan, task.start, task.time), task.id), ...(continues ? { continues } : {}) });
      if (appendix.kind === 'tasks') return;
      task.steps.forEach((step, si) => {
        rows.push({ kind: 'step', cells: { ...only(keys, stepCells(step, templates, view)), stt: appendix.numbering === 'body' ? step.label : `${number}.${si + 1}` }, span: withDone(span(plan, step.start, step.time), step.id) });
      });
    });
  }
  return rows;
}

/** A column's header: the plan's own words for it (a text as any other: references read, one line), else the `column-<key>` phrase. */
export function columnHeader(appendix: Appendix, column: string, templates: Templates, view: PlanView): string {
  const own = appendix.headers[column];
  return own === undefined ? templates.phrase(`column-${column}`) : view.text(own);
}

/** An appendix's "Phụ lục I" line and "(Kèm theo ...)" line: the plan's own words for them, else the phrases. */
export function appendixCaption(appendix: Appendix, view: PlanView, templates: Templates): { label: string; attachment: string } {
  return {
    label: appendix.caption.label === null ? templates.phrase('appendix-label', appendix) : view.text(appendix.caption.label),
    attachment: appendix.caption.attachment === null ? templates.phrase('attachment', view) : view.text(appendix.caption.attachment),
  };
}

/** A row's cells, each worked out when asked for. */
type Cells = Record<string, () => string>;

/** The cells of these keys that the row has. */
function only(keys: readonly string[], cells: Cells): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of keys) if (Object.hasOwn(cells, key)) out[key] = cells[key]!();
  return out;
}

function taskCells(task: Task, appendix: Appendix, templates: Templates, view: PlanView): Cells {
  // Unit names hold commas ("UBND các xã, phường"): a table cell separates units with "; ".
  const leads = () => task.leads.map((u) => view.text(u.displayName)).join('; ');
  return {
    ...Object.fromEntries(Object.entries(task.fields).map(([key, value]) => [key, () => fieldText(value, appendix.numbers[key]?.number ?? false, view)])),
    stt: () => task.label,
    task: () => view.text(task.content),
    work: () => view.text(task.content),
    lead: leads,
    owner: leads,
    cooperating: () => task.cooperating.map((u) => view.text(u.displayName)).join('; '),
    person: () => (task.person === null ? '' : view.text(task.person)),
    deadline: () => (task.time ? deadlineText(templates, task.time) : ''),
    time: () => timeText(task.start, task.ownStart, task.time, templates),
    product: () => (task.product === null ? '' : view.text(task.product)),
  };
}

/** A task's own field: a number in a number column as Vietnamese print it ("1.250,5"), else as written. */
function fieldText(value: CellValue, isNumber: boolean, view: PlanView): string {
  if (typeof value !== 'number') return cellParagraphs(value, view);
  return isNumber ? formatNumber(value) : String(value);
}

function stepCells(step: Step, templates: Templates, view: PlanView): Cells {
  const owner = () => (step.owner ? view.text(step.owner.displayName) : '');
  return {
    stt: () => step.label,
    task: () => view.text(step.content),
    work: () => view.text(step.content),
    lead: owner,
    owner,
    cooperating: () => '',
    person: () => (step.person === null ? '' : view.text(step.person)),
    deadline: () => (step.time ? deadlineText(templates, step.time) : ''),
    time: () => timeText(step.start, step.own.start, step.time, templates),
    product: () => (step.product === null ? '' : view.text(step.product)),
  };
}

/**
 * "Thời gian thực hiện": from the start to the deadline ("Tháng 02 - 6/2023"). A time that is a
 * span or a recurrence of its own ("Quý II/2024", "Hằng năm") prints as written when no start is
 * given; a start and deadline in one month print as the deadline unless the start gives a day.
 */
function timeText(start: PlanDate, ownStart: PlanDate | null, time: PlanTime | null, templates: Templates): string {
  if (!time) return '';
  // With no start of its own, a time prints as written ("Quý II/2024", "Hằng năm", words); with one, from it to the time's end.
  if (ownStart === null ? time.words !== null || (time.kind !== 'month' && time.kind !== 'day') : ['recurring', 'ongoing', 'words', 'range', 'years'].includes(time.kind)) {
    return deadlineText(templates, time);
  }
  const end = time.to;
  const single = monthIndex(start) === monthIndex(end) && (start.day === null || start.day === end.day);
  return templates.phrase('time-span', { start: dateView(start), end: dateView(end), single: single ? timeView(time) : null });
}

function span(plan: Plan, start: PlanDate, time: PlanTime | null): MonthSpan | undefined {
  // A time in words alone ("Theo hướng dẫn của Trung ương") has no place on the timeline.
  if (!time || time.kind === 'words') return undefined;
  const origin = monthIndex(plan.period.from);
  const first = monthIndex(start) - origin;
  const last = monthIndex(time.to) - origin;
  return { first, last, due: dueMonths(time, first, last, origin) };
}

function dueMonths(time: PlanTime, first: number, last: number, origin: number): number[] {
  if (time.kind === 'ongoing') return [];
  if (time.kind !== 'recurring') return [last];
  const due: number[] = [];
  for (let m = first; m <= last; m++) {
    const month = ((m + origin) % 12) + 1;
    if (time.recurrence === 'monthly' || (time.recurrence === 'quarterly' && month % 3 === 0) || (time.recurrence === 'yearly' && month === 12)) due.push(m);
  }
  return due;
}

/** The month (from the period's start) each task or step was last reported done in, by id. */
function doneMonths(plan: Plan): Map<string, number> {
  const origin = monthIndex(plan.period.from);
  const done = new Map<string, number>();
  for (const period of plan.progress.periods) {
    for (const entry of period.entries) {
      if (entry.state === 'da-hoan-thanh' && entry.done?.day) done.set(entry.id, entry.done.day.year * 12 + entry.done.day.month - 1 - origin);
      else done.delete(entry.id);
    }
  }
  return done;
}
