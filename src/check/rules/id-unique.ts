import type { Origin } from '../../diagnostics.js';
import { outlineSections } from '../../model/outline.js';
import type { Report, Rule } from '../rule.js';

interface Entry {
  id: string;
  origin: Origin;
  /** How the item is named in messages. */
  args: Record<string, string | number>;
}

/**
 * Ids are unique: unit ids among units, and the ids a text may refer to ([#id]: sections,
 * groups, tasks, steps where given, appendices) among all of those. Each later duplicate is reported at its `id`, naming the item that has it first.
 */
export const idUnique: Rule = {
  id: 'id-unique',
  severity: 'error',
  local: true,
  description: {
    vi: 'Mã (id) của đơn vị không trùng nhau; mã của mục, nhóm nhiệm vụ, nhiệm vụ, công việc, phụ lục không trùng nhau',
    en: 'Unit ids are unique; section, group, task, step and appendix ids are unique among them all',
  },
  check({ plan }, report) {
    const steps = plan.tasks.flatMap((t) => t.steps);
    // Tasks name units by id or by name: a name that is another unit's name or id names two units.
    const names = new Map<string, number>();
    // The first units with each id (two: a unit is not its own other) and each name: looked up,
    // not searched for each unit (100,000 units took minutes).
    const byId = new Map<string, number[]>();
    const byName = new Map<string, number>();
    plan.units.forEach((u, j) => {
      const ids = byId.get(u.id) ?? [];
      if (ids.length < 2) byId.set(u.id, [...ids, j]);
      for (const name of [u.name, u.displayName]) if (!byName.has(name)) byName.set(name, j);
    });
    plan.units.forEach((unit, i) => {
      for (const [key, value] of [['name', unit.name], ['shortName', unit.displayName]] as const) {
        if (key === 'shortName' && unit.displayName === unit.name) continue;
        // The first other unit whose id is the value, or an earlier one whose name is.
        const sameId = byId.get(value)?.find((j) => j !== i) ?? -1;
        const sameName = byName.get(value) ?? -1;
        const candidates = [sameId, sameName < i ? sameName : -1].filter((j) => j >= 0);
        const other = candidates.length > 0 ? Math.min(...candidates) : -1;
        if (other >= 0 && !names.has(`${i}/${value}`)) {
          names.set(`${i}/${value}`, other);
          const first = plan.units[other]!;
          report({ file: unit.origin.file, path: [...unit.origin.path, key] }, { item: 'unit', label: unit.id, position: i + 1, name: value, firstPosition: other + 1, firstName: first.name }, { messageId: 'id-unique.unit-name' });
        }
      }
    });
    // One namespace for what a text may refer to as [#id]: sections, groups, tasks, steps, appendices.
    checkKind(
      [
        ...outlineSections(plan.outline).flatMap((s) => (s.id === null ? [] : [{ id: s.id, origin: s.origin, args: { item: 'section', label: s.label || s.heading } }])),
        ...plan.groups.map((g) => ({ id: g.id, origin: g.origin, args: { item: 'group', label: g.label } })),
        ...plan.tasks.map((t) => ({ id: t.id, origin: t.origin, args: { item: 'task', label: t.label } })),
        ...steps.flatMap((s) => (s.id === null ? [] : [{ id: s.id, origin: s.origin, args: { item: 'step', label: s.label } }])),
        ...plan.appendices.map((a, i) => ({ id: a.id, origin: a.origin, args: { item: 'appendix', label: a.label || a.id, position: i + 1, name: a.title } })),
      ],
      report,
    );
    checkKind(
      plan.units.map((u, i) => ({ id: u.id, origin: u.origin, args: { item: 'unit', label: u.id, position: i + 1, name: u.name } })),
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
