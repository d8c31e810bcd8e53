import type { ListItem, OutlineBlock, Plan, PlacedTask, Section, SolutionBlock, TaskLayout } from '../model/types.js';
import { labelOf } from '../model/numbering.js';
import { tableGrid } from './table-grid.js';
import type { Block } from './blocks.js';
import type { Templates } from './templates.js';
import { deadlineText, type PlanView } from './view.js';

/**
 * The body as paragraphs, in order: the outline's sections, paragraphs and lists, and the blocks
 * the plan's data fills in (tasks, units, the list of appendices), then the closing paragraph.
 * Labels come from the model; fixed wording from the phrases; the plan's text is never parsed.
 */
export function bodyBlocks(plan: Plan, view: PlanView, templates: Templates): Block[] {
  const out: Block[] = [];
  const writer = new BodyWriter(out, view, templates, plan);
  writer.blocks(plan.outline);
  if (plan.closing !== null) writer.paragraph(view.text(plan.closing));
  return out;
}

class BodyWriter {
  constructor(
    private readonly out: Block[],
    private readonly view: PlanView,
    private readonly templates: Templates,
    private readonly plan: Plan,
  ) {}

  paragraph(text: string, kind: Block['kind'] = 'paragraph'): void {
    if (text !== '') this.out.push({ kind, level: 0, bold: false, text });
  }

  heading(level: number, label: string, text: string, bold: boolean): void {
    this.out.push({ kind: 'heading', level, bold, text: label ? `${label} ${text}` : text });
  }

  blocks(blocks: readonly OutlineBlock[]): void {
    for (const block of blocks) this.block(block);
  }

  private block(block: OutlineBlock): void {
    const t = this.view.text;
    switch (block.kind) {
      case 'paragraph':
        return this.paragraph(t(block.text));
      case 'list':
        if (block.lead !== null) this.paragraph(t(block.lead));
        return this.items(block.items);
      case 'labelled':
        if (block.lead !== null) this.paragraph(t(block.lead));
        for (const item of block.items) {
          this.paragraph(`${item.label} ${t(item.text)}`);
          this.items(item.items);
        }
        return;
      case 'section':
        return this.section(block.section);
      case 'tasks':
        for (const placed of block.groups) {
          if (placed.section) this.heading(placed.section.level, placed.section.label, t(placed.section.heading), placed.section.bold);
          for (const task of placed.tasks) this.task(task, block.layout, block.details);
        }
        return;
      case 'implementation':
        for (const unit of block.units) {
          this.section(unit.section);
          if (block.withTasks) this.ledTasks(unit.entry.tasks.map((task) => t(task.assignment)));
        }
        return;
      case 'table':
        this.out.push({ kind: 'table', level: 0, bold: true, text: block.title === null ? '' : t(block.title), grid: tableGrid(block.table, this.view), origin: block.origin });
        return;
      case 'appendices':
        for (const appendix of this.plan.appendices) {
          this.paragraph(this.templates.phrase('appendix-entry', { label: appendix.label, title: t(appendix.title) }), 'dash');
        }
        return;
    }
  }

  private section(section: Section): void {
    this.heading(section.level, section.label, this.view.text(section.heading), section.bold);
    this.blocks(section.blocks);
  }

  private items(items: readonly ListItem[]): void {
    const t = this.view.text;
    for (const item of items) {
      this.paragraph(`${item.owner ? `${t(item.owner.name)}: ` : ''}${t(item.text)}`, 'dash');
      for (const sub of item.items) this.paragraph(t(sub), 'plus');
    }
  }

  private solutions(solutions: readonly SolutionBlock[]): void {
    for (const block of solutions) {
      if (block.text !== null) this.paragraph(this.view.text(block.text));
      this.items(block.items);
    }
  }

  /**
   * A task as its layout prints it: "detailed" is a heading "1.1. Nhiệm vụ 1: ..." over "a)
   * Giải pháp thực hiện:" and "b) Thời gian hoàn thành: ..."; the others a "1.", "a)" or "-"
   * paragraph over its solutions, with the lead and time after them when the block asks (`details`).
   */
  private task(placed: PlacedTask, layout: TaskLayout, details: boolean): void {
    const { task } = placed;
    const t = this.view.text;
    const phrase = this.templates.phrase;
    const time = task.time ? deadlineText(this.templates, task.time) : null;
    if (layout === 'detailed') {
      this.heading(placed.level, placed.label, phrase('task-heading', { number: task.number, content: t(task.content) }), placed.bold);
      const points: string[] = [];
      if (task.solutions.length > 0) points.push(phrase('task-solutions'));
      if (time !== null && details) points.push(phrase('task-deadline', { time }));
      points.forEach((text, i) => {
        this.paragraph(`${labelOf('letter', i + 1, '').label} ${text}`);
        if (i === 0 && task.solutions.length > 0) this.solutions(task.solutions);
      });
      return;
    }
    if (layout === 'dashes') this.paragraph(t(task.content), 'dash');
    else this.paragraph(`${placed.label} ${t(task.content)}`);
    this.solutions(task.solutions);
    if (!details) return;
    const lines = phrase('task-details', {
      leads: task.leads.map((u) => t(u.displayName)).join(', '),
      cooperating: task.cooperating.map((u) => t(u.displayName)).join(', '),
      time: time ?? '',
      product: task.product === null ? '' : t(task.product),
    });
    for (const line of lines.split('\n')) this.paragraph(line.trim());
  }

  /** "Chủ trì thực hiện nhiệm vụ: ..." for one task, "Chủ trì thực hiện 02 nhiệm vụ:" and a "-" per task for more. */
  private ledTasks(assignments: readonly string[]): void {
    if (assignments.length === 1) this.paragraph(this.templates.phrase('lead-one', { assignment: assignments[0] }));
    else if (assignments.length > 1) {
      this.paragraph(this.templates.phrase('lead-many', { count: assignments.length }));
      for (const assignment of assignments) this.paragraph(assignment, 'dash');
    }
  }
}
