import { isRealDate } from '../../model/dates.js';
import type { Rule } from '../rule.js';
import { MAX_PER_TEXT } from '../run-rules.js';
import { eachText } from './lib/items.js';
import { spanInText } from './lib/nfc-span.js';
import { findTextDates, isNd30Written } from './lib/text-dates.js';

/**
 * Dates written inside text follow Nghị định 30 (Phụ lục I, mục II.4): a leading zero for days below
 * 10 and for months 1 and 2, none for other months: "ngày 05/01/2023", "ngày 27/7/2021",
 * "ngày 05 tháng 01 năm 2023". Impossible dates are date-valid's.
 */
export const dateFormat: Rule = {
  id: 'date-format',
  severity: 'warning',
  local: true,
  description: {
    vi: 'Ngày viết trong văn bản theo Nghị định 30: ngày dưới 10 và tháng 1, 2 có số 0 phía trước (ngày 05/01/2023)',
    en: 'Dates in text follow Nghị định 30: a leading zero for days below 10 and months 1 and 2 (ngày 05/01/2023)',
  },
  check(context, report) {
    eachText(context, (text, at, item, normalized) => {
      const nfc = normalized();
      const faults = findTextDates(nfc).filter((date) => isRealDate(date) && !isNd30Written(date));
      for (const date of faults.slice(0, MAX_PER_TEXT)) report({ ...at, span: spanInText(text, nfc, date.span) }, () => ({ ...item(), value: date.text, fix: date.nd30 }));
      if (faults.length > MAX_PER_TEXT) report.more(at, faults.length - MAX_PER_TEXT);
    });
  },
};
