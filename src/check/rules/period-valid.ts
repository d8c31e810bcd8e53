import { isRealDate, monthIndex } from '../../model/dates.js';
import type { Rule } from '../rule.js';
import { showDate } from './lib/dates.js';

/**
 * The longest period a plan may cover: thirty years (360 months) holds the longest horizons plans
 * set (a plan issued late in 2025 "đến năm 2035" runs 122 months; strategies look to 2045 and
 * 2050); the timeline appendix then has a column a year, while a longer period ("0001-01 ...
 * 9999-12") would write a document no office program can open.
 */
export const MAX_PERIOD_MONTHS = 360;

/** plan.yaml `period` runs forwards, from its first month to its last, and no longer than thirty years. */
export const periodValid: Rule = {
  id: 'period-valid',
  severity: 'error',
  local: true,
  description: {
    vi: 'Thời gian thực hiện kế hoạch (period) từ tháng trước đến tháng sau, không quá 30 năm (360 tháng)',
    en: 'The plan period (period) runs from an earlier month to a later one, for thirty years (360 months) at most',
  },
  guardsLimit: true,
  check({ plan }, report) {
    const { from, to } = plan.period;
    if (!isRealDate(from) || !isRealDate(to)) return;
    const months = monthIndex(to) - monthIndex(from) + 1;
    const args = { item: 'plan', label: '', from: showDate(from), to: showDate(to), months, limit: MAX_PERIOD_MONTHS };
    if (months < 1) report(from.origin, args, { messageId: 'period-valid.reversed' });
    else if (months > MAX_PERIOD_MONTHS) report(to.origin, args);
  },
};
