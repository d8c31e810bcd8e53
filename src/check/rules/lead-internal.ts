import type { Rule } from '../rule.js';

/**
 * A task is led by a unit of the office. An outside body (`external: true` in units.yaml) only
 * cooperates: section IV, which assigns the office's own units, cannot name it, so a task it led
 * would be nobody's there while Phụ lục I lists it as led.
 */
export const leadInternal: Rule = {
  id: 'lead-internal',
  severity: 'error',
  description: {
    vi: 'Đơn vị chủ trì nhiệm vụ là đơn vị của Sở, không phải cơ quan bên ngoài (external)',
    en: 'A task is led by a unit of the office, not an outside body (external)',
  },
  check({ plan }, report) {
    for (const task of plan.tasks) {
      task.leadIds.forEach((id, i) => {
        const unit = task.leads.find((u) => u.id === id || u.name === id || u.displayName === id);
        if (unit?.external) report(task.leadOrigins[i]!, { item: 'task', label: task.label, unit: unit.name });
      });
    }
  },
};
