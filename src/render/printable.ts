import { REFERENCE } from '../model/references.js';
import type { Plan } from '../model/types.js';
import { removeInvalidXmlChars } from './docx/xml-text.js';

/**
 * Line breaks of any kind, Word's manual line break (U+000B) and page break (U+000C) included, with
 * the white space around them (U+0085 is no \s: named with it). Tried only where a run of white
 * space starts: tried at each space of a long run holding no break, the pattern read the rest of
 * the run each time (99,000 spaces took seconds).
 */
const BREAKS = /(?<![\s\u0085])[\s\u0085]*[\r\n\v\f\u0085\u2028\u2029]+[\s\u0085]*/g;


/**
 * One paragraph's text as printed: line breaks become spaces (rule text-line-break warns where a
 * clerk typed one), characters XML cannot hold are removed (rule text-control-chars reports them).
 * The text is data from here on: renderers never read it as markup beyond `*` and `**`.
 */
export function line(text: string): string {
  return removeInvalidXmlChars(HAS_BREAK.test(text) ? text.replace(BREAKS, ' ') : text).trim();
}

/** Whether a text holds a line break BREAKS would replace: most hold none, and this test is cheaper than the replace. */
const HAS_BREAK = /[\r\n\v\f\u0085\u2028\u2029]/;

/** How a reference prints: a section's or task's number ("V", "2.1"), an appendix's name ("Phụ lục II"). */
export type ReferenceLabel = (id: string) => string | undefined;

/**
 * A plan text as printed, references resolved: "Như mục [#to-chuc]" prints "Như mục V". An unknown
 * id stays as typed (rule reference-known reports it, and a plan with errors is not built).
 */
export function printable(text: string, label: ReferenceLabel): string {
  return line(text).replace(REFERENCE, (whole, id: string) => label(id) ?? whole);
}

/** The reference labels of a plan, an appendix's named by the `appendix-label` phrase. */
export function referenceLabels(plan: Plan, appendixLabel: (label: string) => string): ReferenceLabel {
  return (id) => {
    const target = plan.references.get(id);
    if (!target) return undefined;
    return target.kind === 'appendix' ? appendixLabel(target.label) : target.label;
  };
}
