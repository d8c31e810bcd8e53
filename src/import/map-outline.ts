import { DEFAULT_NUMBERING, labelOf, styleAt } from '../model/numbering.js';
import type { NumberingStyle } from '../model/types.js';
import type { Todo } from './findings.js';
import { readTaskGroup, type ImportedGroup } from './map-tasks.js';
import { tableBlock } from './map-table.js';
import type { TreeItem, TreeSection } from './outline-tree.js';

/** An outline block as plan.yaml writes it (see schemas/common.schema.json#outlineBlock). */
export type YamlBlock = string | Record<string, unknown>;

/** Numbers handed out under one parent, as src/model/outline.ts hands them out. */
interface Parent {
  level: number;
  ref: string;
  count: number;
}

/** What turning the tree into the outline gathers besides the blocks. */
export interface OutlineContext {
  numbering: readonly NumberingStyle[];
  groups: ImportedGroup[];
  todos: Todo[];
  /** Data path of the block list being written. */
  path: (string | number)[];
  /** Ids for the task groups and tasks found. */
  ids: { take(text: string, words?: number): string };
}

/**
 * The numbering plan.yaml needs so that the computed labels are the typed ones: the label kind
 * seen most at each level, then "a)" and "-" below; null when it is the default (I., 1., 1.1., a)).
 */
export function numberingOf(tree: readonly TreeItem[]): NumberingStyle[] | null {
  const seen = new Map<number, Map<string, number>>();
  const visit = (items: readonly TreeItem[]) => {
    for (const item of items) {
      if (item.kind !== 'section') continue;
      const counts = seen.get(item.level) ?? new Map<string, number>();
      counts.set(item.labelKind, (counts.get(item.labelKind) ?? 0) + 1);
      seen.set(item.level, counts);
      visit(item.children);
    }
  };
  visit(tree);
  const levels = Math.max(0, ...seen.keys());
  const styles: NumberingStyle[] = [];
  for (let level = 1; level <= levels; level++) {
    const counts = [...(seen.get(level) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1]);
    styles.push((counts[0]?.[0] as NumberingStyle | undefined) ?? DEFAULT_NUMBERING[level - 1] ?? 'none');
  }
  if (styles.every((s, i) => s === DEFAULT_NUMBERING[i])) return null;
  if (!styles.includes('letter')) styles.push('letter');
  styles.push('dash');
  return styles;
}

/** The tree's items as outline blocks under a parent: the typed labels kept where the computed ones differ. */
export function outlineBlocks(items: readonly TreeItem[], context: OutlineContext, parent: Parent = { level: 0, ref: '', count: 0 }): YamlBlock[] {
  const blocks: YamlBlock[] = [];
  let tasksBlock: { tasks: string[] } | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const at = [...context.path, blocks.length];
    if (item.kind === 'para') {
      tasksBlock = null;
      blocks.push(item.text);
    } else if (item.kind === 'dash') {
      tasksBlock = null;
      const list: YamlBlock[] = [];
      for (; i < items.length && items[i]!.kind === 'dash'; i++) list.push(itemOf(items[i] as Extract<TreeItem, { kind: 'dash' }>));
      i--;
      blocks.push({ items: list });
    } else if (item.kind === 'table') {
      tasksBlock = null;
      blocks.push(tableBlock(item.table));
    } else {
      const style = styleAt(context.numbering, parent.level + 1);
      const expected = labelOf(style, parent.count + 1, parent.ref);
      const group = expected.label === item.label ? readTaskGroup(item, { level: parent.level + 1, ref: expected.ref || parent.ref }, context) : null;
      if (group) {
        parent.count++;
        context.groups.push(group);
        if (tasksBlock) tasksBlock.tasks.push(group.id);
        else {
          tasksBlock = { tasks: [group.id] };
          blocks.push(tasksBlock);
        }
        continue;
      }
      tasksBlock = null;
      blocks.push(sectionBlock(item, expected.label === item.label ? expected.ref : null, context, parent, at));
    }
  }
  return blocks;
}

/** A heading: numbered when its typed label is the one the model computes, else kept as typed with `number: false`. */
function sectionBlock(section: TreeSection, ref: string | null, context: OutlineContext, parent: Parent, at: (string | number)[]): YamlBlock {
  const numbered = ref !== null;
  if (numbered) parent.count++;
  const child: Parent = { level: parent.level + 1, ref: (numbered ? ref : '') || parent.ref, count: 0 };
  const content = outlineBlocks(section.children, { ...context, path: [...at, 'content'] }, child);
  const block: Record<string, unknown> = numbered ? { heading: section.heading } : { heading: `${section.label} ${section.heading}`, number: false };
  if (content.length > 0) block['content'] = content;
  return block;
}

/** A "-" item, with its "+" items. */
export function itemOf(dash: Extract<TreeItem, { kind: 'dash' }>): YamlBlock {
  return dash.plus.length === 0 ? dash.text : { text: dash.text, items: dash.plus.map((p) => p.text) };
}
