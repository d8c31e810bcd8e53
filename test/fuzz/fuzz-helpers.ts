import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { recordBuiltDocx, snapshotOutput } from '../support/record-docx.js';

/** The sample plan every fuzz and hostile case starts from. */
export const SAMPLE_DIR = fileURLToPath(new URL('../../plans/ke-hoach-2023/', import.meta.url));

/** The YAML files of the sample plan. */
export const PLAN_FILES = ['plan.yaml', 'units.yaml', 'tasks.yaml', 'appendices.yaml'] as const;
export type PlanFile = (typeof PLAN_FILES)[number];

/** What one in-process run of the CLI printed, and its exit code. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A copy of the sample plan in a fresh folder: `<root>/ke-hoach-2023`, and `<root>/out` not yet made. */
export interface PlanCopy {
  root: string;
  planDir: string;
  outDir: string;
}

/** Copies the sample's YAML files (not its committed .md, so a written one is noticed). */
export function copySample(): PlanCopy {
  const root = mkdtempSync(join(tmpdir(), 'plan-fuzz-'));
  const planDir = join(root, 'ke-hoach-2023');
  cpSync(SAMPLE_DIR, planDir, { recursive: true, filter: (source) => !source.endsWith('.md') });
  return { root, planDir, outDir: join(root, 'out') };
}

export function removeCopy(copy: PlanCopy): void {
  rmSync(copy.root, { recursive: true, force: true });
}

/** The sample's text of one file. */
export function sampleText(file: PlanFile): string {
  return readFileSync(join(SAMPLE_DIR, file), 'utf8');
}

/** Runs the CLI in-process from `cwd` (paths in diagnostics are relative to it), with colour off. */
export async function runCli(cwd: string, argv: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {}, isTTY: false };
  const before = snapshotOutput(argv, cwd);
  const code = await main(argv, io);
  recordBuiltDocx(argv, cwd, before);
  return { code, stdout, stderr };
}

/** Signs that a JavaScript error escaped to the user: stack frames and error class names. */
const CRASH_SIGNS = [
  /\n\s+at .*\(/,
  /\n\s+at .*:\d+:\d+/,
  /\b(?:TypeError|RangeError|ReferenceError|SyntaxError|EvalError|URIError|AggregateError|InternalError)\b/,
  /Maximum call stack|Cannot read propert|is not a function|is not iterable|undefined \(reading|Invalid string length|out of memory/i,
];

/** The crash signs found in what a run printed (empty when it printed only messages). */
export function crashSigns(run: CliRun): string[] {
  const printed = `\n${run.stdout}\n${run.stderr}`;
  return CRASH_SIGNS.filter((sign) => sign.test(printed)).map(String);
}

/** A diagnostic as `--format json` prints it. */
export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  rule: string;
  message: string;
  path: (string | number)[];
}

export function parseJsonReport(stdout: string): JsonDiagnostic[] {
  return (JSON.parse(stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics;
}

/** Lines as a YAML parser counts them: LF and CRLF end a line (a lone CR does not, in YAML 1.2). */
export function lineCount(text: string): number {
  return text.split('\n').length;
}

/**
 * What is wrong with where the diagnostics point: each must name a file of the plan folder that
 * exists and a line of it (1 to the number of lines), with a column of 1 or more.
 */
export function misplaced(diagnostics: readonly JsonDiagnostic[], cwd: string, planDir: string): string[] {
  const problems: string[] = [];
  const lines = new Map<string, number>();
  for (const d of diagnostics) {
    const where = `${d.file}:${d.line}:${d.column} (${d.rule}: ${d.message.slice(0, 200)})`;
    const path = resolve(cwd, d.file);
    const inPlan = relative(planDir, path);
    if (inPlan.startsWith('..') || isAbsolute(inPlan) || !existsSync(path) || !statSync(path).isFile()) {
      problems.push(`not a file of the plan: ${where}`);
      continue;
    }
    if (!lines.has(path)) lines.set(path, lineCount(readFileSync(path, 'utf8')));
    const count = lines.get(path)!;
    if (!Number.isInteger(d.line) || d.line < 1 || d.line > count) problems.push(`line outside 1..${count}: ${where}`);
    if (!Number.isInteger(d.column) || d.column < 1) problems.push(`column below 1: ${where}`);
    if (!Number.isInteger(d.endLine) || d.endLine < d.line || d.endLine > count) problems.push(`end line outside ${d.line}..${count}: ${where}`);
  }
  return problems;
}

/** Characters XML 1.0 does not allow (a parser that checks only structure lets them through). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;

/**
 * What is wrong with a .docx as a zip of XML parts: it must unzip, and each .xml and .rels part
 * must be UTF-8, well-formed, and free of characters XML 1.0 does not allow. Empty when it opens.
 */
export function docxProblems(bytes: Uint8Array): string[] {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes);
  } catch (error) {
    return [`does not unzip: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  if (!parts['word/document.xml']) problems.push('no word/document.xml');
  for (const [name, data] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      problems.push(`${name}: not UTF-8`);
      continue;
    }
    const valid = XMLValidator.validate(text);
    if (valid !== true) problems.push(`${name}: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
    const bad = NOT_XML.exec(text);
    if (bad) problems.push(`${name}: character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at ${bad.index}`);
  }
  return problems;
}

/** Every file under a folder, relative to it (empty when the folder does not exist). */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}
