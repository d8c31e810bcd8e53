import type { Origin } from '../../diagnostics.js';
import type { Report, Rule } from '../rule.js';

interface Entry {
  id: string;
  origin: Origin;
  /** How the item is named in messages. */
  args: Record<string, string | number>;
}

/**
 * Ids are unique within their kind: task ids, step ids (where given), unit ids, group ids and
 * appendix ids. Each later duplicate is reported at its `id`, naming the item that has it first.
 */
export const idUnique: Rule = {
  id: 'id-unique',
  severity: 'error',
  description: {
    vi: 'Mã (id) của nhiệm vụ, công việc, đơn vị, nhóm nhiệm vụ, phụ lục không được trùng nhau',
    en: 'Task, step, unit, group and appendix ids are unique',
  },
  check({ plan }, report) {
    const steps = plan.tasks.flatMap((t) => t.steps);
    checkKind(
      plan.groups.map((g) => ({ id: g.id, origin: g.origin, args: { item: 'group', label: g.label } })),
      report,
    );
    checkKind(
      plan.tasks.map((t) => ({ id: t.id, origin: t.origin, args: { item: 'task', label: t.label } })),
      report,
    );
    checkKind(
      steps.flatMap((s) => (s.id === null ? [] : [{ id: s.id, origin: s.origin, args: { item: 'step', label: s.label } }])),
      report,
    );
    checkKind(
      plan.units.map((u, i) => ({ id: u.id, origin: u.origin, args: { item: 'unit', label: u.id, position: i + 1, name: u.name } })),
      report,
    );
    checkKind(
      plan.appendices.map((a, i) => ({ id: a.id, origin: a.origin, args: { item: 'appendix', label: a.label || a.id, position: i + 1, name: a.title } })),
      report,
    );
  },
};

function checkKind(entries: readonly Entry[], report: Report): void {
  const first = new Map<string, Entry>();
  for (const entry of entries) {
    const earlier = first.get(entry.id);
    if (!earlier) {
      first.set(entry.id, entry);
      continue;
    }
    const firstArgs = Object.fromEntries(Object.entries(earlier.args).map(([k, v]) => [`first${k[0]!.toUpperCase()}${k.slice(1)}`, v]));
    report({ file: entry.origin.file, path: [...entry.origin.path, 'id'] }, { ...entry.args, id: entry.id, ...firstArgs });
  }
}
