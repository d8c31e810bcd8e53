import { formatNumber, sumNumbers } from './number-format.js';

/**
 * A table as both writers print it (the .docx and the Markdown review): header rows and body rows
 * of cells, the same for task appendices, timelines and tables written directly.
 */
export interface GridCell {
  text: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  /** Columns the cell spans (a group row spans them all). */
  span?: number;
  /** A cell merged with the cells below it ("restart") or with the one above it ("continue"). */
  merge?: 'restart' | 'continue';
  /** Background fill, hex RGB. */
  fill?: string;
  /** Text colour, hex RGB (white on a dark fill). */
  color?: string;
}

export interface GridColumn {
  /** The column's header, to name it in a message. */
  name: string;
  /** As narrow as its content allows, never wider (a timeline's month); others share the rest. */
  narrow?: boolean;
}

export interface GridTable {
  columns: GridColumn[];
  /** Header rows, repeated on every page. */
  header: GridCell[][];
  rows: GridCell[][];
  /** Paragraphs printed under the table ("Ghi chú: ..."). */
  notes: string[];
  /** A timeline's key to its marks, printed under it in italics. */
  legend?: string;
}

/** A header of a column, over the headers of its sub-columns when it has any. */
export interface HeaderNode {
  text: string;
  children: HeaderNode[];
}

/**
 * The header rows of columns given as a tree: a column with sub-columns spans them on its row, a
 * column without reaches down to the last header row (merged cells, as "Chỉ tiêu / Năm 2024").
 */
export function headerRows(nodes: readonly HeaderNode[]): GridCell[][] {
  const depth = Math.max(...nodes.map(depthOf));
  const rows: GridCell[][] = Array.from({ length: depth }, () => []);
  const place = (node: HeaderNode, level: number): void => {
    if (node.children.length > 0) {
      rows[level]!.push({ text: node.text, bold: true, align: 'center', span: leavesOf(node) });
      for (const child of node.children) place(child, level + 1);
      return;
    }
    rows[level]!.push({ text: node.text, bold: true, align: 'center', ...(level < depth - 1 ? { merge: 'restart' as const } : {}) });
    for (let below = level + 1; below < depth; below++) rows[below]!.push({ text: '', merge: 'continue' });
  };
  for (const node of nodes) place(node, 0);
  return rows;
}

function depthOf(node: HeaderNode): number {
  return 1 + Math.max(0, ...node.children.map(depthOf));
}

function leavesOf(node: HeaderNode): number {
  return node.children.length === 0 ? 1 : node.children.reduce((sum, child) => sum + leavesOf(child), 0);
}

/** A column as the total row sees it: the STT column, or a column whose numbers it adds (null: not summed). */
export interface TotalColumn {
  stt: boolean;
  sum: number[] | null;
  align: GridCell['align'];
}

/**
 * The total row of any table: its words in the first column after STT that is not summed, else
 * under STT (rule table-cells reports a table with neither), and each summed column's total, bold.
 */
export function totalRow(columns: readonly TotalColumn[], label: string): GridCell[] {
  const after = columns.findIndex((c) => !c.stt && c.sum === null);
  const labelAt = after >= 0 ? after : columns.findIndex((c) => c.stt);
  return columns.map((column, i): GridCell => {
    if (i === labelAt) return { text: label, bold: true, align: 'center' };
    if (column.sum === null) return { text: '' };
    const total = sumNumbers(column.sum);
    return { text: formatNumber(total.value, total.decimals), bold: true, align: column.align };
  });
}
