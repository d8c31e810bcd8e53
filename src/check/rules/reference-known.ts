import type { OutlineBlock } from '../../model/types.js';
import type { Rule } from '../rule.js';
import { eachText } from './lib/items.js';

/** `[#...]` whatever it holds, so a reference written "[#To-chuc]" or "[#to-chuc ]" is reported, not printed as typed. */
const ANY_REFERENCE = /\[#([^\]\n]{1,80})\]/g;

/** The tasks blocks of an outline, at any depth. */
function tasksBlocks(blocks: readonly OutlineBlock[]): (OutlineBlock & { kind: 'tasks' })[] {
  return blocks.flatMap((block) => (block.kind === 'tasks' ? [block] : block.kind === 'section' ? tasksBlocks(block.section.blocks) : []));
}

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
      for (const match of text.matchAll(ANY_REFERENCE)) {
        const id = match[1]!;
        const where = { ...at, span: { offset: match.index, length: match[0].length } };
        const target = plan.references.get(id);
        if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) report(where, { ...item(), id }, { messageId: 'reference-known.form' });
        else if (!target) report(where, { ...item(), id });
        else if (target.label === '' && target.kind !== 'appendix') report(where, { ...item(), id }, { messageId: 'reference-known.unnumbered' });
      }
    });
    // A tasks block names groups by id: an unknown one places nothing.
    for (const block of tasksBlocks(plan.outline)) {
      if (block.groupIds === 'all') continue;
      block.groupIds.forEach((id, i) => {
        if (!plan.groups.some((g) => g.id === id)) report({ file: block.origin.file, path: [...block.origin.path, 'tasks', i] }, { item: 'plan', label: '', id });
      });
    }
  },
};
