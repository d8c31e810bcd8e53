import type { Appendix, Plan } from '../model/types.js';
import { appendixRows, periodMonths, type AppendixRow } from './appendix-rows.js';
import { parseBlocks, type Block } from './blocks.js';
import { githubLiteral } from './markdown-literal.js';
import { loadTemplates, type Templates } from './templates.js';
import { buildView, type PlanView } from './view.js';

/** Timeline cells in Markdown: the same marks the .docx prints (grey run, deadline ◆). */
const RUN_MARK = '░';

/**
 * The document as Markdown, from the same templates, numbering and appendix rows as the .docx,
 * so a pull request shows a change to the plan as a readable diff.
 */
export function renderMarkdown(plan: Plan, templateDir?: string): string {
  const templates = loadTemplates(templateDir);
  const view = buildView(plan);
  const parts = [header(view, templates), body(templates.document(view)), closing(view, templates)];
  for (const appendix of plan.appendices) parts.push(appendixPart(plan, view, appendix, templates));
  // The structure above (headings, lists, tables, emphasis) uses none of the marks escaped here.
  return `${githubLiteral(parts.join('\n\n'))}\n`;
}

function header(view: PlanView, t: Templates): string {
  return [
    ...(view.issuer.superior ? [`${upper(view.issuer.superior)}  `] : []),
    `**${upper(view.issuer.name)}**  `,
    t.phrase('number', view),
    '',
    `**${t.phrase('national-name')}**  `,
    `**${t.phrase('motto')}**  `,
    `*${t.phrase('place-date', view)}*`,
    '',
    `# ${t.phrase('document-type', view)}`,
    '',
    `**${view.title}**`,
  ].join('\n');
}

const HEADINGS: Partial<Record<Block['kind'], string>> = { heading1: '## ', heading2: '### ', heading3: '#### ' };

/** Template output as Markdown: headings one level below the title, a blank line between paragraphs, "+" items nested under "-". */
function body(text: string): string {
  const out: string[] = [];
  let previous: Block['kind'] | undefined;
  for (const block of parseBlocks(text)) {
    const list = block.kind === 'dash' || block.kind === 'plus';
    if (!(list && (previous === 'dash' || previous === 'plus'))) out.push('');
    out.push(block.kind === 'dash' ? `- ${block.text}` : block.kind === 'plus' ? `  - ${block.text}` : `${HEADINGS[block.kind] ?? ''}${block.text}`);
    previous = block.kind;
  }
  return out.join('\n').trim();
}

function closing(view: PlanView, t: Templates): string {
  const signer = [...(view.signer.authority ? [upper(view.signer.authority)] : []), upper(view.signer.title)];
  return [
    `**${t.phrase('recipients-heading', view)}**`,
    '',
    ...view.recipients.map((r) => t.phrase('recipient', r)),
    t.phrase('archive', view.archive),
    '',
    ...signer.map((s) => `**${s}**  `),
    '',
    `**${view.signer.name}**`,
  ].join('\n');
}

function appendixPart(plan: Plan, view: PlanView, appendix: Appendix, t: Templates): string {
  const rows = appendixRows(plan, appendix, t);
  const table = appendix.kind === 'timeline' ? timeline(plan, appendix, rows, t) : columns(appendix, rows, t);
  return ['---', '', `## ${t.phrase('appendix-label', appendix)}`, '', `**${upper(appendix.title)}**`, '', `*${t.phrase('attachment', view)}*`, '', table].join('\n');
}

function columns(appendix: Appendix, rows: AppendixRow[], t: Templates): string {
  const head = appendix.columns.map((c) => t.phrase(`column-${c}`));
  return markdownTable(
    head,
    rows.map((row) => (row.kind === 'group' ? [`**${row.text}**`, ...head.slice(1).map(() => '')] : appendix.columns.map((c) => row.cells[c] ?? ''))),
  );
}

function timeline(plan: Plan, appendix: Appendix, rows: AppendixRow[], t: Templates): string {
  const months = periodMonths(plan);
  const label = appendix.columns.filter((c) => c !== 'stt');
  const head = [t.phrase('column-stt'), ...label.map((c) => t.phrase(`column-${c}`)), ...months.map((m) => t.phrase('column-month', m))];
  const body = rows.map((row) => {
    if (row.kind === 'group') return [`**${row.text}**`, ...head.slice(1).map(() => '')];
    const marks = months.map((_, m) => (row.span && m === row.span.last ? '◆' : row.span && m >= row.span.first && m < row.span.last ? RUN_MARK : ''));
    return [row.cells['stt'] ?? '', ...label.map((c) => row.cells[c] ?? ''), ...marks];
  });
  return `${markdownTable(head, body)}\n\n*${t.phrase('timeline-legend')}*`;
}

function markdownTable(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function upper(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}
