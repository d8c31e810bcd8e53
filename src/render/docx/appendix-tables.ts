import type { Paragraph } from 'docx';
import type { GridTable } from '../grid-table.js';
import type { BulkXml } from './bulk-xml.js';
import { columnWidths } from './column-widths.js';
import { TABLE_TEXT_SIZE, tableXml } from './table-xml.js';

/** A table as a native Word table across `width` twips, its columns sized from what they hold. */
export function gridTableXml(table: GridTable, width: number, bulk: BulkXml): Paragraph {
  const { widths } = columnWidths(table, width, TABLE_TEXT_SIZE);
  return bulk.add(() => tableXml(widths, table.header, table.rows));
}
