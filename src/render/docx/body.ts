import { AlignmentType, LineRuleType, Paragraph } from 'docx';
import { listMarker, type Block } from '../blocks.js';
import type { Layout } from './layout.js';
import { textRuns } from './text-runs.js';

/** cm to twips. */
function cm(value: number): number {
  return Math.round((value * 1440) / 2.54);
}

/**
 * Body paragraphs (Phụ lục I, mục II.6.e): justified, first-line indent, at least 6 pt between
 * paragraphs, line spacing single to 1.5. Headings (mục V, row 6b): "I." bold capitals, "1." and
 * "1.1." bold; "a)" points and "-"/"+" items are plain body text (Nghị định 30 sets no other style
 * for them, so they keep the body's indent as practice does).
 */
export function bodyParagraph(block: Block, layout: Layout, keepWithNext = false): Paragraph {
  const heading = block.kind.startsWith('heading');
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: cm(layout.firstLineIndent) },
    spacing: bodySpacing(layout),
    // A heading or a lead-in ending in ":" stays on the page of what it introduces.
    keepNext: keepWithNext || heading || block.text.endsWith(':'),
    keepLines: heading,
    children: textRuns(block.text, { size: layout.bodySize, bold: heading }, listMarker(block.kind)),
  });
}

export function bodySpacing(layout: Layout) {
  return {
    before: layout.paragraphSpacing * 20,
    after: 0,
    line: Math.round(240 * layout.lineSpacing),
    lineRule: LineRuleType.AUTO,
  };
}
