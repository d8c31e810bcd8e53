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
  if (typeof value !== 'string' || offset < 0 || offset >= value.length) return undefined;
  const letters = lettersOf(text, scalar, value);
  if (!letters) return undefined;
  const char = value[offset]!;
  if (char === '\n') return undefined;
  if (!isSpace(char)) return letters.at[offset];
  return spaceOffset(text, value, letters, offset);
}

/** Where each non-white character of a value stands in the file (-1 for white space), and how many characters write it. */
interface Letters {
  at: Int32Array;
  length: Uint8Array;
  start: number;
}

// Once per scalar: a text with many findings (a pasted page of double spaces) is walked once, not once a finding.
const LETTERS = new WeakMap<Scalar, Letters | null>();

function lettersOf(text: string, scalar: Scalar, value: string): Letters | null {
  let letters = LETTERS.get(scalar);
  if (letters === undefined) {
    letters = mapLetters(text, scalar, value);
    LETTERS.set(scalar, letters);
  }
  return letters;
}

/** Walks value and file together; null when the file says something else than the value (an escape). */
function mapLetters(text: string, scalar: Scalar, value: string): Letters | null {
  const content = scalar.range && contentRange(text, scalar);
  if (!content) return null;
  const letters: Letters = { at: new Int32Array(value.length).fill(-1), length: new Uint8Array(value.length), start: content.start };
  let at = content.start;
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (isSpace(char)) continue;
    while (at < content.end && isSpace(text[at])) at++;
    const written = scalar.type === 'QUOTE_SINGLE' && char === "'" ? "''" : char;
    if (!text.startsWith(written, at)) return null;
    letters.at[i] = at;
    letters.length[i] = written.length;
    at += written.length;
  }
  return letters;
}

/** A space or tab: the run it is in, placed before the next letter of its line, or after the last. */
function spaceOffset(text: string, value: string, letters: Letters, offset: number): number | undefined {
  // Only the run around the space is looked at: a long text with many findings stays linear.
  const inLine = (i: number) => i >= 0 && i < value.length && value[i] !== '\n';
  let next = offset;
  while (inLine(next) && isSpace(value[next])) next++;
  if (inLine(next)) {
    const from = letters.at[next]! - (next - offset);
    if (from >= letters.start && text.slice(from, letters.at[next]) === value.slice(offset, next)) return from;
  }
  let previous = offset;
  while (inLine(previous - 1) && isSpace(value[previous - 1])) previous--;
  if (inLine(previous - 1)) {
    const runStart = letters.at[previous - 1]! + letters.length[previous - 1]!;
    if (text.slice(runStart, runStart + (offset + 1 - previous)) === value.slice(previous, offset + 1)) return runStart + (offset - previous);
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
