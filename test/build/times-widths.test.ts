import { Encodings, Font, FontNames } from '@pdf-lib/standard-fonts';
import { describe, expect, it } from 'vitest';
import { TIMES_WIDTHS } from '../../src/render/docx/times-widths.js';

describe('times-widths.ts (scripts/times-widths.js)', () => {
  it("holds every WinAnsi character with its width in @pdf-lib/standard-fonts' Times Roman and Times Bold", () => {
    const regular = Font.load(FontNames.TimesRoman);
    const bold = Font.load(FontNames.TimesRomanBold);
    const expected: [number, number, number][] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (!Encodings.WinAnsi.canEncodeUnicodeCodePoint(code)) continue;
      const glyph = Encodings.WinAnsi.encodeUnicodeCodePoint(code).name;
      expected.push([code, regular.getWidthOfGlyph(glyph)!, bold.getWidthOfGlyph(glyph)!]);
    }
    expect(TIMES_WIDTHS).toEqual(expected);
    expect(TIMES_WIDTHS.length).toBeGreaterThan(200);
  });
});
