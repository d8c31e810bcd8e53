import { RULES } from './check/rules/index.js';
import { runRules } from './check/run-rules.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { loadPlan } from './load/load-plan.js';
import { locateDiagnostics } from './load/locate.js';
import type { SourceFile } from './load/source-file.js';
import { buildPlan } from './model/build-plan.js';
import type { RawAppendicesFile, RawPlanFile, RawTasksFile, RawUnitsFile } from './model/raw.js';
import type { Day } from './model/days.js';
import type { RawProgressFile } from './model/progress.js';
import type { Plan } from './model/types.js';
import { validateFiles } from './validate/validate-files.js';

/** What `plan check` reports and `plan build` renders: the model only when the data was well-formed. */
export interface CompileResult {
  id: string;
  plan: Plan | undefined;
  diagnostics: Diagnostic[];
}

export interface CompileOptions {
  /** Paths in diagnostics are relative to this folder. */
  cwd?: string;
  /** The document is about to be signed: number and day must be filled (rule final-number-filled). */
  final?: boolean;
  /** `--as-of`: the day progress is judged on (rule progress-overdue-unreported). */
  asOf?: Day;
}

/** The pipeline, in order: load, validate, model, check, locate. */
export function compilePlan(dir: string, options: CompileOptions = {}): CompileResult {
  const loaded = loadPlan(dir, options.cwd ?? process.cwd());
  const diagnostics = [...loaded.diagnostics, ...validateFiles(loaded.sources)];
  let plan: Plan | undefined;
  if (!hasErrors(diagnostics)) {
    // The model is built only from data that passed its schema.
    plan = buildPlan({ id: loaded.id, dir, ...pick(loaded.sources) });
    const files = loaded.sources.map((s) => ({ kind: s.kind, file: s.file, data: s.data }));
    diagnostics.push(...runRules({ plan, files, final: options.final ?? false, ...(options.asOf ? { asOf: options.asOf } : {}) }, RULES));
  }
  return { id: loaded.id, plan, diagnostics: sortDiagnostics(locateDiagnostics(diagnostics, loaded.sources)) };
}

function pick(sources: readonly SourceFile[]) {
  const get = (kind: SourceFile['kind']) => {
    const source = sources.find((s) => s.kind === kind);
    return source && { file: source.file, data: source.data };
  };
  return {
    plan: get('plan') as { file: string; data: RawPlanFile },
    units: get('units') as { file: string; data: RawUnitsFile },
    tasks: get('tasks') as { file: string; data: RawTasksFile } | undefined,
    appendices: get('appendices') as { file: string; data: RawAppendicesFile } | undefined,
    progress: sources.filter((s) => s.kind === 'progress').map((s) => ({ file: s.file, data: s.data as RawProgressFile })),
  };
}
