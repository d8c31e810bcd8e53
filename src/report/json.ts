import type { Diagnostic } from '../diagnostics.js';
import type { Lang } from '../messages/catalogue.js';
import { formatMessage } from '../messages/format-message.js';

/** Version of the JSON shape below; raised only when a field changes meaning or goes away. */
export const JSON_FORMAT_VERSION = 1;

/**
 * `--format json`: a stable shape for scripts (README, "JSON output").
 * `{ version, summary: { errors, warnings }, diagnostics: [{ file, line, column, endLine,
 * endColumn, severity, rule, message, path }] }`, sorted by file and position.
 */
export function formatJson(diagnostics: readonly Diagnostic[], lang: Lang): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return `${JSON.stringify(
    {
      version: JSON_FORMAT_VERSION,
      summary: { errors, warnings: diagnostics.length - errors },
      diagnostics: diagnostics.map((d) => ({
        file: d.file,
        line: d.start.line,
        column: d.start.column,
        endLine: d.end.line,
        endColumn: d.end.column,
        severity: d.severity,
        rule: d.code,
        message: formatMessage(d, lang),
        path: d.path,
      })),
    },
    null,
    2,
  )}\n`;
}
