import { nd30Day, nd30Month } from '../model/dates.js';
import { quarterOf } from '../model/time.js';
import type { Plan, PlanDate, PlanTime, Unit } from '../model/types.js';
import { printable, referenceLabels, type ReferenceLabel } from './printable.js';
import type { Templates } from './templates.js';

/** A date as templates print it: day and month per Nghị định 30, day empty when not given. */
export interface DateView {
  dd: string;
  mm: string;
  yyyy: string;
}

/** A time as the `deadline` phrase prints it: the typed words, or its kind and parts. */
export interface TimeView extends DateView {
  words: string | null;
  kind: PlanTime['kind'];
  quarter: string;
  half: number;
  /** The last year of a span of years ("2023-2025"). */
  yyyyTo: string;
}

/**
 * What the page furniture prints (header, title, signature, Nơi nhận, the appendix's attachment
 * line): the plan's words as printed, references resolved, dates formatted. Every key is always
 * present, so strict templates can test it.
 */
export function buildView(plan: Plan, templates: Templates): PlanView {
  // Once per plan: `build --md` renders the .docx and the review from the same view.
  let view = VIEWS.get(plan);
  if (!view) {
    view = makeView(plan, templates);
    VIEWS.set(plan, view);
  }
  return view;
}

const VIEWS = new WeakMap<Plan, PlanView>();

function makeView(plan: Plan, templates: Templates) {
  const label = referenceLabels(plan, (numeral) => templates.phrase('appendix-label', { label: numeral }));
  // A unit's name is printed at every task it works on, a task's text in the body and in each appendix: each text is worked out once.
  const printed = new Map<string, string>();
  const text = (value: string) => {
    let out = printed.get(value);
    if (out === undefined) {
      out = printable(value, label);
      printed.set(value, out);
    }
    return out;
  };
  return {
    label,
    text,
    issuer: { superior: plan.issuer.superior.map(text), name: plan.issuer.name.map(text), fullName: text(plan.issuer.fullName), abbreviation: plan.issuer.abbreviation },
    documentType: plan.documentType,
    number: plan.number,
    place: text(plan.place),
    date: dateView(plan.date),
    title: text(plan.title),
    titleLines: plan.titleLines.map(text),
    signer: { lines: plan.signer.lines.map(text), name: text(plan.signer.name) },
    recipients: plan.recipients.map((r) => ({ name: text(r.name), note: r.note === null ? null : text(r.note) })),
    archive: { abbreviation: plan.archive ? text(archiveAbbreviation(plan.archive)) : '' },
  };
}

export type PlanView = ReturnType<typeof makeView> & { label: ReferenceLabel };

export function dateView(date: PlanDate): DateView {
  return { dd: date.day === null ? '' : nd30Day(date.day), mm: nd30Month(date.month), yyyy: String(date.year) };
}

/** A task's or step's time for the `deadline` phrase: "Tháng 6/2023", "Quý II/2024", or the words typed. */
export function timeView(time: PlanTime): TimeView {
  return {
    ...dateView(time.to),
    words: time.words,
    kind: time.kind,
    quarter: quarterOf(time.to.month),
    half: time.to.month <= 6 ? 1 : 2,
    yyyy: String(time.kind === 'years' ? time.from.year : time.to.year),
    yyyyTo: String(time.to.year),
  };
}

function archiveAbbreviation(unit: Unit): string {
  return unit.abbreviation ?? unit.displayName;
}

/**
 * The `deadline` phrase of a time ("Tháng 6/2023"): worked out once per distinct time and set of
 * phrases, since thousands of tasks share a handful of deadlines.
 */
export function deadlineText(templates: Templates, time: PlanTime): string {
  let printed = DEADLINES.get(templates);
  if (!printed) {
    printed = new Map();
    DEADLINES.set(templates, printed);
  }
  const view = timeView(time);
  const key = JSON.stringify(view);
  let text = printed.get(key);
  if (text === undefined) {
    text = templates.phrase('deadline', view);
    printed.set(key, text);
  }
  return text;
}

const DEADLINES = new WeakMap<Templates, Map<string, string>>();
