import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compile.js';
import { readDocx } from '../support/docx-reader.js';
import { collapseWhitespace, freshTempDir, paragraphsOf, REPO_ROOT, runCli } from './build-helpers.js';
import { corrections, REFERENCE_DIR } from '../support/reference-corrections.js';

/**
 * The real plans in plans/: each keeps its published text at test/fixtures/reference/<folder>.txt,
 * one paragraph (or table cell) a line. Every line must be a paragraph of the built .docx, in the
 * same order, apart from the typos listed with a reason in <folder>.corrections.yaml. The sample
 * (ke-hoach-2023) has a test of its own (reference-sentences.test.ts).
 */
const PLANS = readdirSync(join(REPO_ROOT, 'plans')).filter((name) => name !== 'ke-hoach-2023' && existsSync(join(REFERENCE_DIR, `${name}.txt`)));

/** The reference's lines as the build should print them: corrections applied, spaces collapsed. */
function referenceLines(name: string): { line: number; text: string }[] {
  const fixes = corrections(name);
  return readFileSync(join(REFERENCE_DIR, `${name}.txt`), 'utf8')
    .split(/\r?\n/)
    .map((raw, i) => ({ line: i + 1, text: collapseWhitespace(fixes.reduce((t, c) => (c.line ? (t.trim() === c.from ? c.to : t) : t.split(c.from).join(c.to)), raw.normalize('NFC'))) }))
    .filter((l) => l.text !== '');
}

/** Reference lines not found as a paragraph of the document, in order after the previous one found. */
function missingInOrder(lines: readonly { line: number; text: string }[], paragraphs: readonly string[]): string[] {
  const missing: string[] = [];
  let at = 0;
  for (const { line, text } of lines) {
    const found = paragraphs.indexOf(text, at);
    if (found === -1) {
      missing.push(`line ${line}: "${text}"\n    after paragraph ${at}: "${paragraphs[at - 1] ?? ''}"`);
      continue;
    }
    at = found + 1;
  }
  return missing;
}

describe('real plans against their published text', () => {
  it('there are real plans beside the sample', () => {
    expect(PLANS.length).toBeGreaterThanOrEqual(4);
  });

  for (const name of PLANS) {
    describe(name, () => {
      let outDir: string;
      let paragraphs: string[];

      beforeAll(async () => {
        outDir = freshTempDir();
        const run = await runCli(['build', join(REPO_ROOT, 'plans', name), '--out', outDir, '--quiet']);
        if (run.code !== 0) throw new Error(`plan build exited ${run.code}\n${run.stdout}\n${run.stderr}`);
        paragraphs = paragraphsOf(readDocx(join(outDir, `${name}.docx`)).body).map((p) => collapseWhitespace(p.text));
      });

      afterAll(() => rmSync(outDir, { recursive: true, force: true }));

      it('passes plan check with no error', () => {
        const errors = compilePlan(join(REPO_ROOT, 'plans', name), { cwd: REPO_ROOT }).diagnostics.filter((d) => d.severity === 'error');
        expect(errors).toEqual([]);
      });

      it('prints every line of the published text as a paragraph, in order', () => {
        const lines = referenceLines(name);
        expect(lines.length).toBeGreaterThan(10);
        const missing = missingInOrder(lines, paragraphs);
        expect(missing, `${missing.length} of ${lines.length} lines missing or out of order:\n${missing.join('\n')}`).toEqual([]);
      });

      it('names its source at the top of plan.yaml, and each correction says why', () => {
        const head = readFileSync(join(REPO_ROOT, 'plans', name, 'plan.yaml'), 'utf8').split('\n').slice(0, 12).join('\n');
        expect(head).toMatch(/#.*(Nguồn|Source).*:/);
        for (const c of corrections(name)) {
          expect(c.why?.length ?? 0, `${c.from} -> ${c.to}`).toBeGreaterThan(10);
          expect(readFileSync(join(REFERENCE_DIR, `${name}.txt`), 'utf8')).toContain(c.from);
        }
      });
    });
  }
});
