import type { Rule } from '../rule.js';

/**
 * The "Nơi nhận" list ends with "- Lưu: VT, <unit>." (Nghị định 30, Phụ lục I, mục II.9.d). That line is
 * printed from the abbreviation of the archive unit (plan.yaml `archive`), so that unit must have one,
 * and no recipient may be a "Lưu" line of its own (it would be printed twice).
 */
export const recipientsArchive: Rule = {
  id: 'recipients-archive',
  severity: 'error',
  description: {
    vi: 'Dòng "Lưu: VT, ..." của Nơi nhận lấy chữ viết tắt của đơn vị lưu; không ghi dòng "Lưu" trong recipients',
    en: 'The "Lưu: VT, ..." line takes the archive unit\'s abbreviation; recipients hold no "Lưu" line',
  },
  check({ plan }, report) {
    const file = plan.origins.plan;
    if (plan.archive && plan.archive.abbreviation === null) {
      report({ file, path: ['archive'] }, { item: 'unit', label: plan.archive.id, name: plan.archive.name });
    }
    plan.recipients.forEach((recipient, i) => {
      // "Lưu: VT, VP." or "Lưu VT"; not "Lưu trữ ..." (an archive body may be a recipient).
      if (/^lưu(?![\p{L}\p{N}])(?!\s+trữ)/iu.test(recipient.name.normalize('NFC').trim())) {
        report({ file, path: ['recipients', i, 'name'] }, { item: 'recipient', label: i + 1, name: recipient.name }, { messageId: 'recipients-archive.recipient' });
      }
    });
  },
};
