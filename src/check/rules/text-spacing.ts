import type { TextSpan } from '../../diagnostics.js';
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
        if (kinds.length > 0) report({ file, path, span: firstSpacingFault(text) }, { ...itemAt(plan, kind, path), kinds: kinds.join(','), fix: fixSpacing(text) });
      });
    }
  },
};

/** Each kind of fault as a pattern, in the order of SPACING_KINDS. */
const FAULTS: Record<Kind, RegExp> = {
  leading: new RegExp(`^${SPACE}+`, 'u'),
  trailing: new RegExp(`${SPACE}+$`, 'u'),
  double: new RegExp(`(?<=\\S)${SPACE}{2,}(?=\\S)`, 'u'),
  'before-punctuation': new RegExp(BEFORE_PUNCTUATION.source, 'u'),
};

/** The kinds of fault a text has. */
export function spacingFaults(text: string): Kind[] {
  return SPACING_KINDS.filter((k) => FAULTS[k].test(text));
}

/** The first stray space of a text (with the spaces in a row after it), where the finding points. */
export function firstSpacingFault(text: string): TextSpan | undefined {
  const found = SPACING_KINDS.flatMap((k) => {
    const match = FAULTS[k].exec(text);
    return match ? [{ offset: match.index, length: match[0].length }] : [];
  });
  return found.sort((a, b) => a.offset - b.offset)[0];
}

/** The text with its spacing corrected, line by line. */
export function fixSpacing(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(BEFORE_PUNCTUATION, '').replace(new RegExp(`${SPACE}{2,}`, 'gu'), ' '))
    .join('\n')
    .replace(new RegExp(`^${SPACE}+|${SPACE}+$`, 'gu'), '');
}
