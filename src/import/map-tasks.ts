import { labelOf, styleAt } from '../model/numbering.js';
import { parsePlanTime } from '../model/time.js';
import type { PlanDate } from '../model/types.js';
import { itemOf, type OutlineContext, type YamlBlock } from './map-outline.js';
import type { TreeItem, TreeSection } from './outline-tree.js';

/** A task read from the body: "1.1. Nhiệm vụ 1: ..." over "a) Giải pháp thực hiện:" and "b) Thời gian hoàn thành: ...". */
export interface ImportedTask {
  id: string;
  content: string;
  deadline: string;
  solutions: YamlBlock[];
  lead?: string;
  assignment?: string;
  cooperating?: string[];
  product?: string;
  n: number;
}

/** A group of tasks: the heading the tasks stand under. */
export interface ImportedGroup {
  id: string;
  title: string;
  tasks: ImportedTask[];
  n: number;
}

const TASK_HEADING = /^Nhiệm vụ (\d+):\s*(\S.*)$/u;
const SOLUTIONS = 'Giải pháp thực hiện:';
const DEADLINE = /^Thời gian hoàn thành:\s*(.+)\.$/u;

/** Any period will do: only whether the time reads, and the words it prints, are asked. */
const ANY_DAY: PlanDate = { year: 2000, month: 1, day: null, raw: '2000-01', origin: { file: '', path: [] } };

/**
 * A section that is a group of tasks as the "detailed" layout prints it, or null: every child is
 * "N.M. Nhiệm vụ k: ..." numbered as the model numbers it, with only "a) Giải pháp thực hiện:"
 * (its "-" and paragraphs) and "b) Thời gian hoàn thành: <time>." under it. Anything else stays
 * a heading of the outline, printed as typed.
 */
export function readTaskGroup(section: TreeSection, parent: { level: number; ref: string }, context: OutlineContext): ImportedGroup | null {
  if (section.children.length === 0) return null;
  const style = styleAt(context.numbering, parent.level + 1);
  const tasks: ImportedTask[] = [];
  for (const [i, child] of section.children.entries()) {
    if (child.kind !== 'section' || child.label !== labelOf(style, i + 1, parent.ref).label) return null;
    const heading = TASK_HEADING.exec(child.heading);
    if (!heading || Number(heading[1]) !== i + 1) return null;
    const task = readTask(child, heading[2]!);
    if (!task) return null;
    tasks.push(task);
  }
  const group: ImportedGroup = { id: context.ids.take(section.heading, 4), title: section.heading, tasks, n: section.n };
  for (const task of tasks) task.id = context.ids.take(task.content, 4);
  return group;
}

function readTask(section: TreeSection, content: string): ImportedTask | null {
  const points = section.children;
  let solutions: YamlBlock[] = [];
  let deadline: string | null = null;
  for (const [i, point] of points.entries()) {
    if (point.kind !== 'section' || point.labelKind !== 'letter' || point.label !== `${'ab'[i]})`) return null;
    if (i === 0 && point.heading === SOLUTIONS) {
      const blocks = solutionBlocks(point.children);
      if (blocks === null || blocks.length === 0) return null;
      solutions = blocks;
      continue;
    }
    const time = DEADLINE.exec(point.heading);
    if (!time || point.children.length > 0 || i !== points.length - 1) return null;
    const read = parsePlanTime(time[1]!, { file: '', path: [] }, { from: ANY_DAY, to: ANY_DAY });
    if (read === null || read.words !== time[1]) return null;
    deadline = time[1]!;
  }
  if (deadline === null) return null;
  return { id: '', content, deadline, solutions, n: section.n };
}

/** Solutions as tasks.yaml writes them: a paragraph, or a lead-in with its "-" items; null when a heading stands among them. */
function solutionBlocks(items: readonly TreeItem[]): YamlBlock[] | null {
  const blocks: YamlBlock[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === 'section' || item.kind === 'table') return null;
    if (item.kind === 'para' && items[i + 1]?.kind !== 'dash') {
      blocks.push(item.text);
      continue;
    }
    const lead = item.kind === 'para' ? item.text : null;
    if (lead !== null) i++;
    const list: YamlBlock[] = [];
    for (; i < items.length && items[i]!.kind === 'dash'; i++) list.push(itemOf(items[i] as Extract<TreeItem, { kind: 'dash' }>));
    i--;
    blocks.push(lead === null ? { items: list } : { text: lead, items: list });
  }
  return blocks;
}
