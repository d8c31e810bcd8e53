import { TextRun } from 'docx';
import { parseInline } from '../inline.js';
import { FONT, LANGUAGE, pt } from './layout.js';

/** Run options every paragraph shares; bold and italic add to what the Markdown says. */
export interface RunStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  allCaps?: boolean;
  /** Hex RGB; black when not given (Phụ lục I, mục I.4). */
  color?: string;
}

/** The runs of one paragraph of inline Markdown, in Times New Roman, Vietnamese. */
export function textRuns(markdown: string, style: RunStyle, prefix = ''): TextRun[] {
  const spans = parseInline(markdown);
  if (prefix) spans.unshift({ text: prefix, bold: false, italic: false });
  return spans.map(
    (span) =>
      new TextRun({
        text: style.allCaps ? span.text.toLocaleUpperCase('vi-VN') : span.text,
        font: FONT,
        size: pt(style.size),
        bold: style.bold || span.bold,
        italics: style.italic || span.italic,
        color: style.color,
        language: { value: LANGUAGE },
      }),
  );
}

/** A run of plain text (no Markdown), for fixed phrases and data printed as is. */
export function plainRun(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text: style.allCaps ? text.toLocaleUpperCase('vi-VN') : text,
    font: FONT,
    size: pt(style.size),
    bold: style.bold ?? false,
    italics: style.italic ?? false,
    language: { value: LANGUAGE },
  });
}
