import { checkTemplates } from './check/check-templates.js';
import { RULES } from './check/rules/index.js';
import { runRules } from './check/run-rules.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { loadPlan, type Overlay } from './load/load-plan.js';
import { locateDiagnostics } from './load/locate.js';
import type { SourceFile } from './load/source-file.js';
import { buildPlan } from './model/build-plan.js';
import type { RawAppendicesFile, RawPlanFile, RawTasksFile, RawUnitsFile } from './model/raw.js';
import type { Day } from './model/days.js';
import type { RawProgressFile } from './model/progress.js';
import type { Plan } from './model/types.js';
import { validateFiles, wellShapedSources } from './validate/validate-files.js';
import { pushAll } from './push-all.js';

/** What `plan check` reports and `plan build` renders: the model only when the data was well-formed. */
export interface CompileResult {
  id: string;
  plan: Plan | undefined;
  diagnostics: Diagnostic[];
  /** Places findings made later (while rendering) in the plan's files, as its own were. */
  locate(found: Diagnostic[]): Diagnostic[];
}

export interface CompileOptions {
  /** Paths in diagnostics are relative to this folder. */
  cwd?: string;
  /** The document is about to be signed: number and day must be filled (rule final-number-filled). */
  final?: boolean;
  /** `--as-of`: the day progress is judged on (rule progress-overdue-unreported). */
  asOf?: Day;
  /** Texts read instead of the files on disk, by absolute path: an editor's unsaved buffers (`plan lsp`). */
  overlay?: Overlay;
  /** Findings of a rule shown in one text, and in one file (src/check/run-rules.ts); `check --fix` asks for more. */
  findingsPerText?: number;
  findingsPerFile?: number;
}

/**
 * The pipeline, in order: load, validate, model, check, locate. The model is built only from data
 * that passed its schema: when some did not, it is built from what did (the fields that failed
 * left out, a file that cannot pass left out whole, validate/well-shaped.ts) and only the rules
 * that judge values present (`Rule.local`) run on it, so one bad field hides no other finding and
 * no finding comes of what was left out. That model is not returned: nothing is built from it.
 */
export function compilePlan(dir: string, options: CompileOptions = {}): CompileResult {
  const loaded = loadPlan(dir, options.cwd ?? process.cwd(), options.overlay);
  const diagnostics = [...loaded.diagnostics, ...validateFiles(loaded.sources), ...checkTemplates(dir, options.cwd ?? process.cwd())];
  const whole = !hasErrors(diagnostics);
  const sources = whole ? loaded.sources : wellShapedSources(loaded.sources);
  const input = pick(sources);
  let plan: Plan | undefined;
  if (input.plan && input.units) {
    const model = buildPlan({ id: loaded.id, dir, ...input, plan: input.plan, units: input.units });
    // The texts as written, every one: a value of the wrong shape beside them (a number in a list
    // of paragraphs) takes its field out of the model, not the other texts out of the text rules.
    const files = loaded.sources.map((s) => ({ kind: s.kind, file: s.file, data: s.data }));
    pushAll(diagnostics, runRules({ plan: model, files, final: options.final ?? false, ...(options.asOf ? { asOf: options.asOf } : {}) }, whole ? RULES : RULES.filter((r) => r.local), options.findingsPerText, options.findingsPerFile));
    if (whole) plan = model;
  }
  const locate = (found: Diagnostic[]) => sortDiagnostics(locateDiagnostics(found, loaded.sources));
  return { id: loaded.id, plan, diagnostics: locate(diagnostics), locate };
}

function pick(sources: readonly SourceFile[]) {
  const get = (kind: SourceFile['kind']) => {
    const source = sources.find((s) => s.kind === kind);
    return source && { file: source.file, data: source.data };
  };
  return {
    plan: get('plan') as { file: string; data: RawPlanFile } | undefined,
    units: get('units') as { file: string; data: RawUnitsFile } | undefined,
    tasks: get('tasks') as { file: string; data: RawTasksFile } | undefined,
    appendices: get('appendices') as { file: string; data: RawAppendicesFile } | undefined,
    progress: sources.filter((s) => s.kind === 'progress').map((s) => ({ file: s.file, data: s.data as RawProgressFile })),
  };
}
