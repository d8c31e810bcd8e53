import { nd30Day, nd30Month } from '../model/dates.js';
import type { Plan, PlanDate, Task, Unit } from '../model/types.js';

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
export function buildView(plan: Plan) {
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
    closing: line(plan.closing),
    signer: { authority: plan.signer.authority === null ? null : line(plan.signer.authority), title: line(plan.signer.title), name: line(plan.signer.name) },
    recipients: plan.recipients.map((r) => ({ name: line(r.name), note: r.note === null ? null : line(r.note) })),
    archive: { abbreviation: plan.archive ? archiveAbbreviation(plan.archive) : '' },
  };
}

export type PlanView = ReturnType<typeof buildView>;

export function dateView(date: PlanDate): DateView {
  return { dd: date.day === null ? '' : nd30Day(date.day), mm: nd30Month(date.month), yyyy: String(date.year) };
}

function archiveAbbreviation(unit: Unit): string {
  return unit.abbreviation ?? unit.displayName;
}

/**
 * One paragraph's text on one line: line breaks from YAML folding become spaces, and a leading
 * "#", "-" or "+" is escaped so user text never turns into a heading or a list item.
 */
export function line(text: string): string {
  const folded = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return /^[#+\->]/.test(folded) ? `\\${folded}` : folded;
}
