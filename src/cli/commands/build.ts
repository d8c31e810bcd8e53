import { basename, join, relative, resolve } from 'node:path';
import { compilePlan, type CompileResult } from '../../compile.js';
import { hasErrors, unlocated, type Diagnostic, uniqueDiagnostics } from '../../diagnostics.js';
import { formatText } from '../../messages/format-message.js';
import type { Plan } from '../../model/types.js';
import type { TableOverflow } from '../../render/docx/appendix-section.js';
import type { PendingFile } from '../../render/write-output.js';
import type { Io } from '../io.js';
import { findRepoRoot, resolvePlanDirs } from '../plan-dirs.js';
import { DOCUMENT_FORMATS } from '../../report/format.js';
import { reportDiagnostics, type ReportOptions } from '../report-options.js';
import { UsageError } from '../usage-error.js';
import { pushAll } from '../../push-all.js';

export interface BuildOptions extends ReportOptions {
  /** The output folder as given; left out, `out/` of the repository (plan-dirs.ts: findRepoRoot). */
  out?: string;
  appendixFiles?: boolean;
  pdf?: boolean;
  md?: boolean;
  soffice?: string;
  quiet?: boolean;
}

/**
 * `plan build`: compiles every plan first and writes only when none has errors, so a broken
 * plan never leaves a half-updated set of documents; then writes the files of every plan all or
 * nothing (writeAllAtomically).
 */
export async function runBuild(args: readonly string[], options: BuildOptions, io: Io): Promise<number> {
  const dirs = resolvePlanDirs(args, io.cwd);
  const soffice = await converterFor(options, io);
  if (soffice === null) return 2;
  return (await buildOnce(dirs, options, io, soffice)).code;
}

/** LibreOffice for `--pdf`: undefined without --pdf, null (once said on stderr) when it is not found. */
export async function converterFor(options: BuildOptions, io: Io): Promise<string | undefined | null> {
  if (!options.pdf) return undefined;
  const { findSoffice } = await import('../../render/pdf.js');
  const soffice = findSoffice(options.soffice, io.env);
  if (soffice) return soffice;
  io.stderr(`${formatText('cli.no-soffice', {}, options.lang)}\n`);
  return null;
}

/** One build of the given plans: what `--watch` repeats. */
export async function buildOnce(dirs: readonly string[], options: BuildOptions, io: Io, soffice?: string): Promise<{ code: number; diagnostics: Diagnostic[] }> {
  checkSourceDateEpoch(io.env['SOURCE_DATE_EPOCH']);
  const results = dirs.map((dir) => compilePlan(dir, { cwd: io.cwd, final: options.final }));
  const checked = uniqueDiagnostics(results.map((r) => r.diagnostics));
  if (hasErrors(checked)) return refuse(checked, options, io);
  // Loaded only here: `plan check` never pays for the docx library.
  const { writeAllAtomically } = await import('../../render/write-output.js');
  // Rendered before anything is reported: what only rendering finds (a table too wide for its
  // page) is reported with the rest, and --fail-on warning can still stop before a file is written.
  const rendered: { result: CompileResult; files: PendingFile[]; ms: number }[] = [];
  const layout: Diagnostic[] = [];
  for (const result of results) {
    const started = performance.now();
    const found: Diagnostic[] = [];
    rendered.push({ result, files: await renderPlan(result.plan!, options, io, soffice, found), ms: performance.now() - started });
    pushAll(layout, result.locate(found));
  }
  const diagnostics = [...checked, ...layout];
  if (reportDiagnostics(diagnostics, options, io)) return refuse(diagnostics, options, io, true);
  const clash = firstClash(rendered.flatMap(({ result, files }) => files.map((f) => ({ path: f.path, plan: result.plan!.dir }))));
  if (clash) throw new UsageError('cli.output-clash', { file: relative(io.cwd, clash.path), first: relative(io.cwd, clash.first) || '.', second: relative(io.cwd, clash.second) || '.' });
  writeAllAtomically(rendered.flatMap((r) => r.files));
  if (!options.quiet) {
    // A document format owns stdout; the build's own lines go to stderr beside it.
    const print = DOCUMENT_FORMATS.has(options.format) ? io.stderr : io.stdout;
    for (const { result, files, ms } of rendered) {
      const list = files.map((f) => `${relative(io.cwd, f.path)} (${Math.ceil(f.bytes.length / 1024)} KB)`).join(', ');
      print(`${formatText('cli.built', { plan: result.id, files: list, seconds: seconds(ms) }, options.lang)}\n`);
    }
  }
  return { code: 0, diagnostics };
}

/** Nothing is written: the problems are said (unless already), and why nothing was written. */
function refuse(diagnostics: Diagnostic[], options: BuildOptions, io: Io, reported = false): { code: number; diagnostics: Diagnostic[] } {
  if (!reported) reportDiagnostics(diagnostics, options, io);
  io.stderr(`${formatText(hasErrors(diagnostics) ? 'cli.nothing-written' : 'cli.nothing-written-warnings', {}, options.lang)}\n`);
  return { code: 1, diagnostics };
}

async function renderPlan(plan: Plan, options: BuildOptions, io: Io, soffice: string | undefined, found: Diagnostic[]): Promise<PendingFile[]> {
  const { renderDocx } = await import('../../render/render-docx.js');
  const outDir = options.out === undefined ? join(findRepoRoot(io.cwd) ?? io.cwd, 'out') : resolve(io.cwd, options.out);
  const onTableOverflow: TableOverflow = (table, columns, size) => {
    const args = { appendix: table.appendix ?? '', title: table.title, columns: columns.map((c) => `"${c}"`).join(', '), size };
    const messageId = table.appendix === null ? 'table-fits.body' : table.landscape ? 'table-fits.landscape' : 'table-fits';
    found.push(unlocated('table-fits', 'warning', table.origin, messageId, args));
  };
  const docx = await renderDocx(plan, { appendixFiles: options.appendixFiles, sourceDateEpoch: io.env['SOURCE_DATE_EPOCH'], onTableOverflow });
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

const LAST_SECOND_OF_9999 = Date.UTC(9999, 11, 31, 23, 59, 59) / 1000;

/**
 * SOURCE_DATE_EPOCH, when set, is whole seconds since 1970 up to the end of year 9999 (what a
 * document date can hold); anything else is a mistake to be told about, not a value to ignore.
 * Empty counts as unset, as the reproducible-builds convention has it.
 */
export function checkSourceDateEpoch(value: string | undefined): void {
  if (value === undefined || value === '') return;
  if (!/^\d+$/.test(value) || Number(value) > LAST_SECOND_OF_9999) throw new UsageError('cli.bad-source-date-epoch', { value });
}

/** Two plans that would write the same file (two folders of one name, say): the first such file. */
export function firstClash(targets: readonly { path: string; plan: string }[]): { path: string; first: string; second: string } | undefined {
  const owner = new Map<string, string>();
  for (const { path, plan } of targets) {
    const first = owner.get(path);
    if (first !== undefined && first !== plan) return { path, first, second: plan };
    owner.set(path, plan);
  }
  return undefined;
}

export function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}
