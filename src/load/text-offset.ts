import type { Scalar } from 'yaml';

/**
 * Where the character at `offset` of a string scalar's value stands in the file, or undefined
 * when that cannot be told for sure.
 *
 * YAML changes a text on its way from the file to the value: it drops the indentation of block
 * and multi-line scalars, folds line breaks into spaces, and writes `'` as `''` in single quotes.
 * None of that adds or removes a character other than white space, so the value's characters are
 * found in the file in order by passing over white space only; every other character must match
 * exactly, and on the first that does not, the answer is undefined and the finding keeps the
 * position of the whole value. Double-quoted scalars with escapes ("\x01", "\u00e0") are not
 * mapped: an escape stands for a character the file does not hold.
 */
export function sourceOffset(text: string, scalar: Scalar, offset: number): number | undefined {
  const value = scalar.value;
  if (typeof value !== 'string' || !scalar.range || offset < 0 || offset >= value.length) return undefined;
  const [start, end] = scalar.range;
  let at = contentStart(text, scalar, start, end);
  if (at === undefined) return undefined;
  for (let i = 0; i <= offset; i++) {
    const char = value[i]!;
    if (isSpace(char)) {
      // The same white space, or white space YAML folded into this character.
      if (text[at] === char) {
        if (i === offset) return at;
        at++;
        continue;
      }
      if (!isSpace(text[at])) return undefined;
      const from = at;
      while (at < end && isSpace(text[at])) at++;
      if (i === offset) return from;
      continue;
    }
    // Indentation and folded line breaks stand between this character and the last.
    while (at < end && isSpace(text[at])) at++;
    const written = scalar.type === 'QUOTE_SINGLE' && char === "'" ? "''" : char;
    if (text.slice(at, at + written.length) !== written) return undefined;
    if (i === offset) return at;
    at += written.length;
  }
  return undefined;
}

/** Where the value's first character may be: after an opening quote, or below a block header. */
function contentStart(text: string, scalar: Scalar, start: number, end: number): number | undefined {
  switch (scalar.type) {
    case 'PLAIN':
      return start;
    case 'QUOTE_SINGLE':
      return start + 1;
    case 'QUOTE_DOUBLE':
      return text.slice(start, end).includes('\\') ? undefined : start + 1;
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED': {
      // The header line ("|-", "> # comment") holds no text of the value.
      const lineEnd = text.indexOf('\n', start);
      return lineEnd < 0 || lineEnd >= end ? undefined : lineEnd + 1;
    }
    default:
      return undefined;
  }
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}
