import type { Diagnostic } from '../diagnostics.js';

/** What a finding's range becomes, and the message id of the fix's title ("Xóa dấu cách thừa"). */
export interface QuickFix {
  newText: string;
  title: string;
}

const SPACES = /^[ \t\u00a0]+$/;

/**
 * The mechanical fix of a finding, the one both `plan lsp` (a quick fix) and `plan check --fix`
 * apply: given the characters the file holds at the finding's range (`written`), what they become.
 * Offered only when `written` is exactly the stretch of the text the rule judged. Where the file
 * writes the text otherwise than its value (an escape, a line break folded inside the stretch),
 * the finding points at the whole text or the characters differ, and replacing them would change
 * other words: no fix then.
 *
 * - text-spacing: a run of stray spaces becomes what the rule says (`replacement`: one or none).
 * - text-nfc: a decomposed word (NFD) becomes its precomposed form; text pasted from TCVN3 or VNI
 *   is not mechanical (the encoding is a guess), so it has none.
 * - date-format: "ngày 5/1/2023" becomes "ngày 05/01/2023", in the form it was written in.
 */
export function quickFix(d: Diagnostic, written: string): QuickFix | undefined {
  if (!d.span || written.length !== d.span.length) return undefined;
  const fix = d.args['fix'];
  switch (d.code) {
    case 'text-spacing': {
      const replacement = d.args['replacement'];
      if (typeof replacement !== 'string' || !SPACES.test(written)) return undefined;
      return { newText: replacement, title: replacement === '' ? 'fix.spacing' : 'fix.spacing.one' };
    }
    case 'text-nfc': {
      const word = d.args['word'];
      if (d.messageId !== 'text-nfc' || typeof word !== 'string' || written === word || written.normalize('NFC') !== word) return undefined;
      return { newText: word, title: 'fix.nfc' };
    }
    case 'date-format':
      if (typeof fix !== 'string' || written !== d.args['value']) return undefined;
      return { newText: fix, title: 'fix.date-format' };
    default:
      return undefined;
  }
}

/** The codes of the findings that may have a mechanical fix. */
export const FIXABLE_CODES: ReadonlySet<string> = new Set(['text-spacing', 'text-nfc', 'date-format']);

/**
 * A finding's fix where it stands in its file's text (`start` to `end`): none when that stretch
 * crosses a line end or lies in a line's indentation. YAML joins a folded or plain text's lines
 * with one space and drops their indentation, so a doubled space "at" the start of a line is the
 * line end and the indentation: replacing that indentation would break the YAML.
 */
export function fixInText(d: Diagnostic, text: string, start: number, end: number): QuickFix | undefined {
  const written = text.slice(start, end);
  if (written.includes('\n') || written.includes('\r')) return undefined;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (/^[ \t]*$/.test(text.slice(lineStart, start)) && /^[ \t]+$/.test(written)) return undefined;
  return quickFix(d, written);
}
