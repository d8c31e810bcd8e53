import type { Diagnostic } from '../diagnostics.js';
import type { Lang } from '../messages/catalogue.js';
import { formatMessage } from '../messages/format-message.js';

/** `--format github`: one GitHub Actions workflow command per finding, shown on the changed lines. */
export function formatGithub(diagnostics: readonly Diagnostic[], lang: Lang): string {
  return diagnostics
    .map((d) => {
      const properties = [
        `file=${property(d.file)}`,
        `line=${d.start.line}`,
        `col=${d.start.column}`,
        `endLine=${d.end.line}`,
        `endColumn=${d.end.column}`,
        `title=${property(d.code)}`,
      ].join(',');
      return `::${d.severity === 'error' ? 'error' : 'warning'} ${properties}::${data(formatMessage(d, lang))}\n`;
    })
    .join('');
}

/** Escaping of a workflow command's message (GitHub's toolkit: %, CR, LF). */
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value, which also may not hold ":" or ",". */
function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
