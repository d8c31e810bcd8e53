import type { Lang } from '../messages/catalogue.js';
import { formatText } from '../messages/format-message.js';
import { showDay, writeDay, type Day } from '../model/days.js';
import { DEADLINE_STATES, type DeadlineState, type TrackedItem } from '../model/deadline-state.js';
import type { Plan } from '../model/types.js';
import { loadTemplates } from '../render/templates.js';
import { needingAttention, type UnitStatus } from './summarize.js';

/** What `plan status` found for one plan. */
export interface PlanStatus {
  plan: Plan;
  dueSoonDays: number;
  items: TrackedItem[];
  units: UnitStatus[];
}

/** As of which day, and whether that is today (no --as-of given). */
export interface AsOf {
  day: Day;
  today: boolean;
}

/** A state's name: the document's words (templates/phrases/deadline-state.hbs) in Vietnamese, the catalogue's in English. */
export function stateName(state: DeadlineState, lang: Lang): string {
  return lang === 'vi' ? loadTemplates().phrase('deadline-state', { state }) : formatText(`state.${state}`, {}, lang);
}

/** The terminal table: per plan, per unit, the counts by state, then the tasks that need attention. */
export function formatStatusStylish(plans: readonly PlanStatus[], asOf: AsOf, lang: Lang): string {
  const t = (id: string, args: Record<string, string | number> = {}) => formatText(id, args, lang);
  const out: string[] = [];
  for (const status of plans) {
    out.push(t(asOf.today ? 'status.heading-today' : 'status.heading', { plan: status.plan.id, day: writeDay(asOf.day) }));
    if (status.units.length === 0) out.push(`  ${t('status.no-tasks')}`);
    const width = Math.max(...DEADLINE_STATES.map((s) => stateName(s, lang).length));
    for (const { unit, counts, attention } of status.units) {
      out.push('', `  ${unit.name}`);
      for (const state of DEADLINE_STATES) if (counts[state] > 0) out.push(`    ${stateName(state, lang).padEnd(width)}  ${String(counts[state]).padStart(3)}`);
      for (const item of attention) out.push(`    ${attentionLine(item, lang)}`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function attentionLine(item: TrackedItem, lang: Lang): string {
  const what = formatText(item.kind === 'task' ? 'status.task' : 'status.step', { label: item.label }, lang);
  const content = item.content.length > 70 ? `${item.content.slice(0, 69).trimEnd()}…` : item.content;
  const days = Math.abs(item.daysLeft ?? 0);
  const due = item.state === 'sap-den-han' ? (days === 0 ? 'status.due-today' : 'status.due-in') : 'status.overdue-by';
  const when = formatText(due, { day: writeDay(item.deadline!), days }, lang);
  return `! ${stateName(item.state, lang)}: ${what} ${content} (${when})`;
}

/** `--format json`: one document for scripts; the overdue and due-soon lists are the plan's, each item once. */
export function formatStatusJson(plans: readonly PlanStatus[], asOf: AsOf, lang: Lang): string {
  const item = (i: TrackedItem) => ({
    kind: i.kind,
    id: i.id,
    label: i.label,
    content: i.content,
    units: i.units.map((u) => u.id),
    deadline: i.deadline && showDay(i.deadline),
    daysLeft: i.daysLeft,
    state: i.state,
    stateName: stateName(i.state, lang),
    reported: i.entry && { period: i.period, state: i.entry.state, done: i.entry.done?.raw ?? null, result: i.entry.result },
  });
  const attention = (status: PlanStatus) => needingAttention(status.items);
  const document = {
    asOf: showDay(asOf.day),
    today: asOf.today,
    plans: plans.map((status) => ({
      plan: status.plan.id,
      dueSoonDays: status.dueSoonDays,
      overdue: attention(status).filter((i) => i.state === 'dang-thuc-hien-qua-han').map(item),
      dueSoon: attention(status).filter((i) => i.state === 'sap-den-han').map(item),
      units: status.units.map((u) => ({ id: u.unit.id, name: u.unit.name, counts: u.counts, attention: u.attention.map((i) => i.id) })),
      items: status.items.map(item),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
