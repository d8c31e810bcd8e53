import { AlignmentType, LineRuleType, type IParagraphStyleOptions } from 'docx';
import { pt, type Layout } from './layout.js';
import { TABLE_TEXT_SIZES } from './column-widths.js';

/**
 * Paragraph styles the bulk of a document refers to by id, instead of repeating the same
 * properties in every paragraph: a 5,000-task plan has some 200,000 table cells, and their
 * spacing written out each time was a quarter of document.xml. A clerk who edits the .docx also
 * finds the body and the table text as named styles in Word's style list.
 */
export const STYLE = {
  body: 'PlanBody',
  tableText: 'PlanTableText',
} as const;

/**
 * Table text size, points, the table text style's: Nghị định 30 leaves it open; 12-13 pt is
 * practice (UNCONFIRMED). A table set smaller to fit its page says its size in each run.
 */
export const TABLE_STYLE_SIZE = TABLE_TEXT_SIZES[0];

/** cm to twips. */
function cm(value: number): number {
  return Math.round((value * 1440) / 2.54);
}

/** The styles, from the plan's layout (a plan may set its own spacing and indent). */
export function paragraphStyles(layout: Layout): IParagraphStyleOptions[] {
  return [
    {
      // Phụ lục I, mục II.6.e: justified, first-line indent, at least 6 pt between paragraphs, single to 1.5 lines.
      id: STYLE.body,
      name: 'Nội dung kế hoạch',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: {
        spacing: { before: layout.paragraphSpacing * 20, after: 0, line: Math.round(240 * layout.lineSpacing), lineRule: LineRuleType.AUTO },
        indent: { firstLine: cm(layout.firstLineIndent) },
        alignment: AlignmentType.JUSTIFIED,
      },
    },
    {
      // Table text: 2 pt above and below, single lines (practice; Nghị định 30 leaves tables open). Left unless the cell says otherwise.
      id: STYLE.tableText,
      name: 'Chữ trong bảng',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO } },
      run: { size: pt(TABLE_STYLE_SIZE) },
    },
  ];
}
