import type { TextSpan } from '../../diagnostics.js';
import type { Rule } from '../rule.js';
import { MAX_PER_TEXT } from '../run-rules.js';
import { eachText } from './lib/items.js';

/** The spacing faults a text is checked for, in the order messages list them. */
export const SPACING_KINDS = ['leading', 'trailing', 'double', 'before-punctuation'] as const;
type Kind = (typeof SPACING_KINDS)[number];

const SPACE = '[ \\t\\u00a0]';
/**
 * Where a run of spaces starts. A pattern "spaces, then something" tried at every space of a run
 * that is not followed by it reads the rest of the run each time: a text of 99,000 spaces took
 * a minute. Tried only where a run starts, each run is read once.
 */
const RUN_START = '(?<![ \\t\\u00a0])';
// A space before , ; : or a full stop; not before an ellipsis ("các nội dung ...").
const BEFORE_PUNCTUATION = new RegExp(`${RUN_START}${SPACE}+(?=[,;:]|\\.(?!\\.\\.))`, 'gu');

/**
 * Spacing inside any text: no space at the start or end, no two spaces in a row, no space before
 * , . ; : ("dịch vụ,..." and "KH&CN,...." are fine). Each stray space is reported where it stands,
 * with the kinds of fault it is, the corrected text, and what the run of spaces is replaced by
 * (`replacement`, the quick fix of `plan lsp`).
 */
export const textSpacing: Rule = {
  id: 'text-spacing',
  severity: 'warning',
  local: true,
  description: {
    vi: 'Văn bản không có dấu cách thừa: ở đầu, ở cuối, hai dấu cách liền nhau, trước dấu , . ; :',
    en: 'No stray spaces in text: leading, trailing, doubled, or before , . ; :',
  },
  check(context, report) {
    eachText(context, (text, at, item) => {
      const faults = spacingFaults(text);
      if (faults.length === 0) return;
      const fix = fixSpacing(text);
      // Ten are shown; the rest are counted on the last one shown (runRules, MAX_PER_TEXT).
      const shown = faults.slice(0, MAX_PER_TEXT);
      for (const fault of shown) report({ ...at, span: fault.span }, () => ({ ...item(), kinds: fault.kinds.join(','), fix, replacement: spacingReplacement(fault) }));
      if (faults.length > shown.length) report.more(at, faults.length - shown.length);
    });
  },
};

/** Each kind of fault as a pattern, in the order of SPACING_KINDS. */
const FAULTS: Record<Kind, RegExp> = {
  leading: new RegExp(`^${SPACE}+`, 'gu'),
  trailing: new RegExp(`${RUN_START}${SPACE}+$`, 'gu'),
  double: new RegExp(`(?<=\\S)${SPACE}{2,}(?=\\S)`, 'gu'),
  'before-punctuation': BEFORE_PUNCTUATION,
};

/** A run of stray spaces: where it stands, and every kind of fault it is (two spaces before a comma are both). */
export interface SpacingFault {
  kinds: Kind[];
  span: TextSpan;
}

/** The stray spaces of a text, in order. */
export function spacingFaults(text: string): SpacingFault[] {
  const byOffset = new Map<number, SpacingFault>();
  for (const kind of SPACING_KINDS) {
    for (const match of text.matchAll(FAULTS[kind])) {
      const fault = byOffset.get(match.index);
      if (fault) {
        fault.kinds.push(kind);
        fault.span.length = Math.max(fault.span.length, match[0].length);
      } else byOffset.set(match.index, { kinds: [kind], span: { offset: match.index, length: match[0].length } });
    }
  }
  return [...byOffset.values()].sort((a, b) => a.span.offset - b.span.offset);
}

/** What a run of stray spaces becomes: one space between two words, nothing at an end or before punctuation. */
export function spacingReplacement(fault: SpacingFault): string {
  return fault.kinds.every((kind) => kind === 'double') ? ' ' : '';
}

/** The text with its spacing corrected, line by line. */
export function fixSpacing(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(BEFORE_PUNCTUATION, '').replace(new RegExp(`${SPACE}{2,}`, 'gu'), ' '))
    .join('\n')
    .replace(new RegExp(`^${SPACE}+|${RUN_START}${SPACE}+$`, 'gu'), '');
}
