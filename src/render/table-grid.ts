import { toRoman } from '../model/roman.js';
import { leafColumns } from '../model/table.js';
import type { CellValue, TableColumnSpec, TableRowSpec, TableSpec } from '../model/types.js';
import { headerRows, totalRow, type GridCell, type GridTable, type HeaderNode } from './grid-table.js';
import { formatNumber } from './number-format.js';
import type { PlanView } from './view.js';

/** The field of the computed STT column ("Số thứ tự"). */
export const STT = 'stt';

/**
 * A table written directly, ready to print: merged header rows from the column tree; STT
 * computed (groups I, II; rows 1, 2, 3, restarting in each group unless numbering is flat;
 * sub-rows 3.1, 3.2); a row's own cells merged down its continuation lines; the total row.
 */
export function tableGrid(spec: TableSpec, view: PlanView): GridTable {
  const leaves = leafColumns(spec.columns);
  const rows: GridCell[][] = [];
  const cellText = (column: TableColumnSpec, value: CellValue | undefined): string =>
    value === undefined ? '' : typeof value === 'number' ? (column.type === 'number' ? formatNumber(value) : String(value)) : cellParagraphs(value, view);
  const align = (column: TableColumnSpec): GridCell['align'] => column.align ?? (column.field === STT ? 'center' : column.type === 'number' ? 'right' : 'left');

  const emit = (row: TableRowSpec & { kind: 'row' }, number: string): void => {
    const lines = Math.max(1, row.lines.length);
    for (let line = 0; line < lines; line++) {
      rows.push(
        leaves.map((column): GridCell => {
          const field = column.field!;
          const own = field === STT || field in row.cells;
          if (own && line > 0) return { text: '', merge: 'continue' };
          const value = own ? (field === STT ? (row.cells[STT] ?? number) : row.cells[field]) : row.lines[line]?.[field];
          return { text: cellText(column, value), align: align(column), ...(own && lines > 1 ? { merge: 'restart' as const } : {}) };
        }),
      );
    }
    let sub = 0;
    for (const child of row.rows) if (child.kind === 'row') emit(child, `${number}.${++sub}`);
  };

  let groups = 0;
  let count = 0;
  for (const row of spec.rows) {
    if (row.kind === 'group') {
      groups++;
      if (spec.numbering === 'groups') count = 0;
      rows.push(groupRow(leaves, toRoman(groups), view.text(row.title)));
    } else {
      emit(row, String(++count));
    }
  }
  if (spec.total !== null) rows.push(totalRow(leaves.map((c) => ({ stt: c.field === STT, sum: c.total ? numbersOf(spec.rows, c.field!) : null, align: align(c) })), view.text(spec.total)));
  return {
    columns: leaves.map((c) => ({ name: view.text(c.header) })),
    header: headerRows(spec.columns.map((c) => headerNode(c, view))),
    rows,
    notes: spec.notes.map((note) => view.text(note)),
  };
}

function headerNode(column: TableColumnSpec, view: PlanView): HeaderNode {
  return { text: view.text(column.header), children: column.columns.map((c) => headerNode(c, view)) };
}

/** A group row: its numeral under STT and its title across the rest, bold; across the whole table when there is no STT. */
function groupRow(leaves: readonly TableColumnSpec[], numeral: string, title: string): GridCell[] {
  if (leaves[0]?.field !== STT || leaves.length === 1) return [{ text: `${numeral}. ${title}`, bold: true, span: leaves.length }];
  return [{ text: numeral, bold: true, align: 'center' }, { text: title, bold: true, span: leaves.length - 1 }];
}

/** Every number a column holds: in rows, their continuation lines and sub-rows. */
export function numbersOf(rows: readonly TableRowSpec[], field: string): number[] {
  return rows.flatMap((row) =>
    row.kind === 'group' ? [] : [row.cells[field], ...row.lines.map((line) => line[field]), ...numbersOf(row.rows, field)].filter((v): v is number => typeof v === 'number'),
  );
}

/** A cell's text; a cell written as a list prints each item as a paragraph of its own ("\\n" between them in a GridCell). */
export function cellParagraphs(value: string | string[], view: PlanView): string {
  return typeof value === 'string' ? view.text(value) : value.map((line) => view.text(line)).join('\n');
}
