import { listMarker, type Block } from '../blocks.js';
import type { TableOverflow } from './appendix-section.js';
import { fitTable } from './column-widths.js';
import { textWidth, type Layout } from './layout.js';
import { tableXml } from './table-xml.js';
import { STYLE } from './paragraph-styles.js';
import { runsXml } from './run-xml.js';

/**
 * Body paragraphs (Phụ lục I, mục II.6.e): justified, first-line indent, at least 6 pt between
 * paragraphs, line spacing single to 1.5. Headings (mục V, row 6b): "I." bold capitals, "1." and
 * "1.1." bold; "a)" points and "-"/"+" items are plain body text (Nghị định 30 sets no other style
 * for them, so they keep the body's indent as practice does). A heading, and a lead-in ending in
 * ":", stays on the page of what it introduces; so does the last paragraph, with the signature.
 */
export function* bodyXml(blocks: readonly Block[], layout: Layout, onOverflow?: TableOverflow): Generator<string> {
  // Spacing, indent and justification are the body style's (paragraph-styles.ts, from the plan's layout).
  const style = `<w:pStyle w:val="${STYLE.body}"/>`;
  for (const [i, block] of blocks.entries()) {
    if (block.grid) {
      yield* tableBlockXml(block, layout, onOverflow);
      continue;
    }
    const heading = block.kind === 'heading';
    const keepNext = heading || block.text.endsWith(':') || i === blocks.length - 1;
    const keep = `${keepNext ? '<w:keepNext/>' : ''}${heading ? '<w:keepLines/>' : ''}`;
    yield `<w:p><w:pPr>${style}${keep}</w:pPr>${runsXml(block.text, { size: layout.bodySize, inherited: layout.bodySize, bold: block.bold }, listMarker(block.kind))}</w:p>`;
  }
}

/**
 * A table of the body (a table block of the outline): its title centred and bold, the table across
 * the text width with its columns sized from their content, then its notes.
 */
function* tableBlockXml(block: Block, layout: Layout, onOverflow?: TableOverflow): Generator<string> {
  const grid = block.grid!;
  const spacing = `<w:spacing w:after="120" w:before="${layout.paragraphSpacing * 20}"/>`;
  if (block.text !== '') yield `<w:p><w:pPr><w:keepNext/>${spacing}<w:jc w:val="center"/></w:pPr>${runsXml(block.text, { size: layout.bodySize, bold: true })}</w:p>`;
  const fitted = fitTable(grid, textWidth(layout));
  if (fitted.tooNarrow.length > 0 && block.origin) onOverflow?.({ origin: block.origin, appendix: null, title: block.text, landscape: false }, fitted.tooNarrow.map((c) => grid.columns[c]!.name), fitted.size);
  yield* tableXml(fitted.widths, grid.header, grid.rows, fitted.size);
  // A table cannot end a paragraph run: the paragraph after it (a note, or an empty one) closes it.
  const notes = grid.notes.length > 0 ? grid.notes : [''];
  for (const note of notes) yield `<w:p><w:pPr><w:spacing w:after="0" w:before="60"/><w:jc w:val="both"/></w:pPr>${runsXml(note, { size: fitted.size })}</w:p>`;
}
