import { hasErrors, type Diagnostic } from '../diagnostics.js';
import type { Lang } from '../messages/catalogue.js';
import { formatDiagnostics, type Format } from '../report/format.js';
import { colorLevel, type Io } from './io.js';
import { packageReadmeUrl, packageVersion } from './version.js';
import { writeAllAtomically } from '../render/write-output.js';
import { resolve } from 'node:path';

/** Options every command that reports diagnostics takes. */
export interface ReportOptions {
  lang: Lang;
  format: Format;
  failOn: 'error' | 'warning';
  final?: boolean;
  /** `plan check -o FILE`: the report goes to this file (any format, no colour) instead of stdout. */
  output?: string;
}

/**
 * Prints the diagnostics in the chosen format, or writes them to `options.output` (whole or not at
 * all, as every file the tool writes: writeAllAtomically); true when they should fail the command.
 */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], options: ReportOptions, io: Io): boolean {
  const format = (level: 0 | 1 | 2 | 3) => formatDiagnostics(diagnostics, options.format, { lang: options.lang, colorLevel: level, version: packageVersion(), readmeUrl: packageReadmeUrl() });
  if (options.output !== undefined) {
    // Written even when empty: the file says there was nothing, not what an earlier run found.
    writeAllAtomically([{ path: resolve(io.cwd, options.output), bytes: new TextEncoder().encode(format(0)) }]);
  } else {
    const text = format(colorLevel(io));
    // Machine formats are printed even when empty, so a consumer always gets a document.
    if (text !== '') io.stdout(text);
  }
  return options.failOn === 'warning' ? diagnostics.length > 0 : hasErrors(diagnostics);
}
