import { compilePlan } from '../../compile.js';
import { hasErrors } from '../../diagnostics.js';
import type { Lang } from '../../messages/catalogue.js';
import { formatText } from '../../messages/format-message.js';
import { formatStylish } from '../../report/stylish.js';
import { colorLevel, type Io } from '../io.js';
import { resolvePlanDirs } from '../plan-dirs.js';

/** `plan check`: every problem of every plan, located; exit 1 when there are errors. */
export function runCheck(args: readonly string[], options: { lang: Lang; final?: boolean }, io: Io): number {
  const results = resolvePlanDirs(args, io.cwd).map((dir) => compilePlan(dir, { cwd: io.cwd, final: options.final }));
  const diagnostics = results.flatMap((r) => r.diagnostics);
  io.stdout(formatStylish(diagnostics, options.lang, colorLevel(io)));
  if (hasErrors(diagnostics)) return 1;
  if (diagnostics.length === 0) io.stdout(`${formatText('cli.clean', { count: results.length }, options.lang)}\n`);
  return 0;
}
