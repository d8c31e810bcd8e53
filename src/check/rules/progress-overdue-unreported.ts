import { writeDay } from '../../model/days.js';
import { computeStates } from '../../model/deadline-state.js';
import type { Rule } from '../rule.js';

/**
 * With `plan check --as-of DAY`: a task (or a step with an id) past its deadline on that day of
 * which no period begun by then says anything. A warning, and only with --as-of: without a day
 * `plan check` stays a function of the files.
 */
export const progressOverdueUnreported: Rule = {
  id: 'progress-overdue-unreported',
  severity: 'warning',
  description: {
    vi: 'Với --as-of: nhiệm vụ đã quá hạn tính đến ngày đó mà chưa có báo cáo tiến độ nào',
    en: 'With --as-of: a task past its deadline by that day with no progress entry at all',
  },
  check({ plan, asOf }, report) {
    if (!asOf) return;
    for (const item of computeStates(plan, plan.progress, asOf, plan.progress.dueSoonDays)) {
      if (item.entry !== null || item.state !== 'dang-thuc-hien-qua-han') continue;
      const at = item.kind === 'task' && item.time ? item.time.origin : item.task.steps.find((s) => s.id === item.id)!.origin;
      report(at, { item: item.kind, label: item.label, deadline: writeDay(item.deadline!), asOf: writeDay(asOf), days: -item.daysLeft! });
    }
  },
};
