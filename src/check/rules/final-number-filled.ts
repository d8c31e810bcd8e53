import type { Rule } from '../rule.js';

/**
 * Only with --final (the document is about to be signed): the number is filled in and the date has
 * its day. Drafts leave both open for the records office (Nghị định 30, Phụ lục I, mục II.3-4).
 */
export const finalNumberFilled: Rule = {
  id: 'final-number-filled',
  severity: 'error',
  description: {
    vi: 'Khi phát hành (--final): phải có số văn bản và ngày ban hành đầy đủ',
    en: 'For the final document (--final): the number and the day of issue are filled in',
  },
  check({ plan, final }, report) {
    if (!final) return;
    const file = plan.origins.plan;
    const item = { item: 'plan', label: '' };
    if (plan.number.trim() === '') report({ file, path: ['number'] }, item);
    if (plan.date.day === null) report(plan.date.origin, { ...item, value: plan.date.raw }, { messageId: 'final-number-filled.date' });
  },
};
