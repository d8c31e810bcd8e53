import type { Scalar } from 'yaml';

/**
 * Where the character at `offset` of a string scalar's value stands in the file, or undefined
 * when that cannot be told for sure.
 *
 * On its way from the file to the value, YAML changes only white space: it drops indentation,
 * folds line breaks, turns CRLF into LF. The one other change, `''` for `'` in single quotes, is
 * undone here. So the value's other characters are the file's in the same order; a letter is found
 * by counting them. A space or tab is found from the nearest letter on its line of the value,
 * where the file must hold the same run of white space (it is not indentation then). Double-quoted
 * scalars with escapes ("\x01", "\u00e0", a "\" line end) are not mapped: an escape stands for a
 * character the file does not hold.
 */
export function sourceOffset(text: string, scalar: Scalar, offset: number): number | undefined {
  const value = scalar.value;
  if (typeof value !== 'string' || !scalar.range || offset < 0 || offset >= value.length) return undefined;
  const content = contentRange(text, scalar);
  if (!content) return undefined;
  const letters = { text, value, quoted: scalar.type === 'QUOTE_SINGLE', ...content };
  const char = value[offset]!;
  if (char === '\n') return undefined;
  if (!isSpace(char)) return letterOffset(letters, offset)?.at;
  return spaceOffset(letters, offset);
}

interface Letters {
  text: string;
  value: string;
  /** Single-quoted: `'` is written `''`. */
  quoted: boolean;
  start: number;
  end: number;
}

/** The file position of a non-white character of the value, and how many characters the file writes it with. */
function letterOffset(l: Letters, offset: number): { at: number; length: number } | undefined {
  let at = l.start;
  for (let i = 0; i <= offset; i++) {
    const char = l.value[i]!;
    if (isSpace(char)) continue;
    while (at < l.end && isSpace(l.text[at])) at++;
    const written = l.quoted && char === "'" ? "''" : char;
    // Anything else than the same character means the file says something else: give up.
    if (l.text.slice(at, at + written.length) !== written) return undefined;
    if (i === offset) return { at, length: written.length };
    at += written.length;
  }
  return undefined;
}

/** A space or tab: the run it is in, placed before the next letter of its line, or after the last. */
function spaceOffset(l: Letters, offset: number): number | undefined {
  const { text, value } = l;
  const lineEnd = value.indexOf('\n', offset) < 0 ? value.length : value.indexOf('\n', offset);
  const lineStart = value.lastIndexOf('\n', offset) + 1;
  let next = offset;
  while (next < lineEnd && isSpace(value[next])) next++;
  if (next < lineEnd) {
    const letter = letterOffset(l, next);
    if (letter) {
      const from = letter.at - (next - offset);
      if (from >= l.start && text.slice(from, letter.at) === value.slice(offset, next)) return from;
    }
  }
  let previous = offset;
  while (previous > lineStart && isSpace(value[previous - 1])) previous--;
  if (previous > lineStart) {
    const letter = letterOffset(l, previous - 1);
    if (letter) {
      const runStart = letter.at + letter.length;
      if (text.slice(runStart, runStart + (offset + 1 - previous)) === value.slice(previous, offset + 1)) return runStart + (offset - previous);
    }
  }
  return undefined;
}

/** Where the value's characters may be: inside the quotes, or below a block header. */
function contentRange(text: string, scalar: Scalar): { start: number; end: number } | undefined {
  const [start, end] = scalar.range!;
  switch (scalar.type) {
    case 'PLAIN':
      return { start, end };
    case 'QUOTE_SINGLE':
      return { start: start + 1, end: end - 1 };
    case 'QUOTE_DOUBLE':
      return text.slice(start, end).includes('\\') ? undefined : { start: start + 1, end: end - 1 };
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED': {
      // The header line ("|-", "> # comment") holds no text of the value.
      const lineEnd = text.indexOf('\n', start);
      return lineEnd < 0 || lineEnd >= end ? undefined : { start: lineEnd + 1, end };
    }
    default:
      return undefined;
  }
}

/** White space as YAML folds it; a no-break space is a character of the text. */
function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}
