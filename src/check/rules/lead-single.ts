import type { Rule } from '../rule.js';

/**
 * A task has one lead unit ("rõ người, rõ việc"): two leads share the blame when it slips. Real
 * plans do name two ("Sở Công Thương, UBND các huyện"), so this is a warning a plan can turn off.
 */
export const leadSingle: Rule = {
  id: 'lead-single',
  severity: 'warning',
  local: true,
  description: {
    vi: 'Mỗi nhiệm vụ có một đơn vị chủ trì (nhiều đơn vị cùng chủ trì thì khó rõ trách nhiệm)',
    en: 'A task has a single lead unit (shared leads blur who answers for it)',
  },
  check({ plan }, report) {
    for (const task of plan.tasks) {
      if (task.leadIds.length < 2) continue;
      report(task.leadOrigins[1]!, { item: 'task', label: task.label, count: task.leadIds.length });
    }
  },
};
