import { RULES } from '../check/rules/index.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Lang } from '../messages/catalogue.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export const FORMATS = ['stylish', 'json', 'github', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** Formats that print one document for programs to parse: stdout holds nothing else. */
export const DOCUMENT_FORMATS: ReadonlySet<Format> = new Set(['json', 'sarif']);

/** Diagnostics as text in the chosen format; pure, the command prints it. */
export function formatDiagnostics(
  diagnostics: readonly Diagnostic[],
  format: Format,
  options: { lang: Lang; colorLevel: 0 | 1 | 2 | 3; version: string; readmeUrl: string },
): string {
  switch (format) {
    case 'json':
      return formatJson(diagnostics, options.lang);
    case 'github':
      return formatGithub(diagnostics, options.lang);
    case 'sarif':
      return formatSarif(diagnostics, RULES, options);
    default:
      return formatStylish(diagnostics, options.lang, options.colorLevel);
  }
}
