import type { Appendix, Plan } from '../model/types.js';
import { appendixCaption, appendixRows, columnHeader, periodMonths, type AppendixRow } from './appendix-rows.js';
import { bodyBlocks } from './body-blocks.js';
import { markdownParagraph, markdownText } from './markdown-literal.js';
import { loadTemplates, type Templates } from './templates.js';
import { buildView, type PlanView } from './view.js';

/** Timeline cells in Markdown: the same marks the .docx prints (grey run, deadline ◆). */
const RUN_MARK = '░';

/**
 * The document as Markdown, from the same blocks, numbering and appendix rows as the .docx, so a
 * pull request shows a change to the plan as a readable diff.
 */
export function renderMarkdown(plan: Plan, templateDir?: string): string {
  const templates = loadTemplates(templateDir);
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
    if (block.kind === 'dash') out.push(`- ${markdownParagraph(block.text)}`);
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
  const rows = appendixRows(plan, appendix, t, view);
  const table = appendix.kind === 'timeline' ? timeline(plan, appendix, rows, t) : columns(appendix, rows, t);
  const caption = appendixCaption(appendix, view, t);
  return ['---', '', `## ${md(caption.label)}`, '', `**${md(upper(view.text(appendix.title)))}**`, '', `*${md(caption.attachment)}*`, '', table].join('\n');
}

function columns(appendix: Appendix, rows: AppendixRow[], t: Templates): string {
  const head = appendix.columns.map((c) => columnHeader(appendix, c, t));
  return markdownTable(
    head.map(md),
    rows.map((row) => (row.kind === 'group' ? groupRow(appendix, row, head.length) : appendix.columns.map((c) => md(row.cells[c] ?? '')))),
  );
}

function timeline(plan: Plan, appendix: Appendix, rows: AppendixRow[], t: Templates): string {
  const months = periodMonths(plan);
  const label = appendix.columns.filter((c) => c !== 'stt');
  const head = [t.phrase('column-stt'), ...label.map((c) => columnHeader(appendix, c, t)), ...months.map((m) => t.phrase('column-month', m))].map(md);
  const body = rows.map((row) => {
    if (row.kind === 'group') return groupRow(appendix, row, head.length);
    const span = row.span;
    const marks = months.map((_, m) => (span && span.due.includes(m) ? '◆' : span && m >= span.first && m <= span.last ? RUN_MARK : ''));
    return [md(row.cells['stt'] ?? ''), ...label.map((c) => md(row.cells[c] ?? '')), ...marks];
  });
  return `${markdownTable(head, body)}\n\n*${md(t.phrase('timeline-legend'))}*`;
}

/** A group row: bold "I. Title", or with "groups" numbering the numeral and the title in cells of their own. */
function groupRow(appendix: Appendix, row: AppendixRow & { kind: 'group' }, width: number): string[] {
  const cells = appendix.numbering === 'groups' ? [`**${md(row.numeral)}**`, `**${md(row.title)}**`] : [`**${md(row.text)}**`];
  return [...cells, ...Array.from({ length: width - cells.length }, () => '')];
}

/** A Markdown table of cells already written as Markdown ("|" is escaped in each). */
function markdownTable(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function upper(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}
