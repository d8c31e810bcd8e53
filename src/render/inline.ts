import MarkdownIt from 'markdown-it';

/** A run of text with the emphasis the plan's text gave it. */
export interface Span {
  text: string;
  bold: boolean;
  italic: boolean;
}

// Only emphasis and the escape of "*": links, code, HTML and the rest stay literal text, since plan
// text is prose typed by clerks, not Markdown.
const markdown = new MarkdownIt('zero').enable(['emphasis', 'escape']);

// markdown-it reads "_" as emphasis and "\" before any mark as an escape; the plan's inline syntax
// is "*", "**" and "\*" only (README), so both are hidden from it and given back as typed.
const UNDERSCORE = '\uE000';
const BACKSLASH = '\uE001';
const HIDDEN = /[\uE000\uE001]/g;

/**
 * More asterisks than any paragraph's emphasis needs: a text with more prints them all as typed.
 * Emphasis is matched across a paragraph's marks, and "*a*a*a..." a million times over took the
 * build out of memory; plain text costs nothing to lay out.
 */
export const MAX_EMPHASIS_MARKS = 200;

/** Parses *italic*, **bold** and \* of one paragraph into spans; every other character prints as typed. */
export function parseInline(text: string): Span[] {
  // Without "*" there is no emphasis to find, and markdown-it would change only "\r" and NUL (its normalize step): most cells are such.
  if (!/[*\r\0]/.test(text)) return text === '' ? [] : [{ text, bold: false, italic: false }];
  if (countMarks(text) > MAX_EMPHASIS_MARKS) return text === '' ? [] : [{ text, bold: false, italic: false }];
  const guarded = text.replace(/_/g, UNDERSCORE).replace(/\\(?!\*)/g, BACKSLASH);
  const spans: Span[] = [];
  let bold = 0;
  let italic = 0;
  for (const token of markdown.parseInline(guarded, {})[0]?.children ?? []) {
    if (token.type === 'strong_open') bold++;
    else if (token.type === 'strong_close') bold--;
    else if (token.type === 'em_open') italic++;
    else if (token.type === 'em_close') italic--;
    else if (token.content !== '') spans.push({ text: token.content.replace(HIDDEN, (c) => (c === UNDERSCORE ? '_' : '\\')), bold: bold > 0, italic: italic > 0 });
  }
  return mergeSpans(spans);
}

function countMarks(text: string): number {
  let count = 0;
  for (let at = text.indexOf('*'); at >= 0 && count <= MAX_EMPHASIS_MARKS; at = text.indexOf('*', at + 1)) count++;
  return count;
}

/** Joins neighbouring spans of the same style (markdown-it splits text at every delimiter). */
function mergeSpans(spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && last.bold === span.bold && last.italic === span.italic) last.text += span.text;
    else merged.push({ ...span });
  }
  return merged;
}
