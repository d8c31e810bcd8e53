import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, LineCounter, parseDocument, Scalar, stringify } from 'yaml';
import { sourceOffset } from '../../src/load/text-offset.js';

/** A text written by the yaml library in one style, parsed back: the file text and its scalar. */
function written(value: string, type: Scalar.Type, lineWidth = 30): { text: string; scalar: Scalar } {
  const text = stringify({ content: value }, { defaultStringType: type, defaultKeyType: 'PLAIN', lineWidth, minContentWidth: 10 });
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
const plainWord = fc.constantFrom('Kế', 'hoạch', 'số', 'ngày', '05/01/2023', 'nhiệm', 'vụ.', 'Chi', 'cục', 'Sở,');
const textOf = (words: fc.Arbitrary<string>) =>
  fc.array(fc.tuple(words, fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\n\n')), { minLength: 1, maxLength: 30 }).map((parts) => parts.map(([w, sep]) => w + sep).join('').trimEnd());
const text = fc.oneof(textOf(word), textOf(plainWord));

describe('sourceOffset: a character of a text value, found in the YAML file', () => {
  it('in every style and any folding, a character is found where the file holds it, or not at all', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...STYLES), fc.integer({ min: 20, max: 60 }), (value, style, width) => {
        const { text: file, scalar } = written(value, style, width);
        if (scalar.value !== value) return; // a style that cannot hold this text exactly
        for (let i = 0; i < value.length; i++) {
          const at = sourceOffset(file, scalar, i);
          if (at === undefined) continue;
          const char = value[i]!;
          if (/\s/.test(char)) expect(file[at], `${style} #${i}`).toMatch(/\s/);
          else expect(file.slice(at, at + (style === 'QUOTE_SINGLE' && char === "'" ? 2 : 1)), `${style} #${i}`).toBe(style === 'QUOTE_SINGLE' && char === "'" ? "''" : char);
        }
      }),
      { seed: 20231, numRuns: 400 },
    );
  });

  it('finds every non-space character in plain, single-quoted and block texts', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('PLAIN', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'), (value, style) => {
        const { text: file, scalar } = written(value, style);
        if (scalar.value !== value) return;
        for (let i = 0; i < value.length; i++) if (!/\s/.test(value[i]!)) expect(sourceOffset(file, scalar, i), `${style} #${i} of ${JSON.stringify(file)}`).toBeDefined();
      }),
      { seed: 7, numRuns: 300 },
    );
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

  it('never answers with a character other than the one asked for', () => {
    const file = 'content: Họp ngày 5/1/2023.\n';
    const scalar = contentScalar(file);
    scalar.value = 'Họp tháng 5/1/2023.'; // not what the file says
    expect(sourceOffset(file, scalar, 0)).toBe(file.indexOf('Họp'));
    expect(sourceOffset(file, scalar, 'Họp t'.length)).toBeUndefined();
  });

  it('follows CRLF line ends', () => {
    const file = 'content: Họp\r\n  ngày 5/1/2023.\r\n';
    const scalar = contentScalar(file);
    expect(scalar.value).toBe('Họp ngày 5/1/2023.');
    expect(sourceOffset(file, scalar, 4)).toBe(file.indexOf('ngày'));
  });
});
