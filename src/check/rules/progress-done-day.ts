import type { Rule } from '../rule.js';
import { progressItems } from './lib/progress-items.js';

/** A task reported done says the day it was done: without it, on time or late cannot be told. */
export const progressDoneDay: Rule = {
  id: 'progress-done-day',
  severity: 'error',
  description: {
    vi: 'Nhiệm vụ báo cáo đã hoàn thành phải ghi ngày hoàn thành (done)',
    en: 'An entry reported done gives the day it was done (done)',
  },
  check({ plan }, report) {
    const items = progressItems(plan);
    for (const period of plan.progress.periods) {
      for (const entry of period.entries) {
        if (entry.state !== 'da-hoan-thanh' || entry.done !== null) continue;
        const named = items.get(entry.id) ?? { item: 'task', label: entry.id };
        report({ file: period.file, path: [...entry.origin.path, 'state'] }, { ...named, period: period.name });
      }
    }
  },
};
