import { AlignmentType, BorderStyle, LineRuleType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import { mm } from './layout.js';
import { textRuns } from './text-runs.js';

/** Table text size, points: Nghị định 30 leaves it open; 12-13 pt is practice (UNCONFIRMED). */
export const TABLE_TEXT_SIZE = 12;

/** One cell of a grid table. */
export interface GridCell {
  text: string;
  bold?: boolean;
  align?: 'left' | 'center';
  /** Columns the cell spans (a group row spans them all). */
  span?: number;
  /** Background fill, hex RGB. */
  fill?: string;
  /** Text colour, hex RGB (white on a dark fill). */
  color?: string;
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/**
 * A bordered table whose first row is the header, repeated on every page (`tblHeader` on that
 * row only), and whose rows never split across pages (`cantSplit`). `widths` must sum to the
 * text width, so the table fills the page exactly.
 */
export function gridTable(widths: readonly number[], header: readonly GridCell[], rows: readonly GridCell[][]): Table {
  const row = (cells: readonly GridCell[], isHeader: boolean) => {
    let column = 0;
    return new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: cells.map((cell) => {
        const span = cell.span ?? 1;
        const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
        column += span;
        return new TableCell({
          width: { size: width, type: WidthType.DXA },
          columnSpan: span > 1 ? span : undefined,
          verticalAlign: VerticalAlign.CENTER,
          shading: cell.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: cell.fill } : undefined,
          children: [
            new Paragraph({
              alignment: cell.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
              spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO },
              children: textRuns(cell.text, { size: TABLE_TEXT_SIZE, bold: cell.bold ?? isHeader, color: cell.color }),
            }),
          ],
        });
      }),
    });
  };
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    margins: { top: 0, bottom: 0, left: mm(1.5), right: mm(1.5) },
    rows: [row(header, true), ...rows.map((cells) => row(cells, false))],
  });
}

/** Splits `total` twips by weights; the last column takes the rounding so the sum is exact. */
export function splitWidths(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}
