import { uniqueDiagnostics } from '../../diagnostics.js';
import { compilePlan } from '../../compile.js';
import { formatText } from '../../messages/format-message.js';
import { parseAsOf } from '../as-of.js';
import type { Io } from '../io.js';
import { resolvePlanDirs } from '../plan-dirs.js';
import { reportDiagnostics, type ReportOptions } from '../report-options.js';

/** `plan check`: every problem of every plan, located; exit 1 when they fail the `--fail-on` level. */
export function runCheck(args: readonly string[], options: ReportOptions & { asOf?: string }, io: Io): number {
  const asOf = options.asOf === undefined ? {} : { asOf: parseAsOf(options.asOf) };
  const results = resolvePlanDirs(args, io.cwd).map((dir) => compilePlan(dir, { cwd: io.cwd, final: options.final, ...asOf }));
  const diagnostics = uniqueDiagnostics(results.flatMap((r) => r.diagnostics));
  if (reportDiagnostics(diagnostics, options, io)) return 1;
  if (diagnostics.length === 0 && options.format === 'stylish' && options.output === undefined) io.stdout(`${formatText('cli.clean', { count: results.length }, options.lang)}\n`);
  return 0;
}
