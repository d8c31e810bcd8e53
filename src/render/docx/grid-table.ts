import { Paragraph, TextRun } from 'docx';
import { parseInline } from '../inline.js';
import { mm, pt } from './layout.js';
import { escapeXml } from './xml-text.js';

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

/**
 * Appendix tables written as WordprocessingML text rather than docx objects. An appendix of a
 * large plan has tens of thousands of cells; built as docx objects they took most of the build's
 * time and memory (measured in bench/: 1,000 tasks, 3.5 of 7.6 s and ~600 MB). The document is
 * still built by docx around a placeholder paragraph per table, which `normaliseDocx` swaps for
 * this XML after packing.
 */
export class BulkTables {
  private readonly tables: string[] = [];

  /** A placeholder paragraph standing for the table until the package is normalised. */
  add(widths: readonly number[], header: readonly GridCell[], rows: readonly GridCell[][]): Paragraph {
    const token = `${BulkTables.TOKEN}${this.tables.length}]]`;
    this.tables.push(tableXml(widths, header, rows));
    return new Paragraph({ children: [new TextRun(token)] });
  }

  /** Replaces every placeholder paragraph of a document.xml with its table. */
  fill(documentXml: string): string {
    if (this.tables.length === 0) return documentXml;
    const parts: string[] = [];
    let from = 0;
    for (;;) {
      const at = documentXml.indexOf(BulkTables.TOKEN, from);
      if (at < 0) break;
      const start = documentXml.lastIndexOf('<w:p>', at);
      const end = documentXml.indexOf('</w:p>', at) + '</w:p>'.length;
      const index = Number(documentXml.slice(at + BulkTables.TOKEN.length, documentXml.indexOf(']]', at)));
      parts.push(documentXml.slice(from, start), this.tables[index]!);
      from = end;
    }
    parts.push(documentXml.slice(from));
    return parts.join('');
  }

  static readonly TOKEN = '[[plan-table-';
}

const BORDER = 'w:val="single" w:color="000000" w:sz="4"';
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join('');
const PARAGRAPH = (align: string) => `<w:pPr><w:spacing w:after="40" w:before="40" w:line="240" w:lineRule="auto"/><w:jc w:val="${align}"/></w:pPr>`;

/**
 * A bordered, fixed-layout table whose first row is the header, repeated on every page
 * (`tblHeader` on that row only), and whose rows never split across pages (`cantSplit`).
 * `widths` must sum to the text width, so the table fills the page exactly.
 */
export function tableXml(widths: readonly number[], header: readonly GridCell[], rows: readonly GridCell[][]): string {
  const total = widths.reduce((a, b) => a + b, 0);
  const margin = mm(1.5);
  const out: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/><w:tblBorders>${BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>`,
    `<w:tblCellMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="${margin}"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="${margin}"/></w:tblCellMar></w:tblPr>`,
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    rowXml(widths, header, true),
  ];
  for (const row of rows) out.push(rowXml(widths, row, false));
  out.push('</w:tbl>');
  return out.join('');
}

function rowXml(widths: readonly number[], cells: readonly GridCell[], isHeader: boolean): string {
  let column = 0;
  const out = [`<w:tr><w:trPr><w:cantSplit/>${isHeader ? '<w:tblHeader/>' : ''}</w:trPr>`];
  for (const cell of cells) {
    const span = cell.span ?? 1;
    const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
    column += span;
    const shading = cell.fill ? `<w:shd w:fill="${cell.fill}" w:color="auto" w:val="clear"/>` : '';
    out.push(
      `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${shading}<w:vAlign w:val="center"/></w:tcPr>`,
      `<w:p>${PARAGRAPH(cell.align === 'center' ? 'center' : 'left')}${runsXml(cell, isHeader)}</w:p></w:tc>`,
    );
  }
  out.push('</w:tr>');
  return out.join('');
}

function runsXml(cell: GridCell, isHeader: boolean): string {
  const size = pt(TABLE_TEXT_SIZE);
  return parseInline(cell.text)
    .map((span) => {
      const bold = cell.bold ?? isHeader ? true : span.bold;
      const props = `${bold ? '<w:b/><w:bCs/>' : ''}${span.italic ? '<w:i/><w:iCs/>' : ''}${cell.color ? `<w:color w:val="${cell.color}"/>` : ''}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`;
      return `<w:r><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${escapeXml(span.text)}</w:t></w:r>`;
    })
    .join('');
}

/** Splits `total` twips by weights; the last column takes the rounding so the sum is exact. */
export function splitWidths(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}
