import type { GridCell, GridTable } from '../grid-table.js';
import { mm } from './layout.js';
import { textWidthTwips, widestWordTwips } from './text-metrics.js';

/** Left and right padding of every cell (tblCellMar in table-xml.ts). */
export const CELL_MARGIN = mm(1.5);
/** Slack per cell for rounding in the client's own line breaking: a word that fits by a hair may still wrap. */
const SLACK = 30;

export interface ColumnWidths {
  /** Twips per column, summing to the width given. */
  widths: number[];
  /** Columns narrower than their widest word or header word: the table cannot fit the page. */
  tooNarrow: number[];
}

/**
 * Column widths from what the cells hold, filling `total` twips: no column is narrower than its
 * widest unbreakable word (a date, "STT", a unit's abbreviation) so nothing breaks mid-word; room
 * left over goes to the columns with the most text, as a browser lays out an automatic table.
 * Cells spanning columns (group rows, a header over sub-columns) do not size single columns.
 */
export function columnWidths(table: GridTable, total: number, sizePt: number): ColumnWidths {
  const count = table.columns.length;
  const least = new Array<number>(count).fill(0);
  const most = new Array<number>(count).fill(0);
  const measure = (row: readonly GridCell[]) => {
    let column = 0;
    for (const cell of row) {
      const span = cell.span ?? 1;
      if (span === 1 && cell.text !== '') {
        const bold = cell.bold ?? false;
        least[column] = Math.max(least[column]!, widestWordTwips(cell.text, sizePt, bold));
        most[column] = Math.max(most[column]!, textWidthTwips(cell.text, sizePt, bold));
      }
      column += span;
    }
  };
  table.header.forEach(measure);
  table.rows.forEach(measure);
  const pad = 2 * CELL_MARGIN + SLACK;
  // Narrow columns (a timeline's months) are all as wide as the widest of them, so the grid is even.
  const narrowest = Math.max(0, ...least.filter((_, i) => table.columns[i]!.narrow));
  const min = least.map((w, i) => (table.columns[i]!.narrow ? narrowest : w) + pad);
  // A column's ideal width is its longest text on one line, but never more than the page.
  const max = most.map((w, i) => (table.columns[i]!.narrow ? min[i]! : Math.max(min[i]!, Math.min(w + pad, total))));
  const sumMin = sum(min);
  const sumMax = sum(max);
  let widths: number[];
  if (sumMin > total) {
    widths = min.map((w) => (w * total) / sumMin);
  } else if (sumMax <= total) {
    // Everything fits on one line: share the spare room by text length, narrow columns keep theirs.
    const grow = max.map((w, i) => (table.columns[i]!.narrow ? 0 : w));
    const weight = sum(grow) || 1;
    widths = max.map((w, i) => w + ((total - sumMax) * grow[i]!) / weight);
  } else {
    const ratio = (total - sumMin) / (sumMax - sumMin);
    widths = min.map((w, i) => w + (max[i]! - w) * ratio);
  }
  const whole = widths.map(Math.floor);
  whole[whole.length - 1]! += total - sum(whole);
  return { widths: whole, tooNarrow: whole.flatMap((w, i) => (w < min[i]! - SLACK ? [i] : [])) };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
