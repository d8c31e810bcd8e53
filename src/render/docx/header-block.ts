import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Templates } from '../templates.js';
import type { PlanView } from '../view.js';
import { HEADER_LEFT_WIDTH, MOTTO_SLACK, MOTTO_WIDTH_13PT, NATIONAL_NAME_SLACK, NATIONAL_NAME_WIDTH_12PT, SIZE } from './layout.js';
import { estimateWidth, ruleLine } from './rule-line.js';
import { plainRun, textRuns } from './text-runs.js';

/**
 * The header block (Phụ lục I, mục II.1-II.4; Phụ lục III, Mẫu 1.4): a borderless two-column
 * table. Left: superior body, issuing body with a short line under it; right: Quốc hiệu and Tiêu
 * ngữ with a line as long as the Tiêu ngữ. The second row holds "Số" and the place and date, so
 * they share a line as mục II.4 requires.
 */
export function headerBlock(view: PlanView, templates: Templates, width: number): Table {
  // The left cell gives way when the margins leave the Quốc hiệu too little room.
  const right = Math.max(width - HEADER_LEFT_WIDTH, Math.round((NATIONAL_NAME_WIDTH_12PT * SIZE.nationalName) / 12) + NATIONAL_NAME_SLACK);
  const left = width - right;
  // mục II.2: the line is as long as 1/3 to 1/2 of the issuing body's (last) line.
  const issuerWidth = Math.min(left, estimateWidth(view.issuer.name[view.issuer.name.length - 1] ?? '', SIZE.issuer, true));
  const mottoSide = Math.round((right - MOTTO_WIDTH_13PT - MOTTO_SLACK) / 2);
  return borderlessTable(
    [left, right],
    [
      [
        [
          // mục II.2: the superior body not bold, the issuing body bold, each on the lines the plan gives.
          ...view.issuer.superior.map((line) => centred(textRuns(line, { size: SIZE.superior, allCaps: true }))),
          ...view.issuer.name.map((line) => centred(textRuns(line, { size: SIZE.issuer, bold: true, allCaps: true }))),
          ruleLine(Math.round(issuerWidth * 0.4), left),
        ],
        [
          centred([plainRun(templates.phrase('national-name'), { size: SIZE.nationalName, bold: true })]),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            indent: { left: mottoSide, right: mottoSide },
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
            spacing: single(),
            children: [plainRun(templates.phrase('motto'), { size: SIZE.motto, bold: true })],
          }),
        ],
      ],
      [
        [centred([plainRun(templates.phrase('number', view), { size: SIZE.number })], 120)],
        [centred([plainRun(templates.phrase('place-date', view), { size: SIZE.placeDate, italic: true })], 120)],
      ],
    ],
  );
}

/** A centred, single-spaced paragraph. */
export function centred(children: ReturnType<typeof plainRun>[], before = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: single(before), children });
}

export function single(before = 0) {
  return { before, after: 0, line: 240, lineRule: LineRuleType.AUTO };
}

/** A table with no borders, fixed column widths and no cell margins, for page furniture; rows never split. */
export function borderlessTable(widths: number[], rows: Paragraph[][][]): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map((children, i) => new TableCell({ width: { size: widths[i]!, type: WidthType.DXA }, children })),
        }),
    ),
  });
}

