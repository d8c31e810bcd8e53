import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocx } from '../support/docx-reader.js';
import { corrections, REFERENCE_DIR } from '../support/reference-corrections.js';
import { collapseWhitespace, freshTempDir, paragraphsOf, runCli, type CliRun } from '../build/build-helpers.js';

export { REFERENCE_DIR } from '../support/reference-corrections.js';

/** A fresh repository (a temporary folder holding plans/) to import into. */
export function freshRepo(): string {
  const dir = freshTempDir('plan-import-');
  mkdirSync(join(dir, 'plans'));
  return dir;
}

/** What importing a file and building the result gave. */
export interface ImportedBuild {
  repo: string;
  planDir: string;
  imported: CliRun;
  built: CliRun;
  /** The built .docx's paragraphs (table cells included), whitespace collapsed. */
  paragraphs: string[];
  /** The TODO lines the import printed. */
  todos: string[];
}

/** `plan import FILE -o plans/<name>` in a fresh repository, then `plan build`; throws with the output when either fails. */
export async function importAndBuild(file: string, name: string): Promise<ImportedBuild> {
  const repo = freshRepo();
  const imported = await runCli(['import', file, '-o', `plans/${name}`], repo);
  if (imported.code !== 0) throw new Error(`plan import exited ${imported.code}\n${imported.stdout}\n${imported.stderr}`);
  const built = await runCli(['build', `plans/${name}`, '--out', 'out', '--quiet'], repo);
  if (built.code !== 0) throw new Error(`plan build exited ${built.code}\n${built.stdout}\n${built.stderr}`);
  return {
    repo,
    planDir: join(repo, 'plans', name),
    imported,
    built,
    paragraphs: docxParagraphs(join(repo, 'out', `${name}.docx`)),
    todos: imported.stdout.split('\n').filter((l) => l.includes('  TODO  ')),
  };
}

/** Every paragraph of a .docx (table cells included), whitespace collapsed. */
export function docxParagraphs(path: string): string[] {
  return paragraphsOf(readDocx(path).body).map((p) => collapseWhitespace(p.text));
}

/**
 * The reference's lines as a build prints them: whitespace collapsed, the `*` of italics gone (the
 * build prints them italic), "- + " read as the "+" item it is; each with the form its
 * corrections give (the tool's fixed layout), which a build may print instead.
 */
export function expectedLines(name: string): { line: number; text: string; corrected: string }[] {
  const fixes = corrections(name);
  return readFileSync(join(REFERENCE_DIR, `${name}.txt`), 'utf8')
    .split(/\r?\n/)
    .map((raw, i) => {
      const text = collapseWhitespace(raw.normalize('NFC')).replace(/\*/g, '').replace(/^- \+ /, '+ ');
      const corrected = collapseWhitespace(fixes.reduce((t, c) => (c.line ? (t.trim() === c.from ? c.to : t) : t.split(c.from).join(c.to)), text));
      return { line: i + 1, text, corrected };
    })
    .filter((l) => l.text !== '');
}

/** Lines not found as a paragraph, in order after the previous one found; a corrected form counts, an empty one is skipped. */
export function missingInOrder(lines: readonly { line: number; text: string; corrected: string }[], paragraphs: readonly string[]): { missing: string[]; corrected: number } {
  const missing: string[] = [];
  let corrected = 0;
  let at = 0;
  for (const { line, text, corrected: fixed } of lines) {
    let found = paragraphs.indexOf(text, at);
    if (found === -1 && fixed !== text) {
      corrected++;
      if (fixed === '') continue;
      found = paragraphs.indexOf(fixed, at);
    }
    if (found === -1) {
      missing.push(`line ${line}: "${text}"\n    after paragraph ${at}: "${paragraphs[at - 1] ?? ''}"`);
      continue;
    }
    at = found + 1;
  }
  return { missing, corrected };
}
