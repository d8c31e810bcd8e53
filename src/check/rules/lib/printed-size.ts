import type { Origin } from '../../../diagnostics.js';
import { REFERENCE } from '../../../model/references.js';
import type { CellValue, OutlineBlock, Plan, SolutionItem, TableRowSpec, TableSpec, Task, Unit } from '../../../model/types.js';

/** Characters an appendix's reference prints besides its numeral ("Phụ lục " and a little slack). */
const APPENDIX_WORDS = 10;

/**
 * What the document prints, in characters, counted as it is laid out: the body's blocks in order
 * (a task as often as tasks blocks place it, a task's wording under each of its leads in "Tổ chức
 * thực hiện"), then each appendix (every task again in each appendix that lists the tasks). A unit
 * named at a task counts its whole name there, and a reference `[#id]` the label it prints.
 * Returns where the count first passes `limit`, or null. Close to what the build writes, and
 * never far below it: the rule's limit stands for the cost of a build.
 */
export function printedPast(plan: Plan, limit: number): { origin: Origin } | null {
  let total = 0;
  let found: Origin | null = null;
  /** Adds what one thing prints; true (and `found` set to it) once the total is past the limit. */
  const reach = (count: number, origin: Origin): boolean => {
    total += count;
    if (total <= limit) return false;
    found = origin;
    return true;
  };

  const text = (value: string | null): number => {
    if (value === null) return 0;
    let length = value.length;
    if (value.includes('[#')) {
      for (const match of value.matchAll(REFERENCE)) {
        const target = plan.references.get(match[1]!);
        if (target) length += target.label.length + (target.kind === 'appendix' ? APPENDIX_WORDS : 0) - match[0].length;
      }
    }
    return length;
  };
  const names = (units: readonly (Unit | null)[]) => units.reduce((n, u) => n + (u ? text(u.displayName) + 2 : 0), 0);
  const items = (list: readonly SolutionItem[]) => list.reduce((n, item) => n + text(item.text) + item.items.reduce((m, sub) => m + text(sub), 0) + names([item.owner]), 0);
  const taskText = (task: Task) => text(task.content) + text(task.product) + text(task.person) + names(task.leads) + names(task.cooperating);
  const inBody = (task: Task) => taskText(task) + task.solutions.reduce((n, s) => n + text(s.text) + items(s.items), 0);
  const cells = (values: Record<string, CellValue>) => Object.values(values).reduce<number>((n, v) => n + (Array.isArray(v) ? v.reduce((m, p) => m + text(p), 0) : typeof v === 'string' ? text(v) : String(v).length), 0);
  const rows = (list: readonly TableRowSpec[]): number => list.reduce((n, row) => n + (row.kind === 'group' ? text(row.title) : cells(row.cells) + row.lines.reduce((m, line) => m + cells(line), 0) + rows(row.rows)), 0);
  const table = (spec: TableSpec) => rows(spec.rows) + spec.notes.reduce((n, note) => n + text(note), 0);

  const blocks = (list: readonly OutlineBlock[]): boolean => {
    for (const block of list) {
      switch (block.kind) {
        case 'paragraph':
          if (reach(text(block.text), block.origin)) return true;
          break;
        case 'list':
          if (reach(text(block.lead) + items(block.items), block.origin)) return true;
          break;
        case 'labelled':
          if (reach(text(block.lead) + block.items.reduce((n, item) => n + item.label.length + text(item.text) + items(item.items), 0), block.origin)) return true;
          break;
        case 'section':
          if (reach(block.section.label.length + text(block.section.heading), block.section.origin)) return true;
          if (blocks(block.section.blocks)) return true;
          break;
        case 'tasks':
          for (const group of block.groups) {
            if (reach(text(group.group.title), block.origin)) return true;
            for (const placed of group.tasks) if (reach(placed.label.length + inBody(placed.task), placed.task.origin)) return true;
          }
          break;
        case 'implementation':
          for (const unit of block.units) {
            if (reach(names([unit.entry.unit]), block.origin)) return true;
            if (unit.entry.unit.role && blocks(unit.entry.unit.role)) return true;
            if (block.withTasks) for (const task of unit.entry.tasks) if (reach(text(task.assignment), task.origin)) return true;
          }
          break;
        case 'table':
          if (reach(text(block.title) + table(block.table), block.origin)) return true;
          break;
        case 'appendices':
          break;
      }
    }
    return false;
  };

  if (blocks(plan.outline)) return { origin: found! };
  for (const appendix of plan.appendices) {
    if (appendix.table) {
      if (reach(table(appendix.table), appendix.origin)) return { origin: found! };
      continue;
    }
    for (const task of plan.tasks) {
      if (reach(taskText(task), task.origin)) return { origin: found! };
      if (appendix.kind === 'tasks') continue;
      for (const step of task.steps) if (reach(text(step.content) + text(step.product) + text(step.person) + names([step.owner]), step.origin)) return { origin: found! };
    }
  }
  return null;
}
