import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { MINI_PLAN } from '../support/mini-plan.js';
import { recordBuiltDocx, snapshotOutput } from '../support/record-docx.js';

/** A repository of two plans, one clean and one with an impossible date, and a folder beside plans/. */
function makeRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'plan-anywhere-'));
  for (const [name, tasks] of [
    ['a-tot', MINI_PLAN.tasks],
    ['b-loi', MINI_PLAN.tasks.replace('deadline: 2023-06', 'deadline: 2023-13')],
  ] as const) {
    const dir = join(root, 'plans', name);
    mkdirSync(join(dir, 'ghi-chu'), { recursive: true });
    for (const [kind, text] of Object.entries({ ...MINI_PLAN, tasks })) writeFileSync(join(dir, `${kind}.yaml`), text);
  }
  mkdirSync(join(root, 'docs'));
  return root;
}

/** `plan ...` typed in `cwd`: the working folder comes from io, as a shell gives it. */
async function runIn(cwd: string, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {}, isTTY: false };
  return { code: await main(argv, io), stdout, stderr };
}

describe('plan check finds the repository above the working folder (it looked for plans/plans)', () => {
  const root = makeRepo();

  it.each([['plans'], ['docs'], ['.']])('from %s: every plan of the repository, paths relative to the working folder', async (sub) => {
    const run = await runIn(join(root, sub), ['check', '--format', 'json']);
    expect(run.code, run.stderr).toBe(1);
    const files = (JSON.parse(run.stdout) as { diagnostics: { file: string }[] }).diagnostics.map((d) => d.file);
    expect(files.length).toBeGreaterThan(0);
    expect(new Set(files)).toEqual(new Set([join(sub === 'plans' ? '' : sub === 'docs' ? '../plans' : 'plans', 'b-loi', 'tasks.yaml')]));
  });

  it.each([['plans/a-tot'], ['plans/a-tot/ghi-chu']])('from %s: that plan only', async (sub) => {
    const run = await runIn(join(root, sub), ['check']);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout.trim()).toBe('Đã kiểm tra 1 kế hoạch: không có lỗi.');
  });

  it('from inside the broken plan: its finding, and the file named from there', async () => {
    const run = await runIn(join(root, 'plans', 'b-loi'), ['check', '--format', 'json']);
    expect(run.code).toBe(1);
    const found = (JSON.parse(run.stdout) as { diagnostics: { file: string; rule: string }[] }).diagnostics;
    expect(found.map((d) => [d.file, d.rule])).toEqual([['tasks.yaml', 'date-valid']]);
  });

  it('outside any repository: says there is no plans/ folder, exit 2', async () => {
    const lone = mkdtempSync(join(tmpdir(), 'plan-no-repo-'));
    const run = await runIn(lone, ['check']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(join(lone, 'plans'));
  });

  it('plan build from inside a plan folder writes into out/ of the repository, not out/ of the plan', async () => {
    const before = snapshotOutput(['build'], root);
    const run = await runIn(join(root, 'plans', 'a-tot', 'ghi-chu'), ['build', '--quiet']);
    recordBuiltDocx(['build'], root, before);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(root, 'out', 'a-tot.docx'))).toBe(true);
    expect(existsSync(join(root, 'plans', 'a-tot', 'ghi-chu', 'out'))).toBe(false);
  });
});
