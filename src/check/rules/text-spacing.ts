import type { Rule } from '../rule.js';
import { itemAt, walkStrings } from './lib/items.js';

/** The spacing faults a text is checked for, in the order messages list them. */
export const SPACING_KINDS = ['leading', 'trailing', 'double', 'before-punctuation'] as const;
type Kind = (typeof SPACING_KINDS)[number];

const SPACE = '[ \\t\\u00a0]';
// A space before , ; : or a full stop; not before an ellipsis ("các nội dung ...").
const BEFORE_PUNCTUATION = new RegExp(`${SPACE}+(?=[,;:]|\\.(?!\\.\\.))`, 'gu');

/**
 * Spacing inside any text: no space at the start or end, no two spaces in a row, no space before
 * , . ; : ("dịch vụ,..." and "KH&CN,...." are fine). Each text is reported once, with every kind of
 * fault it has and the corrected text.
 */
export const textSpacing: Rule = {
  id: 'text-spacing',
  severity: 'warning',
  description: {
    vi: 'Văn bản không có dấu cách thừa: ở đầu, ở cuối, hai dấu cách liền nhau, trước dấu , . ; :',
    en: 'No stray spaces in text: leading, trailing, doubled, or before , . ; :',
  },
  check({ plan, files }, report) {
    for (const { kind, file, data } of files) {
      walkStrings(data, (text, path) => {
        const kinds = spacingFaults(text);
        if (kinds.length > 0) report({ file, path }, { ...itemAt(plan, kind, path), kinds: kinds.join(','), fix: fixSpacing(text) });
      });
    }
  },
};

/** The kinds of fault a text has. */
export function spacingFaults(text: string): Kind[] {
  const found = new Set<Kind>();
  if (new RegExp(`^${SPACE}`, 'u').test(text)) found.add('leading');
  if (new RegExp(`${SPACE}$`, 'u').test(text)) found.add('trailing');
  if (new RegExp(`(?<=\\S)${SPACE}{2,}(?=\\S)`, 'u').test(text)) found.add('double');
  if (new RegExp(BEFORE_PUNCTUATION.source, 'u').test(text)) found.add('before-punctuation');
  return SPACING_KINDS.filter((k) => found.has(k));
}

/** The text with its spacing corrected, line by line. */
export function fixSpacing(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(BEFORE_PUNCTUATION, '').replace(new RegExp(`${SPACE}{2,}`, 'gu'), ' '))
    .join('\n')
    .replace(new RegExp(`^${SPACE}+|${SPACE}+$`, 'gu'), '');
}
