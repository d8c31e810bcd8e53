import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, LineCounter, parseDocument, Scalar, stringify } from 'yaml';
import { sourceOffset } from '../../src/load/text-offset.js';

/**
 * A text written by the yaml library in one style (with Windows line ends if asked), parsed back:
 * the file text and its scalar.
 */
function written(value: string, type: Scalar.Type, lineWidth = 30, crlf = false): { text: string; scalar: Scalar } {
  const lf = stringify({ content: value }, { defaultStringType: type, defaultKeyType: 'PLAIN', lineWidth, minContentWidth: 10 });
  const text = crlf ? lf.replace(/\n/g, '\r\n') : lf;
  const doc = parseDocument(text, { lineCounter: new LineCounter() });
  const map = doc.contents;
  if (!isMap(map)) throw new Error('not a map');
  const scalar = map.items[0]!.value;
  if (!isScalar(scalar)) throw new Error('not a scalar');
  return { text, scalar: scalar as Scalar };
}

/** The scalar of `content:` in a one-key YAML file. */
function contentScalar(file: string): Scalar {
  return (parseDocument(file).contents as { items: { value: Scalar }[] }).items[0]!.value;
}

const STYLES = ['PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;
// Words of a plan, with the characters YAML treats specially inside a text: quotes, colons, hashes.
const word = fc.constantFrom('Kế', 'hoạch', 'số', '54-KH/TU', 'ngày', '05/01/2023', "Sở's", 'a:b', '#1', 'nhiệm', 'vụ.', '"x"', 'Chi cục');
// And words only, which the library writes in the style asked for more often (plain, folded).
const plainWord = fc.constantFrom('Kế', 'hoạch', 'số', 'ngày', '05/01/2023', 'nhiệm', 'vụ.', 'Chi', 'cục', 'Sở,', ',');
// Between words: spaces, doubled spaces, a tab, line breaks, blank lines, a line that starts indented.
const gap = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\n', '\n\n', '\n  ', '\n\t');
const textOf = (words: fc.Arbitrary<string>) =>
  fc.tuple(fc.constantFrom('', '  '), fc.array(fc.tuple(words, gap), { minLength: 1, maxLength: 30 })).map(([lead, parts]) => lead + parts.map(([w, sep]) => w + sep).join('').trimEnd());
const text = fc.oneof(textOf(word), textOf(plainWord));

/** The positions of a value's characters in the file, checked against the file: every answer is right. */
function expectFaithful(file: string, scalar: Scalar, style: string): void {
  const value = scalar.value as string;
  const at = (i: number) => sourceOffset(file, scalar, i);
  for (let i = 0; i < value.length; i++) {
    const found = at(i);
    if (found === undefined) continue;
    const char = value[i]!;
    if (!/\s/.test(char)) {
      const written = style === 'QUOTE_SINGLE' && char === "'" ? "''" : char;
      expect(file.slice(found, found + written.length), `${style} #${i}`).toBe(written);
      continue;
    }
    // White space: the file holds the same run up to the next letter of the line, or from the last.
    const line = value.slice(value.lastIndexOf('\n', i) + 1, value.indexOf('\n', i) < 0 ? value.length : value.indexOf('\n', i));
    const column = i - (value.lastIndexOf('\n', i) + 1);
    const after = line.slice(column).match(/^[ \t]*/)![0];
    const before = line.slice(0, column).match(/[ \t]*$/)![0];
    const nextLetter = column + after.length < line.length ? at(i + after.length) : undefined;
    if (nextLetter !== undefined && file.slice(found, nextLetter) === after) continue;
    const lastLetter = column - before.length > 0 ? at(i - before.length - 1) : undefined;
    expect(lastLetter, `${style} #${i}: a space placed neither before nor after a letter`).toBeDefined();
    expect(file.slice(found - before.length, found + 1), `${style} #${i}`).toBe(before + char);
  }
}

describe('sourceOffset: a character of a text value, found in the YAML file', () => {
  it('in every style and any folding, a character is found where the file holds it, or not at all', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...STYLES), fc.integer({ min: 20, max: 60 }), fc.boolean(), (value, style, width, crlf) => {
        const { text: file, scalar } = written(value, style, width, crlf);
        if (scalar.value !== value) return; // a style that cannot hold this text exactly
        expectFaithful(file, scalar, style);
      }),
      { seed: 20231, numRuns: 500 },
    );
  });

  it('finds every character but line breaks in plain, single-quoted and block texts, LF or CRLF', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('PLAIN', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'), fc.boolean(), (value, style, crlf) => {
        const { text: file, scalar } = written(value, style, 30, crlf);
        if (scalar.value !== value || scalar.type !== style) return;
        for (let i = 0; i < value.length; i++) {
          // A space folded from a line break has no character of its own in the file; the rest do.
          if (value[i] === '\n' || (style !== 'BLOCK_LITERAL' && /\s/.test(value[i]!))) continue;
          expect(sourceOffset(file, scalar, i), `${style} #${i} of ${JSON.stringify(file)}`).toBeDefined();
        }
      }),
      { seed: 7, numRuns: 400 },
    );
  });

  it('places spaces of a more-indented line, not the indentation before them', () => {
    const file = 'content: |-\n  Các nội dung chính\n    , khác\n';
    const scalar = contentScalar(file);
    expect(scalar.value).toBe('Các nội dung chính\n  , khác');
    const offset = (scalar.value as string).indexOf('  ,');
    expect(sourceOffset(file, scalar, offset)).toBe(file.indexOf('  , khác'));
    const indented = 'content: |2-\n    Các nội dung\n';
    expect(sourceOffset(indented, contentScalar(indented), 0)).toBe(indented.indexOf('  Các'));
  });

  it('finds a word after a blank line in a file with Windows line ends', () => {
    const file = 'content: |-\r\n  Báo cáo.\r\n\r\n  Họp ngày 5/1/2023.\r\n';
    const scalar = contentScalar(file);
    expect(sourceOffset(file, scalar, (scalar.value as string).indexOf('ngày'))).toBe(file.indexOf('ngày'));
  });

  it('passes over a block header and its comment, which hold no text of the value', () => {
    const file = 'content: >- # ngày 5/1/2023\n  Họp ngày 5/1/2023.\n';
    const scalar = contentScalar(file);
    expect(sourceOffset(file, scalar, 'Họp '.length)).toBe(file.lastIndexOf('ngày'));
  });

  it('gives up on a double-quoted text with escapes, where the file does not hold the character', () => {
    const file = 'content: "Họp\\tngày 5/1/2023"\n';
    const scalar = contentScalar(file);
    expect(scalar.value).toBe('Họp\tngày 5/1/2023');
    expect(sourceOffset(file, scalar, 4)).toBeUndefined();
  });

  it('never answers for a value the file does not hold as it is', () => {
    const file = 'content: Họp ngày 5/1/2023.\n';
    const scalar = contentScalar(file);
    scalar.value = 'Họp tháng 5/1/2023.'; // not what the file says
    expect(sourceOffset(file, scalar, 0)).toBeUndefined();
    expect(sourceOffset(file, scalar, 'Họp t'.length)).toBeUndefined();
  });

  it('follows CRLF line ends', () => {
    const file = 'content: Họp\r\n  ngày 5/1/2023.\r\n';
    const scalar = contentScalar(file);
    expect(scalar.value).toBe('Họp ngày 5/1/2023.');
    expect(sourceOffset(file, scalar, 4)).toBe(file.indexOf('ngày'));
  });
});
