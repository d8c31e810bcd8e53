import { AlignmentType, BorderStyle, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType, type ISectionOptions } from 'docx';
import { centred } from '../render/docx/header-block.js';
import { A4, mm, textWidth, type Layout } from '../render/docx/layout.js';
import { pageNumberHeaders } from '../render/docx/page-number.js';
import { estimateWidth, ruleLine } from '../render/docx/rule-line.js';
import { plainRun, textRuns } from '../render/docx/text-runs.js';
import type { Templates } from '../render/templates.js';
import type { PlanView } from '../render/view.js';
import type { ProgressReport } from './build-report.js';
import { reportTable } from './report-view.js';

/** "Phụ lục", its title and the "(Kèm theo ...)" line: 14 pt (Phụ lục I, mục III.1 and the size table of mục V). */
const CAPTION_SIZE = 14;
/** Table text: Nghị định 30 leaves it open; 12 pt as the plan's appendix tables (UNCONFIRMED practice). */
const TABLE_SIZE = 12;
/** Column shares of the table's width: STT, task, lead, deadline, state, result. */
const SHARES = [5, 30, 15, 11, 12, 27];

/**
 * The report's appendix (Phụ lục I, mục III.1): its own landscape section, page numbers from 1,
 * "Phụ lục", the title in capitals, the italic "(Kèm theo Báo cáo số ...)" line, then a table of
 * every task: STT, task, lead, deadline, state, result. The header row repeats on every page and
 * no row splits across pages.
 */
export function reportAppendix(report: ProgressReport, view: PlanView, templates: Templates, layout: Layout): ISectionOptions {
  const width = textWidth(layout, 'landscape');
  const widths = SHARES.map((share) => Math.floor((width * share) / 100));
  const title = templates.phrase('report-appendix-title', { period: report.period }).toLocaleUpperCase('vi-VN');
  const { header, rows } = reportTable(report, view, templates);
  return {
    properties: {
      titlePage: true,
      page: {
        // docx swaps width and height itself for landscape: the portrait sizes are given.
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
        margin: { top: mm(layout.marginTop), bottom: mm(layout.marginBottom), left: mm(layout.marginLeft), right: mm(layout.marginRight), header: mm(10), footer: mm(10) },
        pageNumbers: { start: 1 },
      },
    },
    headers: pageNumberHeaders(),
    children: [
      centred([plainRun(templates.phrase('appendix-label', { label: '' }), { size: CAPTION_SIZE, bold: true })]),
      centred(textRuns(title, { size: CAPTION_SIZE, bold: true })),
      centred([plainRun(templates.phrase('report-attachment', view), { size: CAPTION_SIZE, italic: true })]),
      ruleLine(Math.round(Math.min(width, estimateWidth(title, CAPTION_SIZE, true)) * 0.3), width),
      centred([], 120),
      table(widths, header, rows),
      // The section's properties go into its last paragraph, which must not be the table.
      centred([]),
    ],
  };
}

function table(widths: number[], header: string[], rows: string[][]): Table {
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const cell = (text: string, i: number, bold: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      children: [
        new Paragraph({
          alignment: bold || i === 0 || i === 3 ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { before: 40, after: 40 },
          children: textRuns(text, { size: TABLE_SIZE, bold }),
        }),
      ],
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((text, i) => cell(text, i, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, false)) })),
    ],
  });
}
