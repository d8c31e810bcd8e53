import { listMarker, type Block } from '../blocks.js';
import type { Layout } from './layout.js';
import { runsXml } from './run-xml.js';

/** cm to twips. */
function cm(value: number): number {
  return Math.round((value * 1440) / 2.54);
}

/**
 * Body paragraphs (Phụ lục I, mục II.6.e): justified, first-line indent, at least 6 pt between
 * paragraphs, line spacing single to 1.5. Headings (mục V, row 6b): "I." bold capitals, "1." and
 * "1.1." bold; "a)" points and "-"/"+" items are plain body text (Nghị định 30 sets no other style
 * for them, so they keep the body's indent as practice does). A heading, and a lead-in ending in
 * ":", stays on the page of what it introduces; so does the last paragraph, with the signature.
 */
export function* bodyXml(blocks: readonly Block[], layout: Layout): Generator<string> {
  const spacing = `<w:spacing w:after="0" w:before="${layout.paragraphSpacing * 20}" w:line="${Math.round(240 * layout.lineSpacing)}" w:lineRule="auto"/>`;
  const indent = `<w:ind w:firstLine="${cm(layout.firstLineIndent)}"/>`;
  for (const [i, block] of blocks.entries()) {
    const heading = block.kind === 'heading';
    const keepNext = heading || block.text.endsWith(':') || i === blocks.length - 1;
    const keep = `${keepNext ? '<w:keepNext/>' : ''}${heading ? '<w:keepLines/>' : ''}`;
    yield `<w:p><w:pPr>${keep}${spacing}${indent}<w:jc w:val="both"/></w:pPr>${runsXml(block.text, { size: layout.bodySize, bold: block.bold }, listMarker(block.kind))}</w:p>`;
  }
}
