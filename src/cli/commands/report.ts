import { join, relative, resolve } from 'node:path';
import { compilePlan } from '../../compile.js';
import { hasErrors, uniqueDiagnostics } from '../../diagnostics.js';
import type { Lang } from '../../messages/catalogue.js';
import { formatText } from '../../messages/format-message.js';
import { buildReport } from '../../progress-report/build-report.js';
import { parseReportPeriod, type ReportPeriod } from '../../progress-report/report-period.js';
import type { Day } from '../../model/days.js';
import type { Plan } from '../../model/types.js';
import type { Io } from '../io.js';
import { resolvePlanDirs } from '../plan-dirs.js';
import { reportDiagnostics } from '../report-options.js';
import { UsageError } from '../usage-error.js';
import { checkSourceDateEpoch, firstClash } from './build.js';

export interface ReportCommandOptions {
  period: string;
  out: string;
  md?: boolean;
  lang: Lang;
}

/**
 * `plan report PLAN_DIR --period P`: the Báo cáo of that period as `<out>/<plan>-bao-cao-<period>.docx`.
 * A plan with errors is reported as `plan check` reports it and nothing is written (exit 1).
 */
export async function runReport(args: readonly string[], options: ReportCommandOptions, io: Io): Promise<number> {
  const latest = options.period === 'latest';
  const asked = latest ? undefined : parseReportPeriod(options.period);
  if (!latest && !asked) throw new UsageError('cli.bad-period', { value: options.period });
  checkSourceDateEpoch(io.env['SOURCE_DATE_EPOCH']);
  const dirs = resolvePlanDirs(args, io.cwd);
  const results = dirs.map((dir) => compilePlan(dir, { cwd: io.cwd }));
  const diagnostics = uniqueDiagnostics(results.map((r) => r.diagnostics));
  if (hasErrors(diagnostics)) {
    reportDiagnostics(diagnostics, { lang: options.lang, format: 'stylish', failOn: 'error' }, io);
    io.stderr(`${formatText('cli.nothing-written', {}, options.lang)}\n`);
    return 1;
  }
  // Loaded only here: `plan check` never pays for the docx library.
  const { renderReportDocx } = await import('../../progress-report/render-report-docx.js');
  const { writeAllAtomically } = await import('../../render/write-output.js');
  const outDir = resolve(io.cwd, options.out);
  const files = [];
  for (const result of results) {
    // --period latest (what CI builds): each plan's most recent period file; a plan with none has no report yet.
    const period = asked ?? latestPeriod(result.plan!);
    if (!period) {
      io.stdout(`${formatText('cli.no-progress', { plan: result.id }, options.lang)}\n`);
      continue;
    }
    const report = buildReport(result.plan!, period);
    const bytes = await renderReportDocx(report, io.env['SOURCE_DATE_EPOCH']);
    const name = `${result.id}-bao-cao-${period.name.toLowerCase()}`;
    files.push({ path: join(outDir, `${name}.docx`), bytes, plan: result.plan!.dir });
    if (options.md) {
      const { renderReportMarkdown } = await import('../../progress-report/render-report-markdown.js');
      files.push({ path: join(outDir, `${name}.md`), bytes: new TextEncoder().encode(renderReportMarkdown(report)), plan: result.plan!.dir });
    }
  }
  // Two plan folders of one name would write one file: refused as plan build refuses it.
  const clash = firstClash(files.map((f) => ({ path: f.path, plan: f.plan })));
  if (clash) throw new UsageError('cli.output-clash', { file: relative(io.cwd, clash.path), first: relative(io.cwd, clash.first) || '.', second: relative(io.cwd, clash.second) || '.' });
  writeAllAtomically(files);
  for (const file of files) io.stdout(`${formatText('cli.wrote', { file: relative(io.cwd, file.path), kb: Math.ceil(file.bytes.length / 1024) }, options.lang)}\n`);
  return 0;
}

/** The period of a plan's progress files that ends last; of two ending together (2023-12, 2023), the longer. */
function latestPeriod(plan: Plan): ReportPeriod | undefined {
  const byEnd = (d: Day) => d.year * 10000 + d.month * 100 + d.day;
  const last = [...plan.progress.periods].sort((a, b) => byEnd(b.to) - byEnd(a.to) || byEnd(a.from) - byEnd(b.from))[0];
  return last && parseReportPeriod(last.name);
}
