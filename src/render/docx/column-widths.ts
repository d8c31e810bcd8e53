import type { GridCell, GridTable } from '../grid-table.js';
import { mm } from './layout.js';
import { emToTwips, measureText, widthForLines } from './text-metrics.js';

/** Left and right padding of every cell (tblCellMar in table-xml.ts). */
export const CELL_MARGIN = mm(1.5);
/** Slack per cell for rounding in the client's own line breaking: a word that fits by a hair may still wrap. */
const SLACK = 30;
/** A header may take this many lines before its column asks for more room than its cells need. */
const HEADER_LINES = 3;
/** A header is set on no more lines than this (wrapped as a word processor wraps it) while the table has the room: "Theo / dõi, / kiểm / tra, đôn / đốc" read badly. */
const HEADER_MOST_LINES = 3;
/**
 * Table text sizes to try, points: 12 first (practice for appendix tables, UNCONFIRMED: Nghị định
 * 30 sets no size for tables); a table whose longest words do not fit at 12 pt is set smaller
 * rather than broken mid-word.
 */
export const TABLE_TEXT_SIZES = [12, 11, 10] as const;

export interface ColumnWidths {
  /** Text size the table is set in, points. */
  size: number;
  /** Twips per column, summing to the width given. */
  widths: number[];
  /** Columns narrower than their widest word even at the smallest size: the table cannot fit the page. */
  tooNarrow: number[];
}

/** The largest size at which every column holds its widest word, with the widths at that size. */
export function fitTable(table: GridTable, total: number): ColumnWidths {
  const measured = measureGrid(table);
  let fitted: ColumnWidths | undefined;
  // Larger text first; at each size, headers on at most HEADER_MOST_LINES lines if there is room.
  for (const size of TABLE_TEXT_SIZES) {
    for (const headerLines of [true, false]) {
      fitted = widthsAt(measured, table, total, size, headerLines);
      if (fitted.tooNarrow.length === 0) return fitted;
    }
  }
  return fitted!;
}

/** Column widths at one size (see widthsAt). */
export function columnWidths(table: GridTable, total: number, sizePt: number): ColumnWidths {
  return widthsAt(measureGrid(table), table, total, sizePt, true);
}

/** What each column's cells need, in thousandths of an em (widths scale with the size). */
interface Measured {
  /** The widest word of each column. */
  least: number[];
  /** The same, or more where a header needs it to stay within HEADER_MOST_LINES lines. */
  leastWithHeaders: number[];
  most: number[];
  spanning: { first: number; span: number; word: number }[];
}

function measureGrid(table: GridTable): Measured {
  const count = table.columns.length;
  const least = new Array<number>(count).fill(0);
  const leastWithHeaders = new Array<number>(count).fill(0);
  const most = new Array<number>(count).fill(0);
  const spanning: Measured['spanning'] = [];
  const measure = (row: readonly GridCell[], isHeader: boolean) => {
    let column = 0;
    for (const cell of row) {
      const span = cell.span ?? 1;
      if (cell.text !== '') {
        const { line, word } = measureText(cell.text, cell.bold ?? false);
        if (span > 1) {
          if (isHeader) spanning.push({ first: column, span, word });
        } else {
          if (word > least[column]!) least[column] = word;
          const needs = isHeader ? Math.max(word, widthForLines(cell.text, HEADER_MOST_LINES, cell.bold ?? false)) : word;
          if (needs > leastWithHeaders[column]!) leastWithHeaders[column] = needs;
          const wants = isHeader ? Math.max(word, line / HEADER_LINES) : line;
          if (wants > most[column]!) most[column] = wants;
        }
      }
      column += span;
    }
  };
  for (const row of table.header) measure(row, true);
  for (const row of table.rows) measure(row, false);
  return { least, leastWithHeaders, most, spanning };
}

/**
 * Column widths from what the cells hold, filling `total` twips: no column is narrower than its
 * widest unbreakable word (a date, "STT", a unit's abbreviation) so nothing breaks mid-word; room
 * left over goes to the columns with the most text, as a browser lays out an automatic table.
 * A header over several columns keeps its widest word whole across them; body cells spanning
 * columns (group rows) size no column.
 */
function widthsAt(measured: Measured, table: GridTable, total: number, sizePt: number, headerLines: boolean): ColumnWidths {
  const twips = (units: number) => emToTwips(units, sizePt);
  const pad = 2 * CELL_MARGIN + SLACK;
  const least = headerLines ? measured.leastWithHeaders : measured.least;
  // Narrow columns (a timeline's months) are all as wide as the widest of them, so the grid is even.
  const narrowest = Math.max(0, ...least.filter((_, i) => table.columns[i]!.narrow));
  const min = least.map((w, i) => twips(table.columns[i]!.narrow ? narrowest : w) + pad);
  for (const { first, span, word } of measured.spanning) {
    const covered = sum(min.slice(first, first + span));
    const need = twips(word) + pad;
    if (covered < need) for (let i = first; i < first + span; i++) min[i]! += (need - covered) / span;
  }
  // A column's ideal width is its longest text on one line, but never more than the page.
  const max = measured.most.map((w, i) => (table.columns[i]!.narrow ? min[i]! : Math.max(min[i]!, Math.min(twips(w) + pad, total))));
  const sumMin = sum(min);
  const sumMax = sum(max);
  let widths: number[];
  if (sumMin > total) {
    // Too wide whatever is done: the columns that fit keep their width, and only the widest give way
    // (down to one width they share), so one long word does not squeeze "STT" out of its column.
    const cap = sharedCap(min, total);
    widths = min.map((w) => Math.min(w, cap));
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
  return { size: sizePt, widths: whole, tooNarrow: whole.flatMap((w, i) => (w < Math.floor(min[i]!) ? [i] : [])) };
}

/** The width w at which columns no wider than w keep theirs and the rest get w, filling `total`. */
function sharedCap(min: readonly number[], total: number): number {
  const sorted = [...min].sort((a, b) => a - b);
  let used = 0;
  for (let i = 0; i < sorted.length; i++) {
    const cap = (total - used) / (sorted.length - i);
    if (cap <= sorted[i]!) return cap;
    used += sorted[i]!;
  }
  return sorted[sorted.length - 1]!;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
