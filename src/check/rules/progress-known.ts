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
    vi: 'Mỗi mục tiến độ là của một nhiệm vụ (hoặc công việc có mã) của kế hoạch, một lần mỗi kỳ, do một đơn vị trong units.yaml báo cáo; ngày hoàn thành đi với trạng thái đã hoàn thành; mỗi kỳ một tệp',
    en: 'A progress entry names a task (or a step with an id) of the plan, once a period, reported by a unit of units.yaml; a day done goes with a done state; a period has one file',
  },
  check({ plan }, report) {
    const items = progressItems(plan);
    const units = new Set(plan.units.map((u) => u.id));
    const byName = new Map<string, string>();
    for (const period of plan.progress.periods) {
      // Two files for one period (2023-06.yaml and 2023-06.yml): which one a report reads would be a guess.
      const first = byName.get(period.name);
      if (first !== undefined) report({ file: period.file, path: [] }, { period: period.name, first }, { messageId: 'progress-known.period-twice' });
      byName.set(period.name, period.file);
      // A period the plan does not run in (2032-06 for a plan of 2023: a typo) would count for nothing.
      const months = (d: { year: number; month: number }) => d.year * 12 + d.month;
      if (months(period.to) < months(plan.period.from) || months(period.from) > months(plan.period.to)) {
        report({ file: period.file, path: [] }, { period: period.name }, { messageId: 'progress-known.period-outside' });
      }
      const seen = new Set<string>();
      for (const entry of period.entries) {
        // One entry an item a period: of two, the second would override the first in silence.
        if (seen.has(entry.id)) report({ file: period.file, path: [...entry.origin.path, 'id'] }, { period: period.name, id: entry.id }, { messageId: 'progress-known.twice' });
        seen.add(entry.id);
        // A day done on an entry not done would be dropped.
        if (entry.done !== null && entry.state !== 'da-hoan-thanh') report({ file: period.file, path: [...entry.origin.path, 'done'] }, { period: period.name, id: entry.id }, { messageId: 'progress-known.done-not-done' });
        if (!items.has(entry.id)) report({ file: period.file, path: [...entry.origin.path, 'id'] }, { period: period.name, id: entry.id });
        if (entry.reportedBy !== null && !units.has(entry.reportedBy)) {
          report({ file: period.file, path: [...entry.origin.path, 'reportedBy'] }, { period: period.name, id: entry.reportedBy }, { messageId: 'progress-known.unit' });
        }
      }
    }
  },
};
