import { Encodings, Font, FontNames } from '@pdf-lib/standard-fonts';

/**
 * Printed widths of Times New Roman text, from Adobe's metrics of Times Roman and Times Bold (the
 * core-font AFM data as @pdf-lib/standard-fonts ships it). Times New Roman and Liberation Serif
 * are metric-compatible with them for the Latin letters a plan uses. A Vietnamese letter is as
 * wide as its base letter (the marks sit above or below it), so the text is decomposed first.
 */
const regular = Font.load(FontNames.TimesRoman);
const bold = Font.load(FontNames.TimesRomanBold);
/** A character no metrics cover (a symbol such as ◆): as wide as an "M", erring wide. */
const FALLBACK = 1000;
/**
 * The horn of ơ and ư sticks out to the right of o and u and widens the letter: "Người" at 11 pt
 * bold broke as "Ngư/ời" in LibreOffice in a column sized to the width of "Nguoi". An allowance
 * erring wide, in thousandths of an em.
 */
const HORN = 120;
const cache = [new Map<string, number>(), new Map<string, number>()];

/** Width of one character in thousandths of an em. */
function charWidth(char: string, isBold: boolean): number {
  const memo = cache[isBold ? 1 : 0]!;
  let width = memo.get(char);
  if (width !== undefined) return width;
  const base = char === 'đ' ? 'd' : char === 'Đ' ? 'D' : char.normalize('NFD')[0]!;
  const code = base.codePointAt(0)!;
  width = FALLBACK;
  if (Encodings.WinAnsi.canEncodeUnicodeCodePoint(code)) {
    const glyph = Encodings.WinAnsi.encodeUnicodeCodePoint(code).name;
    width = ((isBold ? bold : regular).getWidthOfGlyph(glyph) ?? FALLBACK) + (char.normalize('NFD').includes('\u031B') ? HORN : 0);
  }
  memo.set(char, width);
  return width;
}

/** Width of `text` on one line at `sizePt`, in twips (1/20 pt). */
export function textWidthTwips(text: string, sizePt: number, isBold = false): number {
  let total = 0;
  for (const char of text) total += charWidth(char, isBold);
  return Math.ceil((total * sizePt * 20) / 1000);
}

/** Width of the widest word of `text` (what a cell cannot be narrower than without breaking it), in twips. */
export function widestWordTwips(text: string, sizePt: number, isBold = false): number {
  let widest = 0;
  for (const word of text.split(/\s+/)) if (word !== '') widest = Math.max(widest, textWidthTwips(word, sizePt, isBold));
  return widest;
}
