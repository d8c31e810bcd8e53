import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import { compilePlan } from '../../src/compile.js';
import { runCli } from '../cli/run-cli.js';
import { expectedLines } from '../support/rule-harness.js';

/**
 * test/fixtures/rules/<rule-id>/ is a whole small plan broken for that rule: each finding of the rule
 * lands on a line marked `# expect: <rule-id>`, and each marked line has a finding.
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/rules/', import.meta.url));
/** Rules that look at the document only when it is about to be signed. */
const FINAL_ONLY = new Set(['final-number-filled']);
/** Rules that judge progress by a day only when `--as-of` gives one: the day each fixture is checked on. */
const AS_OF: Record<string, string> = { 'progress-overdue-unreported': '2023-08-15' };

function markers(dir: string, ruleId: string): string[] {
  // The plan's files, and the progress entries of progress/ beside them.
  const progress = existsSync(join(dir, 'progress')) ? readdirSync(join(dir, 'progress')).map((name) => `progress/${name}`) : [];
  return [...readdirSync(dir), ...progress]
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) => expectedLines(readFileSync(join(dir, name), 'utf8'), ruleId).map((line) => `${name}:${line}`));
}

describe('rule fixtures (test/fixtures/rules/<rule-id>)', () => {
  it('has a fixture for every registered rule, and no fixture without a rule', () => {
    const ids = RULES.map((r) => r.id).sort();
    expect(ids.filter((id) => !existsSync(join(FIXTURES, id, 'plan.yaml')))).toEqual([]);
    const folders = readdirSync(FIXTURES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((name) => !ids.includes(name))).toEqual([]);
  });

  for (const rule of RULES) {
    it(`${rule.id}: every finding lands on a "# expect: ${rule.id}" line, and plan check exits 1`, async () => {
      const dir = join(FIXTURES, rule.id);
      expect(existsSync(join(dir, 'plan.yaml')), `missing fixture test/fixtures/rules/${rule.id}/`).toBe(true);
      const expected = [...new Set(markers(dir, rule.id))].sort();
      expect(expected.length, 'a fixture marks at least one finding').toBeGreaterThan(0);
      const asOf = AS_OF[rule.id];
      const day = asOf === undefined ? {} : { asOf: { year: +asOf.slice(0, 4), month: +asOf.slice(5, 7), day: +asOf.slice(8) } };
      const { diagnostics } = compilePlan(dir, { cwd: dir, final: FINAL_ONLY.has(rule.id), ...day });
      expect(diagnostics.filter((d) => d.code === 'schema' || d.code === 'yaml-syntax' || d.code === 'plan-files')).toEqual([]);
      const found = [...new Set(diagnostics.filter((d) => d.code === rule.id).map((d) => `${d.file}:${d.start.line}`))].sort();
      expect(found).toEqual(expected);
      // A warning fails the command only with --fail-on warning.
      const args = ['check', dir, ...(FINAL_ONLY.has(rule.id) ? ['--final'] : []), ...(asOf === undefined ? [] : ['--as-of', asOf]), ...(rule.severity === 'warning' ? ['--fail-on', 'warning'] : [])];
      expect((await runCli(args)).code).toBe(1);
    });
  }
});
