import { closest, distance } from 'fastest-levenshtein';
import type { Rule } from '../rule.js';

/** Every unit a task or the plan refers to is in units.yaml; suggests the closest name. */
export const unitKnown: Rule = {
  id: 'unit-known',
  severity: 'error',
  description: {
    vi: 'Mọi đơn vị được nhắc đến (chủ trì, phối hợp, thực hiện công việc, đơn vị lưu) phải có trong units.yaml',
    en: 'Every unit referred to (lead, cooperating, step owner, archive) is in units.yaml',
  },
  check({ plan }, report) {
    const known = new Set(plan.units.flatMap((u) => [u.id, u.name, u.displayName]));
    const suggest = (ref: string) => {
      const names = plan.units.flatMap((u) => [u.id, u.name, u.displayName]);
      if (names.length === 0) return '';
      const match = closest(ref, names);
      // Only a near miss is worth a "did you mean": "zzzzzz" is no typo of any unit.
      if (distance(ref, match) > Math.max(2, Math.floor(0.4 * Math.max(ref.length, match.length)))) return '';
      const unit = plan.units.find((u) => u.id === match || u.name === match || u.displayName === match);
      return unit ? `${unit.name} (${unit.id})` : '';
    };
    for (const task of plan.tasks) {
      const item = { item: 'task', label: task.label };
      task.leadIds.forEach((ref, i) => {
        if (!known.has(ref)) report(task.leadOrigins[i]!, { ...item, ref, suggestion: suggest(ref) });
      });
      task.cooperatingIds.forEach((ref, i) => {
        if (!known.has(ref)) report({ file: task.origin.file, path: [...task.origin.path, 'cooperating', i] }, { ...item, ref, suggestion: suggest(ref) });
      });
      for (const step of task.steps) {
        const ref = step.own.ownerId;
        if (ref !== null && !known.has(ref)) {
          report({ file: step.origin.file, path: [...step.origin.path, 'owner'] }, { item: 'step', label: step.label, ref, suggestion: suggest(ref) });
        }
      }
    }
    if (!known.has(plan.archiveId)) {
      report({ file: plan.origins.plan, path: ['archive'] }, { item: 'plan', label: '', ref: plan.archiveId, suggestion: suggest(plan.archiveId) });
    }
  },
};
