import type { Rule } from '../rule.js';
import { eachText } from './lib/items.js';

/**
 * Characters XML 1.0, and so a .docx, cannot hold: the C0 control characters other than tab and
 * line breaks, U+FFFE and U+FFFF, and lone surrogate halves (with the `u` flag, `[\uD800-\uDFFF]`
 * matches only a half without its partner). Word refuses a file that has one. The renderer removes
 * the same characters (src/render/docx/xml-text.ts), which test/rules/text-control-chars.test.ts
 * checks code point by code point.
 */
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/**
 * No text holds a character the document cannot print. They come in unseen: a vertical tab is
 * Word's manual line break and comes along with pasted text, a form feed its page break, other
 * control characters come from PDFs and old systems, and a YAML escape such as "\x01" or "\uD800"
 * writes one on purpose. An editor shows nothing, so the message names each by its code point,
 * with the text they are taken out of as the fix.
 */
export const textControlChars: Rule = {
  id: 'text-control-chars',
  severity: 'error',
  local: true,
  description: {
    vi: 'Văn bản không có ký tự điều khiển hay nửa cặp surrogate, những ký tự tệp .docx không chứa được',
    en: 'Text holds no control characters or lone surrogates, which a .docx cannot hold',
  },
  check(context, report) {
    eachText(context, (text, at, item) => {
      const found = unwritableChars(text);
      if (found.length > 0) report({ ...at, span: { offset: text.search(UNWRITABLE), length: 1 } }, { ...item(), chars: found.join(', '), fix: text.replace(UNWRITABLE, '') });
    });
  },
};

/** The characters of a text a .docx cannot hold, each once, as "U+000B", in order of appearance. */
export function unwritableChars(text: string): string[] {
  const found = new Set<string>();
  for (const [char] of text.matchAll(UNWRITABLE)) found.add(`U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  return [...found];
}
