import { hasErrors, type Diagnostic } from '../diagnostics.js';
import type { Lang } from '../messages/catalogue.js';
import { formatDiagnostics, type Format } from '../report/format.js';
import { colorLevel, type Io } from './io.js';
import { packageVersion } from './version.js';

/** Options every command that reports diagnostics takes. */
export interface ReportOptions {
  lang: Lang;
  format: Format;
  failOn: 'error' | 'warning';
  final?: boolean;
}

/** Prints the diagnostics in the chosen format; true when they should fail the command. */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], options: ReportOptions, io: Io): boolean {
  const text = formatDiagnostics(diagnostics, options.format, { lang: options.lang, colorLevel: colorLevel(io), version: packageVersion() });
  // Machine formats are printed even when empty, so a consumer always gets a document.
  if (text !== '') io.stdout(text);
  return options.failOn === 'warning' ? diagnostics.length > 0 : hasErrors(diagnostics);
}
