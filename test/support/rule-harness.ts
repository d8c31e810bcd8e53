import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compilePlan } from '../../src/compile.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { MINI_PLAN, type MiniFiles } from './mini-plan.js';

/** Writes the mini plan with some files replaced into a fresh folder and compiles it there. */
export function compileMini(files: MiniFiles, final = false): { dir: string; diagnostics: Diagnostic[] } {
  const root = mkdtempSync(join(tmpdir(), 'plan-rule-'));
  const dir = join(root, 'mini');
  mkdirSync(dir);
  for (const [kind, text] of Object.entries({ ...MINI_PLAN, ...files })) writeFileSync(join(dir, `${kind}.yaml`), text);
  return { dir, diagnostics: compilePlan(dir, { cwd: dir, final }).diagnostics };
}

/**
 * Lines (1-based) carrying `# expect: <ruleId>` in a YAML text, once per marker. A comment cannot
 * stand inside a block of text, so `# expect: <ruleId> +2` on a block's first line expects the
 * finding two lines further down, on the line of the fault.
 */
export function expectedLines(text: string, ruleId: string): number[] {
  const marker = new RegExp(`#\\s*expect:\\s*${ruleId}\\b(?:\\s+\\+(\\d+))?`);
  return text.split('\n').flatMap((line, i) => {
    const match = marker.exec(line);
    return match ? [i + 1 + Number(match[1] ?? 0)] : [];
  });
}

/** The findings of one rule as "file:line", to compare with the markers. */
export function findingLines(diagnostics: readonly Diagnostic[], ruleId: string): string[] {
  return diagnostics.filter((d) => d.code === ruleId).map((d) => `${d.file}:${d.start.line}`);
}

/** The markers of every replaced file as "file:line". */
export function markerLines(files: MiniFiles, ruleId: string): string[] {
  return Object.entries(files).flatMap(([kind, text]) => expectedLines(text!, ruleId).map((line) => `${kind}.yaml:${line}`));
}
