import { markdownParagraph, markdownText } from '../render/markdown-literal.js';
import { loadTemplates } from '../render/templates.js';
import type { ProgressReport } from './build-report.js';
import { reportBlocks } from './render-report-docx.js';
import { reportTable, reportTitle, reportView } from './report-view.js';

const md = markdownText;
const upper = (text: string) => text.toLocaleUpperCase('vi-VN');

/** The Báo cáo as Markdown for review: the same view, blocks and table as the .docx, laid out as the plan's review is. */
export function renderReportMarkdown(report: ProgressReport): string {
  const templates = loadTemplates();
  const view = reportView(report, templates);
  const header = [
    ...view.issuer.superior.map((line) => `${md(upper(line))}  `),
    ...view.issuer.name.map((line) => `**${md(upper(line))}**  `),
    md(templates.phrase('number', view)),
    '',
    `**${md(templates.phrase('national-name'))}**  `,
    `**${md(templates.phrase('motto'))}**  `,
    `*${md(templates.phrase('place-date', view))}*`,
    '',
    `# ${md(templates.phrase('report-document-type'))}`,
    '',
    `**${md(reportTitle(report, templates))}**`,
  ].join('\n');
  const body = reportBlocks(report, templates, view.text).map((block) => (block.kind === 'heading' ? `${'#'.repeat(Math.min(6, block.level + 1))} ${md(block.text)}` : markdownParagraph(block.text)));
  const closing = [
    `**${md(templates.phrase('recipients-heading', view))}**`,
    '',
    ...view.recipients.map((r) => md(templates.phrase('recipient', r))),
    md(templates.phrase('archive', view.archive)),
    '',
    ...view.signer.lines.map((s) => `**${md(upper(s))}**  `),
    '',
    `**${md(view.signer.name)}**`,
  ].join('\n');
  const { header: head, rows } = reportTable(report, view, templates);
  const line = (cells: string[]) => `| ${cells.map(md).join(' | ')} |`;
  const appendix = [
    '---',
    '',
    `## ${md(templates.phrase('appendix-label', { label: '' }))}`,
    '',
    `**${md(upper(templates.phrase('report-appendix-title', { period: report.period })))}**`,
    '',
    `*${md(templates.phrase('report-attachment', view))}*`,
    '',
    [line(head), `| ${head.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n'),
  ].join('\n');
  return `${[header, body.join('\n\n'), closing, appendix].join('\n\n')}\n`;
}
