import type { Rule } from '../rule.js';

/**
 * A unit of the office (not `external`) that nothing refers to: no role, leads no task, cooperates on
 * none, carries out no step and is not the archive unit. It is listed for nothing: section IV will
 * not show it. Not judged while a reference is unknown (unit-known's error): a misspelt name, such
 * as "Chi tiêu" for "Chi cục", most likely meant a unit that would otherwise look idle.
 */
export const unitIdle: Rule = {
  id: 'unit-idle',
  severity: 'warning',
  description: {
    vi: 'Đơn vị trong units.yaml không có nhiệm vụ thường xuyên, không chủ trì, phối hợp hay thực hiện việc nào',
    en: 'A unit with no role that leads, cooperates on and carries out nothing',
  },
  check({ plan }, report) {
    const used = new Set<string>();
    for (const task of plan.tasks) {
      for (const lead of task.leads) used.add(lead.id);
      for (const unit of task.cooperating) used.add(unit.id);
      for (const step of task.steps) if (step.own.ownerId !== null && step.owner) used.add(step.owner.id);
    }
    if (plan.archive) used.add(plan.archive.id);
    const unresolved =
      !plan.archive ||
      plan.tasks.some((t) => t.leads.length < t.leadIds.length || t.cooperating.length < t.cooperatingIds.length || t.steps.some((s) => s.own.ownerId !== null && !s.owner));
    if (unresolved) return;
    for (const unit of plan.units) {
      if (unit.external || unit.role !== null || used.has(unit.id)) continue;
      report(unit.origin, { item: 'unit', label: unit.id, name: unit.name });
    }
  },
};
