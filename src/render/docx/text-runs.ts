import { TextRun } from 'docx';
import { parseInline } from '../inline.js';
import { pt } from './layout.js';
import { removeInvalidXmlChars } from './xml-text.js';

/** Run options every paragraph shares; bold and italic add to what the Markdown says. */
export interface RunStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  allCaps?: boolean;
  /** Hex RGB; black when not given (Phụ lục I, mục I.4). */
  color?: string;
}

/**
 * The runs of one paragraph of inline Markdown. Font (Times New Roman) and language (vi-VN) come
 * from the document defaults (build-document.ts), so a run writes only what differs: its size
 * and, when set, bold, italic and colour. Large plans have hundreds of thousands of runs.
 */
export function textRuns(markdown: string, style: RunStyle, prefix = ''): TextRun[] {
  const spans = parseInline(markdown);
  if (prefix) spans.unshift({ text: prefix, bold: false, italic: false });
  return spans.map(
    (span) =>
      new TextRun({
        text: runText(span.text, style),
        size: pt(style.size),
        bold: style.bold || span.bold || undefined,
        italics: style.italic || span.italic || undefined,
        color: style.color,
      }),
  );
}

/** A run of plain text (no Markdown), for fixed phrases and data printed as is. */
export function plainRun(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text: runText(text, style),
    size: pt(style.size),
    bold: style.bold || undefined,
    italics: style.italic || undefined,
  });
}

/**
 * A run's text as written: in capitals when the style says so, without the characters XML cannot
 * hold (the docx library writes text as given, and one U+FFFF makes Word refuse the whole file).
 */
function runText(text: string, style: RunStyle): string {
  const safe = removeInvalidXmlChars(text);
  return style.allCaps ? safe.toLocaleUpperCase('vi-VN') : safe;
}
