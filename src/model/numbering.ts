import { toRoman } from './roman.js';
import type { NumberingStyle } from './types.js';

/**
 * The numbering of each outline level when the plan sets none: "I." sections, "1." khoản, "1.1."
 * below them, then "a)" điểm and "-" (Nghị định 30, Phụ lục I, mục V, row 6b gives I., 1., a);
 * 1.1. and "-" are practice).
 */
export const DEFAULT_NUMBERING: readonly NumberingStyle[] = ['roman', 'arabic', 'decimal', 'letter', 'dash'];

/** Vietnamese letters in alphabet order, as điểm are lettered (mục II.6.đ: "chữ cái tiếng Việt theo thứ tự abc"). */
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

/** A number as printed before a heading or item ("II.", "2.1.", "b)", "-"), and as a reference prints it ("II", "2.1", "b"). */
export interface Label {
  label: string;
  ref: string;
}

/** The label of the n-th (from 1) item of a level numbered in `style`, under a parent whose reference is `parentRef`. */
export function labelOf(style: NumberingStyle, n: number, parentRef: string): Label {
  switch (style) {
    case 'roman':
      return { label: `${toRoman(n)}.`, ref: toRoman(n) };
    case 'arabic':
      return { label: `${n}.`, ref: String(n) };
    case 'decimal': {
      // "1.1." continues an Arabic parent; under a Roman one it is plain "1.".
      const ref = /^\d+(\.\d+)*$/.test(parentRef) ? `${parentRef}.${n}` : String(n);
      return { label: `${ref}.`, ref };
    }
    case 'letter': {
      const letter = LETTERS[(n - 1) % LETTERS.length]!.repeat(Math.floor((n - 1) / LETTERS.length) + 1);
      return { label: `${letter})`, ref: letter };
    }
    case 'dash':
      return { label: '-', ref: '' };
    case 'none':
      return { label: '', ref: '' };
  }
}

/** Headings numbered I., 1., 1.1. are bold (mục V, row 6b: Mục and khoản with a title); a) and - headings are not (điểm). */
export function isBoldStyle(style: NumberingStyle): boolean {
  return style === 'roman' || style === 'arabic' || style === 'decimal';
}

/** The style of a level (1 = top), or unnumbered below the last level the plan names. */
export function styleAt(numbering: readonly NumberingStyle[], level: number): NumberingStyle {
  return numbering[level - 1] ?? 'none';
}
