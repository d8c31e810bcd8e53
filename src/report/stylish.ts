import { Chalk } from 'chalk';
import type { Diagnostic } from '../diagnostics.js';
import type { Lang } from '../messages/catalogue.js';
import { formatMessage } from '../messages/format-message.js';

const WORDS = {
  vi: { error: 'lỗi', warning: 'cảnh báo', summary: (e: number, w: number) => `${e} lỗi, ${w} cảnh báo` },
  en: { error: 'error', warning: 'warning', summary: (e: number, w: number) => `${e} error(s), ${w} warning(s)` },
} as const;

/**
 * The default, human format: diagnostics grouped by file, each line starting with
 * `file:line:column` so terminals and editors can jump to it; colour only when `colorLevel` > 0.
 */
export function formatStylish(diagnostics: readonly Diagnostic[], lang: Lang, colorLevel: 0 | 1 | 2 | 3): string {
  if (diagnostics.length === 0) return '';
  const c = new Chalk({ level: colorLevel });
  const words = WORDS[lang];
  const lines: string[] = [];
  let file: string | undefined;
  for (const d of diagnostics) {
    if (d.file !== file) {
      if (file !== undefined) lines.push('');
      lines.push(c.underline(d.file));
      file = d.file;
    }
    const severity = d.severity === 'error' ? c.red(words.error) : c.yellow(words.warning);
    lines.push(`${d.file}:${d.start.line}:${d.start.column}  ${severity}  ${printable(formatMessage(d, lang))}  ${c.dim(d.code)}`);
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  lines.push('', c.bold(words.summary(errors, diagnostics.length - errors)));
  return `${lines.join('\n')}\n`;
}

/** Messages quote the user's text: control characters (terminal escape codes among them) are shown as U+XXXX, never sent to the terminal. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
