import type { Rule } from '../rule.js';

/**
 * A task's or step's time is one the document can print and the timeline can place: a day, month,
 * quarter, half-year or year, a range of them, "Trước ngày ...", or a recurring time (see
 * src/model/time.ts). "tháng 8" with no year, or "sớm", is neither.
 */
export const timeForm: Rule = {
  id: 'time-form',
  severity: 'error',
  local: true,
  description: {
    vi: 'Thời gian của nhiệm vụ, công việc viết theo một cách đọc được: ngày, tháng, quý, 6 tháng, năm, khoảng thời gian, Trước ngày ..., Thường xuyên, Hằng tháng/quý/năm',
    en: 'A task or step time is written in a readable form: a day, month, quarter, half-year, year, a range, "Trước ngày ...", "Thường xuyên", "Hằng tháng/quý/năm"',
  },
  check({ plan }, report) {
    for (const { raw, origin } of plan.unreadTimes) report(origin, { item: 'plan', label: '', value: raw });
  },
};
