import { readFileSync } from 'node:fs';
import { uniqueDiagnostics } from '../../diagnostics.js';
import { compilePlan } from '../../compile.js';
import { fixPlan, type PlanFixes } from '../../fix/fix-plan.js';
import { formatText } from '../../messages/format-message.js';
import { assertWritable, writeAllAtomically } from '../../render/write-output.js';
import { parseAsOf } from '../as-of.js';
import type { Io } from '../io.js';
import { findRepoRoot, resolvePlanDirs } from '../plan-dirs.js';
import { isAbsolute, relative, resolve } from 'node:path';
import { reportDiagnostics, type ReportOptions } from '../report-options.js';

/**
 * `plan check`: every problem of every plan, located; exit 1 when they fail the `--fail-on` level.
 * With `--fix`, the mechanical findings are fixed in the files first (all files or none), what was
 * fixed is said, and what remains is reported as `check` reports it.
 */
export function runCheck(args: readonly string[], options: ReportOptions & { asOf?: string; fix?: boolean }, io: Io): number {
  const asOf = options.asOf === undefined ? {} : { asOf: parseAsOf(options.asOf) };
  const dirs = resolvePlanDirs(args, io.cwd);
  const compileOptions = { cwd: io.cwd, final: options.final, ...asOf };
  if (options.fix) {
    // A report that cannot be written stops the command before any plan file changes.
    if (options.output !== undefined) assertWritable(resolve(io.cwd, options.output));
    // Files are fixed only where they are, below the repository (or a plan named outside one): never through a link.
    const root = findRepoRoot(io.cwd);
    const inside = (dir: string) => root !== undefined && !relative(root, dir).startsWith('..') && !isAbsolute(relative(root, dir));
    fixFiles(dirs.map((dir) => fixPlan(dir, { ...compileOptions, base: inside(dir) ? root! : dir })), options, io);
  }
  const results = dirs.map((dir) => compilePlan(dir, compileOptions));
  const diagnostics = uniqueDiagnostics(results.map((r) => r.diagnostics));
  if (reportDiagnostics(diagnostics, options, io)) return 1;
  if (diagnostics.length === 0 && options.format === 'stylish' && options.output === undefined) io.stdout(`${formatText('cli.clean', { count: results.length }, options.lang)}\n`);
  return 0;
}

/**
 * Writes the fixed files and says, file by file, how
 * many findings of which rules were fixed: on stdout beside a stylish report, on stderr when stdout
 * carries one machine-readable document.
 */
export function fixFiles(plans: readonly PlanFixes[], options: ReportOptions, io: Io): void {
  const say = options.format === 'stylish' && options.output === undefined ? io.stdout : io.stderr;
  // A file edited while the fixes were worked out keeps the edit: it is left, and said so.
  const edited = plans.flatMap((p) => p.files).filter((f) => !sameBytes(f.path, f.before));
  const files = plans.flatMap((p) => p.files).filter((f) => !edited.includes(f));
  writeAllAtomically(files.map((f) => ({ path: f.path, bytes: f.after })));
  for (const file of edited) say(`${formatText('cli.fix-edited', { file: file.file }, options.lang)}\n`);
  for (const file of plans.flatMap((p) => p.linked)) say(`${formatText('cli.fix-linked', { file }, options.lang)}\n`);
  if (files.length === 0) say(`${formatText('cli.fixed-none', {}, options.lang)}\n`);
  for (const file of files) {
    const counts = new Map<string, number>();
    for (const d of file.fixed) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
    const rules = [...counts].map(([code, count]) => `${code}: ${count}`).join(', ');
    say(`${formatText('cli.fixed', { file: file.file, count: file.fixed.length, rules }, options.lang)}\n`);
  }
}

function sameBytes(path: string, bytes: Uint8Array): boolean {
  try {
    return Buffer.from(bytes).equals(readFileSync(path));
  } catch {
    return false;
  }
}
