import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { REPO } from './run-cli.js';

// What the bundled CLI (bin/plan.js: bundle/, built phrases, docx's parts, the width table) writes,
// against what the sources write in-process: the same bytes.
const SPAWNED = { timeout: 60_000 };
const quietIo = (cwd: string) => ({ stdout: () => {}, stderr: () => {}, cwd, env: {}, isTTY: false });
const files = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name))]));

describe('the bundled CLI writes what the sources write', () => {
  it('the sample with its appendix files, byte for byte', SPAWNED, async () => {
    const bundled = mkdtempSync(join(tmpdir(), 'plan-bundled-'));
    const sources = mkdtempSync(join(tmpdir(), 'plan-sources-'));
    execFileSync(process.execPath, ['bin/plan.js', 'build', 'plans/ke-hoach-2023', '--appendix-files', '--quiet', '--out', bundled], { cwd: REPO });
    expect(await main(['build', 'plans/ke-hoach-2023', '--appendix-files', '--quiet', '--out', sources], quietIo(REPO))).toBe(0);
    const written = files(bundled);
    expect(Object.keys(written).length).toBeGreaterThan(1);
    expect(written).toEqual(files(sources));
  });

  it("a built-in phrase replaced by a plan's own file is compiled from that file, not taken from those built with the package", SPAWNED, () => {
    const repo = mkdtempSync(join(tmpdir(), 'plan-phrase-'));
    const plan = join(repo, 'plans', 'ke-hoach-2023');
    cpSync(join(REPO, 'plans', 'ke-hoach-2023'), plan, { recursive: true });
    mkdirSync(join(plan, 'templates', 'phrases'), { recursive: true });
    writeFileSync(join(plan, 'templates', 'phrases', 'appendix-entry.hbs'), '{{> appendix-label}} (riêng của kế hoạch): {{title}}.\n');
    execFileSync(process.execPath, [join(REPO, 'bin/plan.js'), 'build', '--md', '--quiet'], { cwd: repo });
    const review = readFileSync(join(plan, 'ke-hoach-2023.md'), 'utf8');
    expect(review).toMatch(/Phụ lục I \(riêng của kế hoạch\): /);
  });
});
