import type { Origin, PathSegment } from '../diagnostics.js';
import { isBoldStyle, labelOf, styleAt } from './numbering.js';
import type { RawItem, RawOutlineBlock } from './raw.js';
import { buildTable } from './table.js';
import type {
  ImplementationEntry,
  LabelledItem,
  ListItem,
  NumberingStyle,
  OutlineBlock,
  PlacedGroup,
  PlacedTask,
  PlacedUnit,
  Reference,
  Section,
  TaskGroup,
  TaskLayout,
  Unit,
} from './types.js';

/** What the outline's generated blocks are filled from, and where references are recorded. */
export interface OutlineContext {
  file: string;
  numbering: readonly NumberingStyle[];
  groups: readonly TaskGroup[];
  implementation: readonly ImplementationEntry[];
  unitById: ReadonlyMap<string, Unit>;
  references: Map<string, Reference>;
}

/** Numbers handed out under one parent: sections, numbered items and task groups share them. */
interface Parent {
  level: number;
  ref: string;
  count: number;
}

/**
 * The body as a tree of blocks, numbered once: a section's label follows its depth (I., 1., 1.1.,
 * a) by default, plan.yaml `numbering` otherwise), and the task groups and units that generated
 * blocks place take their numbers in the same sequence as the sections around them.
 */
export function buildOutline(raw: readonly RawOutlineBlock[], path: PathSegment[], context: OutlineContext): OutlineBlock[] {
  return buildBlocks(raw, path, { level: 0, ref: '', count: 0 }, context);
}

/** A unit's `role` as blocks (paragraphs and lists only), numbered as under a level-2 heading. */
export function buildRoleBlocks(raw: string | readonly RawOutlineBlock[], origin: Origin, context: Omit<OutlineContext, 'references'>): OutlineBlock[] {
  const path = [...origin.path, 'role'];
  return typeof raw === 'string'
    ? [{ kind: 'paragraph', text: raw, origin: { file: origin.file, path } }]
    : buildBlocks(raw, path, { level: 2, ref: '', count: 0 }, { ...context, file: origin.file, references: new Map() });
}

function buildBlocks(raw: readonly RawOutlineBlock[], path: PathSegment[], parent: Parent, context: OutlineContext): OutlineBlock[] {
  const blocks: OutlineBlock[] = [];
  raw.forEach((block, i) => {
    const origin: Origin = { file: context.file, path: [...path, i] };
    if (typeof block === 'string') blocks.push({ kind: 'paragraph', text: block, origin });
    else if ('heading' in block) blocks.push({ kind: 'section', section: buildSection(block, origin, parent, context) });
    else if ('items' in block) blocks.push({ kind: 'list', lead: block.text ?? null, items: block.items.map((item) => listItem(item, context.unitById)), origin });
    else if ('numbered' in block) blocks.push(labelled(block.text ?? null, block.numbered, 'numbered', origin, parent, context));
    else if ('points' in block) blocks.push(labelled(block.text ?? null, block.points, 'points', origin, parent, context));
    else if ('tasks' in block) blocks.push(placeTasks(block, origin, parent, context));
    else if ('implementation' in block) blocks.push(placeUnits(block.implementation, origin, parent, context));
    else if ('table' in block) blocks.push({ kind: 'table', title: block.title ?? null, table: buildTable(block.table, { file: origin.file, path: [...origin.path, 'table'] }), origin });
    else blocks.push({ kind: 'appendices', origin });
  });
  return blocks;
}

function buildSection(raw: { heading: string; id?: string; number?: boolean; bold?: boolean; content?: RawOutlineBlock[] }, origin: Origin, parent: Parent, context: OutlineContext): Section {
  const level = parent.level + 1;
  const numbered = raw.number !== false;
  const style = styleAt(context.numbering, level);
  const { label, ref } = numbered ? labelOf(style, ++parent.count, parent.ref) : { label: '', ref: '' };
  const section: Section = { id: raw.id ?? null, level, label, ref, heading: raw.heading, bold: raw.bold ?? isBoldStyle(style), blocks: [], origin };
  if (raw.id) context.references.set(raw.id, { kind: 'section', label: ref });
  section.blocks = buildBlocks(raw.content ?? [], [...origin.path, 'content'], { level, ref: ref || parent.ref, count: 0 }, context);
  return section;
}

/** "1." items count among the parent's sections (a khoản without a title); "a)" items count on their own. */
function labelled(lead: string | null, raw: readonly (string | { text: string; items?: RawItem[] })[], kind: 'numbered' | 'points', origin: Origin, parent: Parent, context: OutlineContext): OutlineBlock {
  const key = kind === 'numbered' ? 'numbered' : 'points';
  const items = raw.map((item, i): LabelledItem => {
    const { label, ref } = kind === 'numbered' ? labelOf(styleAt(context.numbering, parent.level + 1), ++parent.count, parent.ref) : labelOf('letter', i + 1, parent.ref);
    const at: Origin = { file: origin.file, path: [...origin.path, key, i] };
    if (typeof item === 'string') return { label, ref, text: item, items: [], origin: at };
    return { label, ref, text: item.text, items: (item.items ?? []).map((sub) => listItem(sub, context.unitById)), origin: at };
  });
  return { kind: 'labelled', lead, items, origin };
}

const LAYOUTS: readonly TaskLayout[] = ['detailed', 'numbered', 'points', 'dashes'];

/** Task groups where the plan puts them: a titled group is a heading, its tasks numbered under it. */
function placeTasks(raw: { tasks: 'all' | string[]; layout?: string; details?: boolean }, origin: Origin, parent: Parent, context: OutlineContext): OutlineBlock {
  const layout = (LAYOUTS as readonly string[]).includes(raw.layout ?? '') ? (raw.layout as TaskLayout) : 'detailed';
  const chosen = raw.tasks === 'all' ? context.groups : context.groups.filter((g) => raw.tasks.includes(g.id));
  const groups = chosen.map((group): PlacedGroup => {
    let section: Section | null = null;
    let taskParent = parent;
    if (group.title !== null) {
      const level = parent.level + 1;
      const style = styleAt(context.numbering, level);
      const { label, ref } = labelOf(style, ++parent.count, parent.ref);
      section = { id: group.id, level, label, ref, heading: group.title, bold: isBoldStyle(style), blocks: [], origin: group.origin };
      context.references.set(group.id, { kind: 'group', label: ref });
      taskParent = { level, ref: ref || parent.ref, count: 0 };
    }
    const tasks = group.tasks.filter((task, i) => !(task.continues && i > 0)).map((task, i): PlacedTask => {
      const level = taskParent.level + 1;
      const style = layout === 'points' ? 'letter' : layout === 'dashes' ? 'dash' : styleAt(context.numbering, level);
      const { label, ref } = layout === 'points' ? labelOf('letter', i + 1, taskParent.ref) : labelOf(style, ++taskParent.count, taskParent.ref);
      context.references.set(task.id, { kind: 'task', label: ref || task.label });
      return { task, label, ref, level, bold: layout === 'detailed' && isBoldStyle(style) };
    });
    return { group, section, tasks };
  });
  return { kind: 'tasks', layout, details: raw.details ?? layout === 'detailed', groups, groupIds: raw.tasks, origin };
}

/** Section IV's units as headings under the block's section, each over its own paragraphs. */
function placeUnits(raw: boolean | { tasks?: boolean }, origin: Origin, parent: Parent, context: OutlineContext): OutlineBlock {
  if (raw === false) return { kind: 'implementation', withTasks: false, units: [], origin };
  const withTasks = raw === true || raw.tasks !== false;
  const level = parent.level + 1;
  const style = styleAt(context.numbering, level);
  const units = context.implementation
    .filter((entry) => withTasks || entry.unit.role !== null)
    .map((entry): PlacedUnit => {
      const { label, ref } = labelOf(style, ++parent.count, parent.ref);
      const section: Section = { id: null, level, label, ref, heading: entry.unit.displayName, bold: isBoldStyle(style), blocks: entry.unit.role ?? [], origin: entry.unit.origin };
      return { entry, section };
    });
  return { kind: 'implementation', withTasks, units, origin };
}

/** Every section of an outline, depth first, those the blocks place (groups, units) included. */
export function outlineSections(blocks: readonly OutlineBlock[]): Section[] {
  return blocks.flatMap((block): Section[] => {
    if (block.kind === 'section') return [block.section, ...outlineSections(block.section.blocks)];
    return [];
  });
}

/** A "-" item: a text, or a text with "+" items and the unit it names (`owner`). */
export function listItem(item: RawItem, unitById: ReadonlyMap<string, Unit>): ListItem {
  if (typeof item === 'string') return { text: item, items: [], owner: null };
  return { text: item.text, items: item.items ?? [], owner: item.owner ? (unitById.get(item.owner) ?? null) : null };
}
