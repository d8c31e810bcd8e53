import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from 'docx';

/**
 * A short solid line, centred in a space `available` twips wide: an empty paragraph of exact
 * 4 pt height whose bottom border is narrowed by indents. A paragraph border prints in every
 * client and moves with the text, which a drawn shape does not.
 */
export function ruleLine(length: number, available: number, spaceBefore = 0): Paragraph {
  const side = Math.max(0, Math.round((available - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: spaceBefore, after: 0, line: 80, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

/**
 * Rough printed width of a line of Times New Roman, in twips, from its character count:
 * enough to size a line "1/3 to 1/2 of the text above" (Phụ lục I, mục II.2 and II.5).
 */
export function estimateWidth(text: string, sizePt: number, capitals: boolean): number {
  const emPerChar = capitals ? 0.6 : 0.48;
  return Math.round([...text].length * emPerChar * sizePt * 20);
}
