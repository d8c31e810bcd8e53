import type { Paragraph } from 'docx';
import type { GridTable } from '../grid-table.js';
import type { BulkXml } from './bulk-xml.js';
import { fitTable } from './column-widths.js';
import { tableXml } from './table-xml.js';

/** A table as a native Word table across `width` twips, its columns sized from what they hold; returns it and its text size. */
export function gridTableXml(table: GridTable, width: number, bulk: BulkXml): { table: Paragraph; size: number; tooNarrow: number[] } {
  const fit = fitted(table, width);
  return { table: bulk.add(() => written(fit, () => tableXml(fit.widths, table.header, table.rows, fit.size))), size: fit.size, tooNarrow: fit.tooNarrow };
}

/**
 * The table's XML, kept as it is first written and given again after: with `--appendix-files` an
 * appendix's table goes into two documents, and writing it twice took a build at the limits past
 * 10 s. Kept for the fitted table it was written from, so it goes with it.
 */
function* written(fit: ReturnType<typeof fitTable>, write: () => Iterable<string>): Generator<string> {
  const kept = WRITTEN.get(fit);
  if (kept) {
    yield* kept;
    return;
  }
  const pieces: string[] = [];
  for (const piece of write()) {
    pieces.push(piece);
    yield piece;
  }
  WRITTEN.set(fit, pieces);
}

const WRITTEN = new WeakMap<ReturnType<typeof fitTable>, string[]>();

/** The table's columns fitted to a width, measured once per table and width (an appendix is laid out twice with `--appendix-files`). */
function fitted(table: GridTable, width: number): ReturnType<typeof fitTable> {
  let byWidth = FITTED.get(table);
  if (!byWidth) FITTED.set(table, (byWidth = new Map()));
  let fit = byWidth.get(width);
  if (!fit) byWidth.set(width, (fit = fitTable(table, width)));
  return fit;
}

const FITTED = new WeakMap<GridTable, Map<number, ReturnType<typeof fitTable>>>();
