import { monthIndex } from '../model/dates.js';
import type { Appendix, Plan, PlanDate, Step, Task } from '../model/types.js';
import type { Templates } from './templates.js';
import { dateView, line } from './view.js';

/** One row of an appendix table: a full-width group row, or cells by column key. */
export type AppendixRow =
  | { kind: 'group'; text: string }
  | { kind: 'task' | 'step'; cells: Record<string, string>; span?: MonthSpan };

/** Months of the plan's period a task or step runs through (0 = first month), for the timeline. */
export interface MonthSpan {
  first: number;
  last: number;
}

/**
 * The rows of an appendix, as text, from the same model sections II and IV are printed from:
 * the docx tables and the Markdown review both print these rows.
 */
export function appendixRows(plan: Plan, appendix: Appendix, templates: Templates): AppendixRow[] {
  const rows: AppendixRow[] = [];
  for (const group of plan.groups) {
    rows.push({ kind: 'group', text: templates.phrase('group-row', { roman: group.roman, title: line(group.title) }) });
    for (const task of group.tasks) {
      rows.push({ kind: 'task', cells: taskCells(task, templates), span: span(plan, task.start, task.deadline) });
      if (appendix.kind === 'tasks') continue;
      for (const step of task.steps) rows.push({ kind: 'step', cells: stepCells(step, templates), span: span(plan, step.start, step.deadline) });
    }
  }
  return rows;
}

/** Months of the plan's period, in order, for the timeline's columns. */
export function periodMonths(plan: Plan): { month: number; year: number }[] {
  const first = monthIndex(plan.period.from);
  const count = Math.max(1, monthIndex(plan.period.to) - first + 1);
  return Array.from({ length: count }, (_, i) => ({ month: ((first + i) % 12) + 1, year: Math.floor((first + i) / 12) }));
}

function taskCells(task: Task, templates: Templates): Record<string, string> {
  return {
    stt: task.label,
    task: line(task.content),
    work: line(task.content),
    lead: task.lead ? line(task.lead.displayName) : '',
    owner: task.lead ? line(task.lead.displayName) : '',
    cooperating: task.cooperating.map((u) => line(u.displayName)).join('; '),
    person: task.person === null ? '' : line(task.person),
    deadline: task.deadline ? templates.phrase('deadline', dateView(task.deadline)) : '',
    time: timeText(task.start, task.deadline, templates),
    product: task.product === null ? '' : line(task.product),
  };
}

function stepCells(step: Step, templates: Templates): Record<string, string> {
  const owner = step.owner ? line(step.owner.displayName) : '';
  return {
    stt: step.label,
    task: line(step.content),
    work: line(step.content),
    lead: owner,
    owner,
    cooperating: '',
    person: step.person === null ? '' : line(step.person),
    deadline: step.deadline ? templates.phrase('deadline', dateView(step.deadline)) : '',
    time: timeText(step.start, step.deadline, templates),
    product: step.product === null ? '' : line(step.product),
  };
}

function timeText(start: PlanDate, end: PlanDate | null, templates: Templates): string {
  if (!end) return '';
  return templates.phrase('time-span', { start: dateView(start), end: dateView(end), sameMonth: monthIndex(start) === monthIndex(end) });
}

function span(plan: Plan, start: PlanDate, end: PlanDate | null): MonthSpan | undefined {
  if (!end) return undefined;
  const origin = monthIndex(plan.period.from);
  return { first: monthIndex(start) - origin, last: monthIndex(end) - origin };
}
