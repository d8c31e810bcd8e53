import type { GridCell } from '../grid-table.js';
import { CELL_MARGIN } from './column-widths.js';
import { STYLE, TABLE_STYLE_SIZE } from './paragraph-styles.js';
import { runsXml } from './run-xml.js';

const BORDER = 'w:val="single" w:color="000000" w:sz="4"';
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join('');

/**
 * A bordered, fixed-layout table whose header rows are repeated on every page (`tblHeader`), and
 * whose rows never split across pages (`cantSplit`); written a row at a time. `widths` must sum
 * to the text width, so the table fills the page exactly.
 */
export function* tableXml(widths: readonly number[], header: readonly GridCell[][], rows: Iterable<GridCell[]>, size: number = TABLE_STYLE_SIZE): Generator<string> {
  const total = widths.reduce((a, b) => a + b, 0);
  const margin = CELL_MARGIN;
  yield `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/><w:tblBorders>${BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="${margin}"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="${margin}"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  for (const row of header) yield rowXml(widths, row, true, size);
  for (const row of rows) yield rowXml(widths, row, false, size);
  yield '</w:tbl>';
}

function rowXml(widths: readonly number[], cells: readonly GridCell[], isHeader: boolean, size: number): string {
  let column = 0;
  const out = [`<w:tr><w:trPr><w:cantSplit/>${isHeader ? '<w:tblHeader/>' : ''}</w:trPr>`];
  for (const cell of cells) {
    const span = cell.span ?? 1;
    const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
    column += span;
    const shading = cell.fill ? `<w:shd w:fill="${cell.fill}" w:color="auto" w:val="clear"/>` : '';
    const merge = cell.merge === undefined ? '' : `<w:vMerge${cell.merge === 'restart' ? ' w:val="restart"' : ''}/>`;
    // ST_Jc: "right" is the transitional name Word and LibreOffice both read; left is the style's own.
    const align = cell.align === undefined || cell.align === 'left' ? '' : `<w:jc w:val="${cell.align}"/>`;
    // An empty cell has nothing to centre (most of a timeline's cells): its shading fills it whole anyway.
    const vAlign = cell.text === '' ? '' : '<w:vAlign w:val="center"/>';
    out.push(`<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${merge}${shading}${vAlign}</w:tcPr>`);
    // A cell written as several paragraphs ("- Thuốc bảo vệ thực vật", "- Kim loại nặng") keeps them.
    for (const paragraph of cell.text.split('\n')) {
      out.push(`<w:p><w:pPr><w:pStyle w:val="${STYLE.tableText}"/>${align}</w:pPr>`, `${runsXml(paragraph, { size, inherited: TABLE_STYLE_SIZE, bold: cell.bold ?? isHeader, color: cell.color })}</w:p>`);
    }
    out.push('</w:tc>');
  }
  out.push('</w:tr>');
  return out.join('');
}
