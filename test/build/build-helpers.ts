import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { recordBuiltDocx, snapshotOutput } from '../support/record-docx.js';
import { readDocx, type Block, type DocxView, type Paragraph, type Table } from '../support/docx-reader.js';

/** The repository root (holding plans/, templates/, bin/). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The plan the reference text was typed from. */
export const PLAN_DIR = join(REPO_ROOT, 'plans', 'ke-hoach-2023');

/** The reference text of the signed Kế hoạch. */
export const REFERENCE_TEXT = join(REPO_ROOT, 'test', 'fixtures', 'reference', 'ke-hoach-2023.txt');

/** What one in-process run of the CLI printed, and its exit code. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with a captured, colourless Io (cwd defaults to the repo root). */
export async function runCli(argv: readonly string[], cwd: string = REPO_ROOT): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
    env: {},
    isTTY: false,
  };
  const before = snapshotOutput(argv, cwd);
  const code = await main(argv, io);
  recordBuiltDocx(argv, cwd, before);
  return { code, stdout, stderr };
}

/** A fresh temporary folder. */
export function freshTempDir(prefix = 'plan-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The reference plan built into a fresh temporary folder, read back. */
export interface BuiltPlan {
  outDir: string;
  docxPath: string;
  doc: DocxView;
}

/** Builds plans/ke-hoach-2023 with `plan build <dir> --out <tmp>`; throws with the CLI output when it fails. */
export async function buildReferencePlan(): Promise<BuiltPlan> {
  const outDir = freshTempDir();
  const run = await runCli(['build', PLAN_DIR, '--out', outDir]);
  if (run.code !== 0) throw new Error(`plan build exited ${run.code}\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
  const docxPath = join(outDir, 'ke-hoach-2023.docx');
  return { outDir, docxPath, doc: readDocx(docxPath) };
}

/**
 * The body blocks of the first section (the Kế hoạch itself): everything up to and including the
 * first paragraph that carries a section break, or the whole body when there is only one section.
 */
export function firstSectionBlocks(doc: DocxView): Block[] {
  const end = doc.body.findIndex((b) => b.kind === 'p' && b.sectionProps !== undefined);
  return end === -1 ? doc.body : doc.body.slice(0, end + 1);
}

/** Every paragraph of some blocks, table cells included, in reading order. */
export function paragraphsOf(blocks: readonly Block[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of blocks) {
    if (block.kind === 'p') out.push(block);
    else for (const row of block.rows) for (const cell of row.cells) out.push(...cell.paragraphs);
  }
  return out;
}

/** The top-level paragraphs of some blocks (tables left out). */
export function topLevelParagraphs(blocks: readonly Block[]): Paragraph[] {
  return blocks.filter((b): b is Paragraph => b.kind === 'p');
}

/** The top-level tables of some blocks. */
export function topLevelTables(blocks: readonly Block[]): Table[] {
  return blocks.filter((b): b is Table => b.kind === 'table');
}

/** Runs of whitespace (line breaks, non-breaking spaces included) as one space, trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
