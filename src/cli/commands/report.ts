import { join, relative, resolve } from 'node:path';
import { compilePlan } from '../../compile.js';
import { hasErrors, uniqueDiagnostics } from '../../diagnostics.js';
import type { Lang } from '../../messages/catalogue.js';
import { formatText } from '../../messages/format-message.js';
import { buildReport } from '../../progress-report/build-report.js';
import { parseReportPeriod } from '../../progress-report/report-period.js';
import type { Io } from '../io.js';
import { resolvePlanDirs } from '../plan-dirs.js';
import { reportDiagnostics } from '../report-options.js';
import { UsageError } from '../usage-error.js';
import { checkSourceDateEpoch } from './build.js';

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
  const period = parseReportPeriod(options.period);
  if (!period) throw new UsageError('cli.bad-period', { value: options.period });
  checkSourceDateEpoch(io.env['SOURCE_DATE_EPOCH']);
  const dirs = resolvePlanDirs(args, io.cwd);
  const results = dirs.map((dir) => compilePlan(dir, { cwd: io.cwd }));
  const diagnostics = uniqueDiagnostics(results.flatMap((r) => r.diagnostics));
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
    const bytes = await renderReportDocx(buildReport(result.plan!, period), io.env['SOURCE_DATE_EPOCH']);
    const name = `${result.id}-bao-cao-${period.name.toLowerCase()}`;
    files.push({ path: join(outDir, `${name}.docx`), bytes });
    if (options.md) {
      const { renderReportMarkdown } = await import('../../progress-report/render-report-markdown.js');
      files.push({ path: join(outDir, `${name}.md`), bytes: new TextEncoder().encode(renderReportMarkdown(buildReport(result.plan!, period))) });
    }
  }
  writeAllAtomically(files);
  for (const file of files) io.stdout(`${formatText('cli.wrote', { file: relative(io.cwd, file.path), kb: Math.ceil(file.bytes.length / 1024) }, options.lang)}\n`);
  return 0;
}
