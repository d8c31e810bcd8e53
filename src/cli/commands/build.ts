import { basename, join, relative, resolve } from 'node:path';
import { compilePlan, type CompileResult } from '../../compile.js';
import type { Diagnostic } from '../../diagnostics.js';
import { formatText } from '../../messages/format-message.js';
import type { Plan } from '../../model/types.js';
import type { Io } from '../io.js';
import { resolvePlanDirs } from '../plan-dirs.js';
import { reportDiagnostics, type ReportOptions } from '../report-options.js';

export interface BuildOptions extends ReportOptions {
  out: string;
  appendixFiles?: boolean;
  pdf?: boolean;
  md?: boolean;
  soffice?: string;
  quiet?: boolean;
}

/** A file of a plan, rendered in memory and not yet written. */
interface PendingFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * `plan build`: compiles every plan first and writes only when none has errors, so a broken
 * plan never leaves a half-updated set of documents. Each file is written atomically.
 */
export async function runBuild(args: readonly string[], options: BuildOptions, io: Io): Promise<number> {
  const dirs = resolvePlanDirs(args, io.cwd);
  const soffice = options.pdf ? await findConverter(options, io) : undefined;
  if (options.pdf && !soffice) {
    io.stderr(`${formatText('cli.no-soffice', {}, options.lang)}\n`);
    return 2;
  }
  return (await buildOnce(dirs, options, io, soffice)).code;
}

/** One build of the given plans: what `--watch` repeats. */
export async function buildOnce(dirs: readonly string[], options: BuildOptions, io: Io, soffice?: string): Promise<{ code: number; diagnostics: Diagnostic[] }> {
  const results = dirs.map((dir) => compilePlan(dir, { cwd: io.cwd, final: options.final }));
  const diagnostics = results.flatMap((r) => r.diagnostics);
  if (reportDiagnostics(diagnostics, options, io)) {
    io.stderr(`${formatText('cli.nothing-written', {}, options.lang)}\n`);
    return { code: 1, diagnostics };
  }
  // Loaded only here: `plan check` never pays for the docx library.
  const { writeAtomically } = await import('../../render/write-output.js');
  const rendered: { result: CompileResult; files: PendingFile[]; started: number }[] = [];
  for (const result of results) {
    const started = performance.now();
    rendered.push({ result, files: await renderPlan(result.plan!, options, io, soffice), started });
  }
  for (const { result, files, started } of rendered) {
    for (const file of files) writeAtomically(file.path, file.bytes);
    if (!options.quiet) {
      const list = files.map((f) => `${relative(io.cwd, f.path)} (${Math.ceil(f.bytes.length / 1024)} KB)`).join(', ');
      io.stdout(`${formatText('cli.built', { plan: result.id, files: list, seconds: seconds(performance.now() - started) }, options.lang)}\n`);
    }
  }
  return { code: 0, diagnostics };
}

async function renderPlan(plan: Plan, options: BuildOptions, io: Io, soffice: string | undefined): Promise<PendingFile[]> {
  const { renderDocx } = await import('../../render/render-docx.js');
  const outDir = resolve(io.cwd, options.out);
  const docx = await renderDocx(plan, { appendixFiles: options.appendixFiles, sourceDateEpoch: io.env['SOURCE_DATE_EPOCH'] });
  const files: PendingFile[] = docx.map((o) => ({ path: join(outDir, o.name), bytes: o.bytes }));
  if (soffice) {
    const { convertToPdf } = await import('../../render/pdf.js');
    for (const o of docx) {
      const name = basename(o.name, '.docx');
      files.push({ path: join(outDir, `${name}.pdf`), bytes: await convertToPdf(soffice, o.bytes, name) });
    }
  }
  if (options.md) {
    const { renderMarkdown } = await import('../../render/render-markdown.js');
    // Beside the plan's YAML, so it is committed with the plan and a pull request shows the change in words.
    files.push({ path: join(plan.dir, `${plan.id}.md`), bytes: new TextEncoder().encode(renderMarkdown(plan)) });
  }
  return files;
}

async function findConverter(options: BuildOptions, io: Io): Promise<string | undefined> {
  const { findSoffice } = await import('../../render/pdf.js');
  return findSoffice(options.soffice, io.env);
}

export function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}
