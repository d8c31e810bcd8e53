import type { Paragraph } from 'docx';
import type { GridTable } from '../grid-table.js';
import type { BulkXml } from './bulk-xml.js';
import { fitTable } from './column-widths.js';
import { tableXml } from './table-xml.js';

/** A table as a native Word table across `width` twips, its columns sized from what they hold; returns it and its text size. */
export function gridTableXml(table: GridTable, width: number, bulk: BulkXml): { table: Paragraph; size: number; tooNarrow: number[] } {
  const { widths, size, tooNarrow } = fitTable(table, width);
  return { table: bulk.add(() => tableXml(widths, table.header, table.rows, size)), size, tooNarrow };
}
