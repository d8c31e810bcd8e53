/** A 1-based line and column in a source file. */
export interface Position {
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning';

/** One step of a data path: a map key or a sequence index. */
export type PathSegment = string | number;

/** Where a finding belongs in the plan's data, before it is turned into line:column. */
export interface Origin {
  file: string;
  path: PathSegment[];
  /** For a finding inside a text: where in the string value at `path`, so the position is the word's. */
  span?: TextSpan;
}

/** A stretch of a string value, in UTF-16 code units as JavaScript counts them. */
export interface TextSpan {
  offset: number;
  length: number;
}

/** One finding of any stage (YAML syntax, schema, rule), in one shape for every reporter. */
export interface Diagnostic {
  /** Rule id, or `yaml-syntax`, `schema`, `plan-files`, `template-syntax`, `template-unknown`. */
  code: string;
  severity: Severity;
  /** Key into the message catalogues of src/messages. */
  messageId: string;
  args: Record<string, string | number>;
  /** Path shown to the user (relative to the working directory). */
  file: string;
  path: PathSegment[];
  /** Within the string value at `path`; read by `locateDiagnostics`, not printed. */
  span?: TextSpan;
  start: Position;
  end: Position;
}

/** Line 0 marks a diagnostic that `locateDiagnostics` has not placed yet. */
const UNPLACED: Position = { line: 0, column: 0 };

/** A diagnostic whose position is not known yet; `locateDiagnostics` fills it in. */
export function unlocated(
  code: string,
  severity: Severity,
  origin: Origin,
  messageId: string,
  args: Record<string, string | number> = {},
): Diagnostic {
  const diagnostic: Diagnostic = { code, severity, messageId, args, file: origin.file, path: origin.path, start: UNPLACED, end: UNPLACED };
  if (origin.span) diagnostic.span = origin.span;
  return diagnostic;
}

/**
 * The findings of several plans, each said once: a file every plan reads (a repository's own
 * phrase file) is reported by each plan's check, and would be counted once per plan. One plan's
 * findings are each said once already (sortDiagnostics).
 */
export function uniqueDiagnostics(perPlan: readonly (readonly Diagnostic[])[]): Diagnostic[] {
  if (perPlan.length <= 1) return [...(perPlan[0] ?? [])];
  const seen = new Set<string>();
  return perPlan.flat().filter((d) => {
    const key = findingKey(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What makes two findings the same: file, place, rule, message and its values. Long texts (a
 * corrected paragraph as `fix`) stand in it by their start and length, so many findings in one
 * long text do not each copy it. Built by hand, not with JSON: a plan of 285,000 findings spent
 * seconds in JSON.stringify.
 */
function findingKey(d: Diagnostic): string {
  let key = `${d.file}|${d.start.line}|${d.start.column}|${d.code}|${d.messageId}`;
  for (const name in d.args) {
    const value = d.args[name];
    key += `|${name}=${typeof value === 'string' && value.length > 120 ? `${value.slice(0, 120)}…${value.length}` : String(value)}`;
  }
  return key;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Sorted by file, then position, then code; exact duplicates removed. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique = diagnostics.filter((d) => {
    const key = findingKey(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.start.line - b.start.line ||
      a.start.column - b.start.column ||
      compareText(a.code, b.code) ||
      compareText(a.messageId, b.messageId),
  );
}

/** Code-point order, independent of the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
