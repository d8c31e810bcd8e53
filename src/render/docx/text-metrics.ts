import { TIMES_WIDTHS } from './times-widths.js';

/**
 * Printed widths of Times New Roman text, from Adobe's metrics of Times Roman and Times Bold (the
 * core-font AFM data as @pdf-lib/standard-fonts ships it, as a table of the WinAnsi characters in
 * times-widths.ts: loading the library decompressed both fonts' whole metrics at every start).
 * Times New Roman and Liberation Serif are metric-compatible with them for the Latin letters a plan uses. A Vietnamese letter is as
 * wide as its base letter (the marks sit above or below it), so the text is decomposed first.
 * Widths are in thousandths of an em: multiply by the size in points and by 20/1000 for twips.
 */
/** The table by code, made on first use: a build without tables needs none. */
let metrics: Map<number, readonly [number, number, number]> | undefined;
/** A character no metrics cover (a symbol such as ◆): as wide as an "M", erring wide. */
const FALLBACK = 1000;
/**
 * The horn of ơ and ư sticks out to the right of o and u and widens the letter: "Người" at 11 pt
 * bold broke as "Ngư/ời" in LibreOffice in a column sized to the width of "Nguoi". An allowance
 * erring wide, in thousandths of an em.
 */
const HORN = 120;
/** Widths by UTF-16 code unit, filled on first use (NaN: not yet measured): tables hold millions of characters. */
const table = [new Float64Array(0x10000).fill(NaN), new Float64Array(0x10000).fill(NaN)];

/** Width of one character in thousandths of an em. */
function charWidth(code: number, isBold: boolean): number {
  const memo = table[isBold ? 1 : 0]!;
  const known = memo[code]!;
  if (!Number.isNaN(known)) return known;
  const char = String.fromCharCode(code);
  const base = char === 'đ' ? 'd' : char === 'Đ' ? 'D' : char.normalize('NFD')[0]!;
  const baseCode = base.codePointAt(0)!;
  let width = FALLBACK;
  metrics ??= new Map(TIMES_WIDTHS.map((row) => [row[0], row]));
  const row = metrics.get(baseCode);
  if (row) width = row[isBold ? 2 : 1] + (char.normalize('NFD').includes('\u031B') ? HORN : 0);
  memo[code] = width;
  return width;
}

/** A text's width on one line and the width of its widest word, in thousandths of an em. */
export function measureText(text: string, isBold = false): { line: number; word: number } {
  let line = 0;
  let longest = 0;
  let word = 0;
  let widest = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Lines break at spaces (and line ends) only: a date or "1.2.3" is one word.
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0) {
      if (word > widest) widest = word;
      word = 0;
      if (code === 10) {
        // A paragraph of its own: the text is as wide as its widest paragraph.
        if (line > longest) longest = line;
        line = 0;
      } else if (code !== 13) line += charWidth(32, isBold);
      continue;
    }
    const width = charWidth(code, isBold);
    word += width;
    line += width;
  }
  return { line: Math.max(longest, line), word: Math.max(widest, word) };
}

/** Thousandths of an em at `sizePt` in twips (1/20 pt), rounded up. */
export function emToTwips(units: number, sizePt: number): number {
  return Math.ceil((units * sizePt * 20) / 1000);
}

/** Width of `text` on one line at `sizePt`, in twips. */
export function textWidthTwips(text: string, sizePt: number, isBold = false): number {
  return emToTwips(measureText(text, isBold).line, sizePt);
}

/** Width of the widest word of `text` (what a cell cannot be narrower than without breaking it), in twips. */
export function widestWordTwips(text: string, sizePt: number, isBold = false): number {
  return emToTwips(measureText(text, isBold).word, sizePt);
}

/**
 * The least width (thousandths of an em) at which `text`, wrapped greedily at spaces as a word
 * processor does, takes at most `lines` lines.
 */
export function widthForLines(text: string, lines: number, isBold = false): number {
  const words = text.split(/\s+/).filter((w) => w !== '').map((w) => measureText(w, isBold).word);
  const space = charWidth(32, isBold);
  const linesAt = (width: number) => {
    let count = 1;
    let used = 0;
    for (const word of words) {
      if (used > 0 && used + space + word > width) {
        count++;
        used = word;
      } else used += (used > 0 ? space : 0) + word;
    }
    return count;
  };
  let low = Math.max(0, ...words);
  let high = measureText(text, isBold).line;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (linesAt(mid) <= lines) high = mid;
    else low = mid;
  }
  return linesAt(low) <= lines ? low : high;
}
