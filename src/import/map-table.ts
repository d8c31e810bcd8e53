import { IdPool } from './ids.js';
import type { SourceCell, SourceTable } from './source-lines.js';

/** A column of a table as table.schema.json writes it. */
interface YamlColumn {
  field?: string;
  header: string;
  columns?: YamlColumn[];
}

/** A cell's value: one paragraph as a text, several as a list, none left out. */
function cellValue(cell: SourceCell | undefined): string | string[] | undefined {
  const paragraphs = cell?.paragraphs.filter((p) => p !== '') ?? [];
  if (paragraphs.length === 0) return undefined;
  return paragraphs.length === 1 ? paragraphs[0]! : paragraphs;
}

/** Cells laid on the grid: a cell spanning n columns fills the first and leaves the rest empty. */
function gridRow(row: readonly SourceCell[]): (SourceCell | undefined)[] {
  return row.flatMap((cell) => [cell, ...Array.from({ length: cell.colSpan - 1 }, () => undefined)]);
}

/**
 * A table as written directly (table.schema.json): the first row's cells are the headers, a
 * header spanning columns heads the second row's cells under it; every other row is cells by
 * column. A cell merged into the one above keeps its text there and is left empty below.
 */
export function tableSpec(table: SourceTable): { columns: YamlColumn[]; rows: Record<string, unknown>[] } {
  const ids = new IdPool();
  const field = (header: string) => {
    const id = ids.take(header || 'cot', 4);
    return id === 'stt' ? ids.take('stt cot') : id;
  };
  const first = table.rows[0] ?? [];
  const spans = first.some((c) => c.colSpan > 1) && table.rows.length > 1;
  const second = spans ? gridRow(table.rows[1]!) : [];
  const columns: YamlColumn[] = [];
  const fields: string[] = [];
  let at = 0;
  for (const cell of first) {
    const header = cell.paragraphs.join(' ') || ' ';
    if (cell.colSpan > 1 && spans) {
      const sub: YamlColumn[] = [];
      for (let k = 0; k < cell.colSpan; k++) {
        const subHeader = second[at + k]?.paragraphs.join(' ') || ' ';
        const id = field(subHeader);
        fields.push(id);
        sub.push({ field: id, header: subHeader });
      }
      columns.push({ header, columns: sub });
    } else {
      const id = field(header);
      fields.push(id);
      for (let k = 1; k < cell.colSpan; k++) fields.push('');
      columns.push({ field: id, header });
    }
    at += cell.colSpan;
  }
  const rows = table.rows.slice(spans ? 2 : 1).map((row) => {
    const out: Record<string, unknown> = {};
    gridRow(row).forEach((cell, i) => {
      const value = cell?.continued ? undefined : cellValue(cell);
      if (value !== undefined && fields[i]) out[fields[i]!] = value;
    });
    return out;
  });
  return { columns, rows: rows.length > 0 ? rows : [{}] };
}

/** A table of the body as an outline block. */
export function tableBlock(table: SourceTable): Record<string, unknown> {
  return { table: tableSpec(table) };
}
