import type { PathSegment } from '../../diagnostics.js';
import type { Rule } from '../rule.js';
import { eachText } from './lib/items.js';

/** Fields whose line breaks print: the issuer's lines and the signer's lines above the name (and the title, below). */
const LINE_FIELDS: Record<string, readonly string[]> = { issuer: ['superior', 'name'], signer: ['authority', 'title'] };

/**
 * A line break typed into a text that prints as one paragraph (a `|` block, a pasted line) is
 * printed as a space, so the clerk's layout is not what the document shows. The issuer's and
 * signer's fields keep their lines, and are not reported.
 */
export const textLineBreak: Rule = {
  id: 'text-line-break',
  severity: 'warning',
  local: true,
  description: {
    vi: 'Văn bản in thành một đoạn không có dấu xuống dòng (xuống dòng sẽ thành dấu cách)',
    en: 'A text printed as one paragraph holds no line break (it would print as a space)',
  },
  check({ plan, files }, report) {
    eachText({ plan, files }, (text, at, item) => {
      if (keepsLines(at.path)) return;
      // The line breaks a text ends with, matched only where their run starts: "[\r\n]+$" alone
      // tries every break of a long run in the middle of a text, each to the run's end.
      const body = text.replace(/(?<![\r\n])[\r\n]+$/, '');
      const found = /\r?\n/.exec(body);
      if (found) report({ ...at, span: { offset: found.index + found[0].length, length: 1 } }, { ...item() });
    });
  },
};

function keepsLines(path: readonly PathSegment[]): boolean {
  const [first, second] = path;
  // The trích yếu keeps its lines too: offices break a long one where it reads well.
  if (first === 'title') return true;
  // Own keys only: a text under a key named "constructor" is the clerk's, not Object's.
  return Object.hasOwn(LINE_FIELDS, String(first)) && LINE_FIELDS[String(first)]!.includes(String(second));
}
