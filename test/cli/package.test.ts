import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordBuiltDocx, snapshotOutput } from '../support/record-docx.js';
import { REPO } from './run-cli.js';

/**
 * The package as a user gets it: `npm pack`, then `npm install -g` of the tarball into a fresh
 * prefix, offline, and the `plan` command it installs run in a folder far from this repository.
 * Packed with --ignore-scripts: the bundle npm's prepare would build is there already (`npm test`
 * runs build:ts first), and rebuilding it here would rewrite dist/ under the other tests.
 */
describe('the packed package installed globally (npm pack, npm install -g)', () => {
  const work = mkdtempSync(join(tmpdir(), 'plan-package-'));
  const prefix = join(work, 'prefix');
  // npm's own settings from a surrounding `npm test` (npm_config_*) would reach the inner npm.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  env['PATH'] = `${join(prefix, 'bin')}:${dirname(process.execPath)}:${env['PATH'] ?? ''}`;
  const npm = (args: string[], cwd: string) => {
    const run = spawnSync('npm', args, { cwd, env, encoding: 'utf8' });
    expect(run.status, `npm ${args.join(' ')}\n${run.stdout}${run.stderr}`).toBe(0);
    return run;
  };
  const plan = (args: string[], cwd: string) => spawnSync('plan', args, { cwd, env, encoding: 'utf8' });
  let install: { stdout: string; stderr: string };
  let repo: string;
  let tarball: string;

  beforeAll(() => {
    const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], REPO).stdout) as { filename: string; name: string; files: { path: string }[] }[];
    expect(packed[0]!.name).toBe('ke-hoach');
    tarball = join(work, packed[0]!.filename);
    install = npm(['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], work);
    repo = join(work, 'clean', 'ke-hoach-so');
    const init = plan(['init', 'clean/ke-hoach-so'], work);
    expect(init.status, init.stderr).toBe(0);
  }, 120_000);

  it('installs offline with no dependency at all (the bundle carries them): no engine warning for Node 20, no overrides needed', () => {
    const installed = join(prefix, 'lib', 'node_modules', 'ke-hoach');
    expect(existsSync(join(installed, 'bundle', 'plan.js'))).toBe(true);
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
    expect(readdirSync(join(prefix, 'lib', 'node_modules'))).toEqual(['ke-hoach']);
    expect(`${install.stdout}${install.stderr}`).not.toMatch(/EBADENGINE|deprecated/i);
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
    // The compiled dist/ needs node_modules: only the bundle is packed.
    expect(existsSync(join(installed, 'dist'))).toBe(false);
  });

  it('the plan command is installed and says its version', { timeout: 60_000 }, () => {
    const version = plan(['--version'], work);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
  });

  it('plan init makes a repository whose package.json depends on ke-hoach by name and version, no file: path', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    const version = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version;
    expect(pkg.devDependencies).toEqual({ 'ke-hoach': `^${version}` });
    expect(readFileSync(join(repo, 'package.json'), 'utf8')).not.toContain('file:');
  });

  it('plan check and plan build work there', { timeout: 60_000 }, () => {
    const check = plan(['check'], repo);
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('không có lỗi');
    const before = snapshotOutput(['build'], repo);
    const build = plan(['build'], repo);
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expect(existsSync(join(repo, 'out', 'ke-hoach-mau.docx'))).toBe(true);
    recordBuiltDocx(['build'], repo, before);
    const md = plan(['build', '--md', '--quiet'], repo);
    expect(md.status, md.stderr).toBe(0);
    expect(readFileSync(join(repo, 'plans', 'ke-hoach-mau', 'ke-hoach-mau.md'), 'utf8')).toMatch(/KẾ HOẠCH/);
    execFileSync('plan', ['check', '--format', 'sarif', '-o', 'plan.sarif'], { cwd: repo, env });
    expect(JSON.parse(readFileSync(join(repo, 'plan.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});
