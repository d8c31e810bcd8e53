import type { Rule } from '../rule.js';
import { progressItems } from './lib/progress-items.js';

/**
 * A progress entry reports on a task of the plan, or a step with an id of its own, and is
 * reported by a unit of units.yaml: an entry for a task renamed or removed would count for nothing.
 */
export const progressKnown: Rule = {
  id: 'progress-known',
  severity: 'error',
  description: {
    vi: 'Mỗi mục tiến độ là của một nhiệm vụ (hoặc công việc có mã) của kế hoạch, do một đơn vị trong units.yaml báo cáo',
    en: 'A progress entry names a task (or a step with an id) of the plan, reported by a unit of units.yaml',
  },
  check({ plan }, report) {
    const items = progressItems(plan);
    const units = new Set(plan.units.map((u) => u.id));
    for (const period of plan.progress.periods) {
      for (const entry of period.entries) {
        if (!items.has(entry.id)) report({ file: period.file, path: [...entry.origin.path, 'id'] }, { period: period.name, id: entry.id });
        if (entry.reportedBy !== null && !units.has(entry.reportedBy)) {
          report({ file: period.file, path: [...entry.origin.path, 'reportedBy'] }, { period: period.name, id: entry.reportedBy }, { messageId: 'progress-known.unit' });
        }
      }
    }
  },
};
