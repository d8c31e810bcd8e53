import { Paragraph } from 'docx';
import type { Block } from '../render/blocks.js';
import { bodyXml } from '../render/docx/body.js';
import { BulkXml } from '../render/docx/bulk-xml.js';
import { documentOf, mainSection } from '../render/docx/build-document.js';
import { centred } from '../render/docx/header-block.js';
import { resolveLayout, SIZE, textWidth } from '../render/docx/layout.js';
import { estimateWidth, ruleLine } from '../render/docx/rule-line.js';
import { plainRun, textRuns } from '../render/docx/text-runs.js';
import { docxParts } from '../render/docx-parts.js';
import { documentDate, packageDocx } from '../render/package-docx.js';
import { loadTemplates, type Templates } from '../render/templates.js';
import { nd30Day, nd30Month } from '../model/dates.js';
import type { Day } from '../model/days.js';
import { toRoman } from '../model/roman.js';
import type { ProgressReport } from './build-report.js';
import { reportAppendix } from './report-appendix.js';
import { reportTitle, reportView } from './report-view.js';

/**
 * The Báo cáo of a period as a .docx, laid out as the plan is (Nghị định 30): the plan's header
 * block and closing block, unchanged, fed a view with the report's ký hiệu (BC) and date; its own
 * title ("BÁO CÁO" and the trích yếu), then the counts and each task's result as body paragraphs.
 */
export async function renderReportDocx(report: ProgressReport, sourceDateEpoch?: string): Promise<Uint8Array> {
  const templates = loadTemplates();
  const { plan, period } = report;
  // The report is dated in the period's last month (reportView), as the package is.
  const date = { year: period.to.year, month: period.to.month, day: null };
  const view = reportView(report, templates);
  const layout = resolveLayout(plan.layout);
  const width = textWidth(layout);
  const bulk = new BulkXml();
  const title = reportTitle(report, templates);
  // Phụ lục I, mục II.5: tên loại bold capitals, the trích yếu bold under it, a short line under that.
  const heading = [
    centred([plainRun(templates.phrase('report-document-type'), { size: SIZE.documentType, bold: true })], 480),
    centred(textRuns(title, { size: SIZE.title, bold: true })),
    ruleLine(Math.round(Math.min(width, estimateWidth(title, SIZE.title, false)) * 0.4), width),
    new Paragraph({ children: [], spacing: { before: 0, after: 120 } }),
  ];
  const body = bulk.add(() => bodyXml(reportBlocks(report, templates, view.text), layout));
  const document = documentOf(view, layout, [mainSection(view, templates, layout, heading, body), reportAppendix(report, view, templates, layout)], title);
  return packageDocx(await docxParts(document), documentDate({ date }, sourceDateEpoch), bulk);
}

/** The body: the counts, then each task in the plan's order with its state, result, evidence and difficulties. */
export function reportBlocks(report: ProgressReport, templates: Templates, text: (value: string) => string): Block[] {
  // Every text of the plan or the entries as the plan prints it: references [#id] resolved.
  const paragraph = (value: string): Block => ({ kind: 'paragraph', level: 0, bold: false, text: text(value) });
  const blocks: Block[] = [
    { kind: 'heading', level: 1, bold: true, text: `I. ${templates.phrase('report-heading-results')}` },
    paragraph(templates.phrase('report-data-span', { from: writeDate(report.data.from), to: writeDate(report.data.to) })),
    paragraph(templates.phrase('report-counts', report)),
  ];
  for (const item of report.tasks) {
    // The day done prints only when, as of the cut-off, it was done: a later day is not yet news.
    const done = (item.state === 'hoan-thanh-dung-han' || item.state === 'hoan-thanh-qua-han') && item.entry?.done?.day ? item.entry.done.day : null;
    // A row continuing the task above adds its result under that task's heading, not a heading of its own.
    if (!item.task.continues) blocks.push({ kind: 'heading', level: 2, bold: true, text: templates.phrase('report-task-heading', { label: item.label, content: text(item.content) }) });
    blocks.push(paragraph(templates.phrase('report-task-result', { state: item.state, result: item.entry?.result ?? '', done: done ? writeDate(done) : '' })));
    if (item.entry && item.entry.evidence.length > 0) blocks.push(paragraph(templates.phrase('report-task-evidence', { evidence: item.entry.evidence })));
    if (item.entry?.difficulties) blocks.push(paragraph(templates.phrase('report-task-difficulties', { difficulties: item.entry.difficulties })));
    // Its steps that were reported on: each a "-" line with its state and result.
    for (const step of report.steps.filter((s) => s.task === item.task)) {
      const stepDone = (step.state === 'hoan-thanh-dung-han' || step.state === 'hoan-thanh-qua-han') && step.entry?.done?.day ? writeDate(step.entry.done.day) : '';
      blocks.push({ kind: 'dash', level: 0, bold: false, text: templates.phrase('report-step-result', { label: step.label, content: text(step.content), state: step.state, result: step.entry?.result ?? '', done: stepDone }) });
    }
  }
  // The parts written in words, numbered on from I. in the order they come; a part left out prints nothing.
  const parts = [
    ['report-heading-assessment', report.words?.assessment ?? []],
    ['report-heading-shortcomings', report.words?.shortcomings ?? []],
    ['report-heading-direction', report.words?.direction ?? []],
    ['report-heading-proposals', report.words?.proposals ?? []],
  ] as const;
  let number = 1;
  for (const [phrase, paragraphs] of parts) {
    if (paragraphs.length === 0) continue;
    blocks.push({ kind: 'heading', level: 1, bold: true, text: `${toRoman(++number)}. ${templates.phrase(phrase)}` }, ...paragraphs.map(paragraph));
  }
  return blocks;
}

/** A day in running text as Nghị định 30 writes dates: "05/12/2023", "14/6/2023". */
function writeDate(day: Day): string {
  return `${nd30Day(day.day)}/${nd30Month(day.month)}/${day.year}`;
}
