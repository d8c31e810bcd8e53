import { parseInline } from './inline.js';

/**
 * Marks Markdown (GitHub's included) reads anywhere in a line: escapes, code, emphasis, links,
 * strikethrough, table cells; "<" only where it opens HTML or an autolink, "&" only where it
 * starts a character reference, so "KH&CN" stays readable in the review.
 */
const INLINE_MARKS = /[\\`*_[~|]|<(?=[A-Za-z/!?])|&(?=#?[A-Za-z0-9]+;)/g;

/** What makes a paragraph's start a heading, list item, quote, rule, code fence or ordered list. */
const BLOCK_START = /^(?:[#+\-=>]|\d{1,9}[.)](?=\s|$))/;

/**
 * A printed text as Markdown that GitHub renders with the same characters and emphasis as the
 * .docx: the `*`/`**` emphasis the document reads (src/render/inline.ts) is written back as
 * emphasis, every other mark is backslash-escaped, and so is a start that would make a heading
 * or a list. Links, code, HTML, "_" and "\" thus show as typed, as the document prints them.
 */
export function markdownParagraph(text: string): string {
  return markdownText(text).replace(BLOCK_START, (start) => (/^\d/.test(start) ? start.replace(/[.)]$/, (p) => `\\${p}`) : `\\${start}`));
}

/** As markdownParagraph, for text that does not start a line (a heading's, a table cell's). */
export function markdownText(text: string): string {
  return parseInline(text)
    .map((span) => {
      const escaped = span.text.replace(INLINE_MARKS, (mark) => `\\${mark}`);
      const marker = span.bold && span.italic ? '***' : span.bold ? '**' : span.italic ? '*' : '';
      return marker && escaped.trim() !== '' ? `${marker}${escaped}${marker}` : escaped;
    })
    .join('');
}
