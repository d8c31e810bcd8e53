import { nd30Day, nd30Month } from '../model/dates.js';
import type { Plan, PlanDate, Task, Unit } from '../model/types.js';
import { removeInvalidXmlChars } from './docx/xml-text.js';

/** A date as templates print it: day and month per Nghị định 30, day empty when not given. */
export interface DateView {
  dd: string;
  mm: string;
  yyyy: string;
}

/**
 * What templates see: the plan's words made safe for the line-based block format (one line per
 * paragraph), with dates formatted. Every key is always present, so strict templates can test it.
 */
export function buildView(plan: Plan): PlanView {
  // Once per plan: `build --md` renders the .docx and the review from the same view.
  let view = VIEWS.get(plan);
  if (!view) {
    view = makeView(plan);
    VIEWS.set(plan, view);
  }
  return view;
}

const VIEWS = new WeakMap<Plan, PlanView>();

function makeView(plan: Plan) {
  const task = (t: Task) => ({
    id: t.id,
    label: t.label,
    number: t.number,
    content: line(t.content),
    assignment: line(t.assignment),
    deadline: t.deadline ? dateView(t.deadline) : null,
    lead: t.lead ? line(t.lead.displayName) : null,
    cooperating: t.cooperating.map((u) => line(u.displayName)),
    person: t.person === null ? null : line(t.person),
    product: t.product === null ? null : line(t.product),
    solutions: t.solutions.map((b) => ({
      text: b.text === null ? null : line(b.text),
      items: b.items.map((i) => ({ text: line(i.text), items: i.items.map(line), owner: i.owner ? line(i.owner.name) : null })),
    })),
  });
  return {
    issuer: { superior: plan.issuer.superior === null ? null : line(plan.issuer.superior), name: line(plan.issuer.name), abbreviation: plan.issuer.abbreviation },
    documentType: plan.documentType,
    number: plan.number,
    place: line(plan.place),
    date: dateView(plan.date),
    title: line(plan.title),
    opening: plan.opening.map(line),
    purposes: plan.purposes.map(line),
    requirements: plan.requirements.map(line),
    groups: plan.groups.map((g) => ({ id: g.id, label: g.label, title: line(g.title), tasks: g.tasks.map(task) })),
    implementation: plan.implementation.map((e) => ({ label: e.label, name: line(e.unit.displayName), role: e.unit.role === null ? null : line(e.unit.role), tasks: e.tasks.map(task) })),
    appendices: plan.appendices.map((a) => ({ id: a.id, label: a.label, kind: a.kind, title: line(a.title) })),
    sections: plan.sections,
    closing: line(plan.closing),
    signer: { authority: plan.signer.authority === null ? null : line(plan.signer.authority), title: line(plan.signer.title), name: line(plan.signer.name) },
    recipients: plan.recipients.map((r) => ({ name: line(r.name), note: r.note === null ? null : line(r.note) })),
    archive: { abbreviation: plan.archive ? line(archiveAbbreviation(plan.archive)) : '' },
  };
}

export type PlanView = ReturnType<typeof makeView>;

export function dateView(date: PlanDate): DateView {
  return { dd: date.day === null ? '' : nd30Day(date.day), mm: nd30Month(date.month), yyyy: String(date.year) };
}

function archiveAbbreviation(unit: Unit): string {
  return unit.abbreviation ?? unit.displayName;
}

/** Line breaks of any kind, Word's manual line break (U+000B) and page break (U+000C) included. */
const BREAKS = /\s*[\r\n\v\f\u0085\u2028\u2029]+\s*/g;

/**
 * What makes a paragraph's start a Markdown heading, list item, quote, rule, code fence or HTML
 * block: "#", "+", "-", ">", "<", a fence, "* " or "_ " (a "*" or "_" that opens emphasis is kept).
 */
const BLOCK_START = /^(?:[#+\-><]|`{3}|~{3}|[*_](?=\s|[*_]*$))/;

/** "1. " or "1) " at a paragraph's start: an ordered list in Markdown. */
const ORDERED_START = /^(\d{1,9})([.)])(?=\s|$)/;

/**
 * One paragraph's text on one line: line breaks become spaces, characters XML cannot hold are
 * removed (rule text-control-chars reports them), and a start that Markdown would read as a
 * heading, list or quote is backslash-escaped, so user text never turns into a heading or a list
 * item, neither in the .docx (src/render/blocks.ts) nor in `build --md`. The escapes are
 * Markdown's own: inline parsing (src/render/inline.ts) prints the character after them as is.
 */
export function line(text: string): string {
  const folded = removeInvalidXmlChars(text.replace(BREAKS, ' ')).trim();
  if (BLOCK_START.test(folded)) return `\\${folded}`;
  return folded.replace(ORDERED_START, '$1\\$2');
}
