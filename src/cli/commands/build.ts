import { join, relative, resolve } from 'node:path';
import { compilePlan } from '../../compile.js';
import { formatText } from '../../messages/format-message.js';
import type { Io } from '../io.js';
import { resolvePlanDirs } from '../plan-dirs.js';
import { reportDiagnostics, type ReportOptions } from '../report-options.js';

export interface BuildOptions extends ReportOptions {
  out: string;
  appendixFiles?: boolean;
}

/**
 * `plan build`: compiles every plan first and writes only when none has errors, so a broken
 * plan never leaves a half-updated set of documents.
 */
export async function runBuild(args: readonly string[], options: BuildOptions, io: Io): Promise<number> {
  const results = resolvePlanDirs(args, io.cwd).map((dir) => compilePlan(dir, { cwd: io.cwd, final: options.final }));
  const diagnostics = results.flatMap((r) => r.diagnostics);
  if (reportDiagnostics(diagnostics, options, io)) {
    io.stderr(`${formatText('cli.nothing-written', {}, options.lang)}\n`);
    return 1;
  }
  // Loaded only here: `plan check` never pays for the docx library.
  const { renderDocx } = await import('../../render/render-docx.js');
  const { writeAtomically } = await import('../../render/write-output.js');
  const outDir = resolve(io.cwd, options.out);
  const outputs: { path: string; bytes: Uint8Array }[] = [];
  for (const result of results) {
    for (const output of await renderDocx(result.plan!, { appendixFiles: options.appendixFiles, sourceDateEpoch: io.env['SOURCE_DATE_EPOCH'] })) outputs.push({ path: join(outDir, output.name), bytes: output.bytes });
  }
  for (const output of outputs) {
    writeAtomically(output.path, output.bytes);
    io.stdout(`${formatText('cli.wrote', { file: relative(io.cwd, output.path), kb: Math.ceil(output.bytes.length / 1024) }, options.lang)}\n`);
  }
  return 0;
}
