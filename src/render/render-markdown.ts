import type { Appendix, Plan } from '../model/types.js';
import { appendixGrid } from './appendix-grid.js';
import { appendixCaption } from './appendix-rows.js';
import type { GridCell, GridTable } from './grid-table.js';
import { bodyBlocks } from './body-blocks.js';
import { markdownParagraph, markdownText } from './markdown-literal.js';
import { templateLayers } from './template-layers.js';
import { loadTemplates, type Templates } from './templates.js';
import { buildView, type PlanView } from './view.js';

/** Timeline cells in Markdown: the same marks the .docx prints (grey run, deadline ◆). */
const RUN_MARK = '░';

/**
 * The document as Markdown, from the same blocks, numbering and appendix rows as the .docx, so a
 * pull request shows a change to the plan as a readable diff.
 */
export function renderMarkdown(plan: Plan, templateDir?: string): string {
  const templates = loadTemplates(templateDir ?? templateLayers(plan.dir));
  const view = buildView(plan, templates);
  const parts = [header(view, templates), body(plan, view, templates), closing(view, templates)];
  for (const appendix of plan.appendices) parts.push(appendixPart(plan, view, appendix, templates));
  return `${parts.join('\n\n')}\n`;
}

const md = markdownText;

function header(view: PlanView, t: Templates): string {
  return [
    ...view.issuer.superior.map((line) => `${md(upper(line))}  `),
    ...view.issuer.name.map((line) => `**${md(upper(line))}**  `),
    md(t.phrase('number', view)),
    '',
    `**${md(t.phrase('national-name'))}**  `,
    `**${md(t.phrase('motto'))}**  `,
    `*${md(t.phrase('place-date', view))}*`,
    '',
    `# ${md(t.phrase('document-type', view))}`,
    '',
    view.titleLines.map((line) => `**${md(line)}**`).join('  \n'),
  ].join('\n');
}

/** The body: headings one level below the title, a blank line between paragraphs, "+" items nested under "-". */
function body(plan: Plan, view: PlanView, templates: Templates): string {
  const out: string[] = [];
  let previous: string | undefined;
  for (const block of bodyBlocks(plan, view, templates)) {
    const list = block.kind === 'dash' || block.kind === 'plus';
    if (!(list && (previous === 'dash' || previous === 'plus'))) out.push('');
    const text = md(block.text);
    // A list item's text is a paragraph of its own to Markdown: "- 1. x" would open a list in a list.
    if (block.grid) out.push(...(block.text === '' ? [] : [`**${text}**`, '']), gridMarkdown(block.grid), ...block.grid.notes.flatMap((note) => ['', markdownParagraph(note)]));
    else if (block.kind === 'dash') out.push(`- ${markdownParagraph(block.text)}`);
    else if (block.kind === 'plus') out.push(`  - ${markdownParagraph(block.text)}`);
    // Closing marks only where their run starts: "#+$" alone reads a long run of "#" once per mark.
    else if (block.kind === 'heading') out.push(`${'#'.repeat(Math.min(6, block.level + 1))} ${text.replace(/(?<!#)#+$/, (marks) => marks.replace(/#/g, '\\#'))}`);
    else out.push(markdownParagraph(block.text));
    previous = block.kind;
  }
  return out.join('\n').trim();
}

function closing(view: PlanView, t: Templates): string {
  return [
    `**${md(t.phrase('recipients-heading', view))}**`,
    '',
    // "- name;" lines: a Markdown list, as the document's own dashes read.
    ...view.recipients.map((r) => md(t.phrase('recipient', r))),
    md(t.phrase('archive', view.archive)),
    '',
    ...view.signer.lines.map((s) => `**${md(upper(s))}**  `),
    '',
    `**${md(view.signer.name)}**`,
  ].join('\n');
}

function appendixPart(plan: Plan, view: PlanView, appendix: Appendix, t: Templates): string {
  const grid = appendixGrid(plan, appendix, t, view);
  const caption = appendixCaption(appendix, view, t);
  const after = [...grid.notes.map(markdownParagraph), ...(grid.legend === undefined ? [] : [`*${md(grid.legend)}*`])];
  return ['---', '', `## ${md(caption.label)}`, '', `**${md(upper(view.text(appendix.title)))}**`, '', `*${md(caption.attachment)}*`, '', gridMarkdown(grid), ...after.flatMap((p) => ['', p])].join('\n');
}

/**
 * A table as a Markdown table: one header row whose cells name their column's headers from the
 * top ("Năm 2024 / T1", "Đối tượng quan trắc / Nguồn nước cấp"), a cell spanning columns followed by empty cells,
 * merged cells printed once, and the timeline's marks (a grey period ░, the deadline's ◆).
 */
function gridMarkdown(grid: GridTable): string {
  const heads = grid.columns.map(() => [] as string[]);
  for (const row of grid.header) {
    // A header over several columns heads each of them.
    row.flatMap((cell) => Array.from({ length: cell.span ?? 1 }, () => cell)).forEach((cell, i) => {
      if (cell && cell.text !== '' && heads[i]![heads[i]!.length - 1] !== cell.text) heads[i]!.push(cell.text);
    });
  }
  const cellMarkdown = (cell: GridCell | undefined): string => {
    if (!cell || cell.merge === 'continue') return '';
    // A cell's paragraphs are lines of one table cell: <br> between them, as GitHub reads it.
    const text = cell.text === '' && cell.fill ? RUN_MARK : cell.text.split('\n').map(md).join('<br>');
    return cell.bold && cell.text !== '' ? `**${text}**` : text;
  };
  return markdownTable(
    heads.map((h) => md(h.join(' / '))),
    grid.rows.map((row) => spread(row).map(cellMarkdown)),
  );
}

/** A row's cells by column: a cell spanning columns stands in its first, the others empty. */
function spread(row: readonly GridCell[]): (GridCell | undefined)[] {
  return row.flatMap((cell) => [cell, ...Array.from({ length: (cell.span ?? 1) - 1 }, () => undefined)]);
}

/** A Markdown table of cells already written as Markdown ("|" is escaped in each). */
function markdownTable(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function upper(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}
