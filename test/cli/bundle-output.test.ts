import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { REPO, runCli } from './run-cli.js';

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

  it('a schema changed since the build is compiled at run time, with the Ajv beside the bundle, and says what the sources say', SPAWNED, async () => {
    // The package as installed (bin, bundle, schemas, templates), one schema file edited after the build.
    const copy = mkdtempSync(join(tmpdir(), 'plan-package-copy-'));
    for (const part of ['bin', 'bundle', 'schemas', 'templates', 'package.json']) cpSync(join(REPO, part), join(copy, part), { recursive: true });
    appendFileSync(join(copy, 'schemas', 'plan.schema.json'), '\n');
    const plan = join(mkdtempSync(join(tmpdir(), 'plan-schema-')), 'ke-hoach');
    cpSync(join(REPO, 'plans/ke-hoach-2023'), plan, { recursive: true });
    writeFileSync(join(plan, 'plan.yaml'), readFileSync(join(plan, 'plan.yaml'), 'utf8').replace('place: Bắc Giang', 'place: [Bắc Giang]'));
    const trace = join(mkdtempSync(join(tmpdir(), 'plan-trace-')), 'modules.txt');
    let stdout = '';
    try {
      execFileSync(process.execPath, ['--import', join(REPO, 'test/support/trace-imports.mjs'), join(copy, 'bin/plan.js'), 'check', plan, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, TRACE_IMPORTS: trace } });
    } catch (error) {
      stdout = (error as { stdout: string }).stdout;
    }
    expect(readFileSync(trace, 'utf8')).toContain(`${join(copy, 'bundle', 'ajv.cjs')}`);
    const inProcess = await runCli(['check', plan, '--format', 'json']);
    expect(JSON.parse(stdout).summary.errors).toBe(1);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(inProcess.stdout));
  });
});
