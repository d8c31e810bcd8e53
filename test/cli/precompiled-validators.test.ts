import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from './run-cli.js';

/** A copy of the sample with several schema errors of different kinds. */
function brokenCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'plan-pre-')), 'ke-hoach');
  cpSync(join(REPO, 'plans/ke-hoach-2023'), dir, { recursive: true });
  const tasks = join(dir, 'tasks.yaml');
  writeFileSync(tasks, readFileSync(tasks, 'utf8').replace('        deadline: 2023-07\n', '        dealine: 2023-07\n').replace('        deadline: 2023-08\n', '        deadline: [2023-08]\n'));
  const plan = join(dir, 'plan.yaml');
  writeFileSync(plan, readFileSync(plan, 'utf8').replace('place: Bắc Giang', 'place: [Bắc Giang]'));
  return dir;
}

describe('precompiled schema validators (dist/validate/validators.cjs)', () => {
  it('are built by npm run build:ts', () => {
    expect(existsSync(join(REPO, 'dist/validate/validators.cjs'))).toBe(true);
  });

  it('report exactly what the validators compiled at run time report', async () => {
    const dir = brokenCopy();
    // The real command runs from dist/ with the precompiled validators; in-process, from src/, compiles them.
    const real = spawnSync(process.execPath, ['bin/plan.js', 'check', dir, '--format', 'json'], { cwd: REPO, encoding: 'utf8' });
    const inProcess = await runCli(['check', dir, '--format', 'json']);
    expect(real.status).toBe(1);
    expect(inProcess.code).toBe(1);
    const precompiled = JSON.parse(real.stdout);
    expect(precompiled.summary.errors).toBe(3);
    expect(precompiled).toEqual(JSON.parse(inProcess.stdout));
  });
});
