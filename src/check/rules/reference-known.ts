import { REFERENCE } from '../../model/references.js';
import type { Rule } from '../rule.js';
import { eachText } from './lib/items.js';

/**
 * Every `[#id]` in a text names a section, group, task, step or appendix of the plan, so the
 * number it prints ("Như mục V") is the one the document gives that item today.
 */
export const referenceKnown: Rule = {
  id: 'reference-known',
  severity: 'error',
  description: {
    vi: 'Mỗi viện dẫn [#mã] trong văn bản trỏ đến một mục, nhóm, nhiệm vụ, công việc hoặc Phụ lục có trong kế hoạch',
    en: 'Every [#id] in a text refers to a section, group, task, step or appendix of the plan',
  },
  check({ plan, files }, report) {
    eachText({ plan, files }, (text, at, item) => {
      for (const match of text.matchAll(REFERENCE)) {
        if (plan.references.has(match[1]!)) continue;
        report({ ...at, span: { offset: match.index, length: match[0].length } }, { ...item(), id: match[1]! });
      }
    });
  },
};
