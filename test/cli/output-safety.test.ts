import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAllAtomically } from '../../src/render/write-output.js';
import { writeGeneratedPlan } from '../support/generate-plan.js';
import { REPO, runCli } from './run-cli.js';

/** The sample plan copied to `<root>/<sub>/<name>` for each of the given places. */
function samples(places: string[]): { root: string; dirs: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'plan-safe-'));
  const dirs = places.map((place) => {
    const dir = join(root, place);
    cpSync(join(REPO, 'plans/ke-hoach-2023'), dir, { recursive: true });
    return dir;
  });
  return { root, dirs };
}

describe('plan build never leaves a half-updated set of files', () => {
  it('two plan folders of one name would write the same file: a usage error (exit 2), nothing written', async () => {
    const { root, dirs } = samples(['a/ke-hoach', 'b/ke-hoach']);
    const run = await runCli(['build', ...dirs, '--out', join(root, 'out')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Hai kế hoạch cùng ghi ra tệp .*ke-hoach\.docx: .*a\/ke-hoach và .*b\/ke-hoach/m);
    expect(existsSync(join(root, 'out'))).toBe(false);
  });

  it('a folder named twice is built once', async () => {
    const { root, dirs } = samples(['p/ke-hoach']);
    const run = await runCli(['build', dirs[0]!, dirs[0]!, '--out', join(root, 'out')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('when one file cannot be written, no file is replaced and no temporary file is left', async () => {
    const { root } = samples(['plans/a', 'plans/b']);
    const out = join(root, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'a.docx'), 'the earlier a.docx');
    mkdirSync(join(out, 'b.docx')); // a folder where b.docx would go
    const run = await runCli(['build', join(root, 'plans'), '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Lỗi: .*b\.docx/m);
    expect(readFileSync(join(out, 'a.docx'), 'utf8')).toBe('the earlier a.docx');
    // Nothing else in the output folder: no temporary file left behind.
    expect(readdirSync(out).sort()).toEqual(['a.docx', 'b.docx']);
  });

  it('a rename that fails (a file Word holds open on Windows) leaves no temporary file, and says why', () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-rename-'));
    const files = ['a', 'b', 'c'].map((name) => ({ path: join(root, `${name}.docx`), bytes: new TextEncoder().encode(`new ${name}`) }));
    for (const f of files) writeFileSync(f.path, 'old');
    const busy = (from: string, to: string) => {
      if (to.endsWith('b.docx')) throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${from}' -> '${to}'`), { code: 'EBUSY' });
      renameSync(from, to);
    };
    expect(() => writeAllAtomically(files, busy)).toThrow(/EBUSY/);
    expect(readdirSync(root).sort()).toEqual(['a.docx', 'b.docx', 'c.docx']);
    expect(['a', 'b', 'c'].map((n) => readFileSync(join(root, `${n}.docx`), 'utf8'))).toEqual(['new a', 'old', 'old']);
  });

  it('build --format json keeps stdout one JSON document; the lines of the build go to stderr', async () => {
    const { root, dirs } = samples(['p/ke-hoach']);
    const run = await runCli(['build', dirs[0]!, '--format', 'json', '--out', join(root, 'out')]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ version: 1, diagnostics: [] });
    expect(run.stderr).toMatch(/^ke-hoach: .*ke-hoach\.docx/m);
  });

  it('--fail-on warning with warnings only says so, not "there are errors"', async () => {
    const { root, dirs } = samples(['p/ke-hoach']);
    const units = join(dirs[0]!, 'units.yaml');
    writeFileSync(units, `${readFileSync(units, 'utf8')}  - id: phong-moi\n    name: Phòng Mới\n`);
    const run = await runCli(['build', dirs[0]!, '--fail-on', 'warning', '--lang', 'en', '--out', join(root, 'out')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('unit-idle');
    expect(run.stderr).toContain('There are warnings and --fail-on warning is set, so nothing was written.');
  });
});

describe('what the environment hands the build', () => {
  it('a link to nowhere in a folder of plans is passed over; the plans beside it build', async () => {
    const { root } = samples(['plans/a']);
    symlinkSync(join(root, 'gone'), join(root, 'plans', 'dangling'));
    const run = await runCli(['build', join(root, 'plans'), '--out', join(root, 'out')]);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(join(root, 'out'))).toEqual(['a.docx']);
  });

  it('a SOURCE_DATE_EPOCH that is not whole seconds up to the year 9999 is a usage error, not ignored', async () => {
    const { root, dirs } = samples(['p/ke-hoach']);
    for (const value of ['abc', '1.5', '99999999999999']) {
      const run = await runCli(['build', dirs[0]!, '--out', join(root, 'out')], { SOURCE_DATE_EPOCH: value });
      expect(run.code, value).toBe(2);
      expect(run.stderr).toContain(`SOURCE_DATE_EPOCH="${value}" không phải số giây kể từ 1970`);
    }
    expect(existsSync(join(root, 'out'))).toBe(false);
    expect((await runCli(['build', dirs[0]!, '--out', join(root, 'out')], { SOURCE_DATE_EPOCH: '1700000000' })).code).toBe(0);
  });
});

describe('a reader that stops early', () => {
  it('plan check | head: no stack trace, and the exit code stays the command\'s', () => {
    // Enough warnings that the report outgrows the pipe's buffer after head has gone.
    const root = mkdtempSync(join(tmpdir(), 'plan-pipe-'));
    const dir = join(root, 'many');
    writeGeneratedPlan(dir, 300);
    const tasks = join(dir, 'tasks.yaml');
    writeFileSync(tasks, readFileSync(tasks, 'utf8').replace(/content: (\S+) /g, 'content: $1  '));
    const run = spawnSync('bash', ['-c', `node bin/plan.js check "${dir}" --format json | head -c 100 > /dev/null; echo "exit \${PIPESTATUS[0]}" >&2`], { cwd: REPO, encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/EPIPE|Error|at .*\.js:\d+/);
    expect(run.stderr.trim()).toBe('exit 0');
  });
});

describe('a file system that refuses is said in words, with the path (it printed "EEXIST: file already exists, mkdir")', () => {
  it('names the file standing where the output folder should be, in Vietnamese and English', async () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-fs-'));
    const file = join(root, 'a-file');
    writeFileSync(file, 'x');
    const vi = await runCli(['build', '--out', file, '--quiet']);
    expect(vi.code).toBe(2);
    expect(vi.stderr.trim()).toBe(`Lỗi: không ghi được ${file}: ở đó là một tệp, không phải thư mục.`);
    const en = await runCli(['build', '--out', join(file, 'sub'), '--quiet', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr.trim()).toBe(`Error: cannot write ${join(file, 'sub')}: a file stands on the path where a folder is needed.`);
  });
});

describe('an output folder no folder can be made in', () => {
  it('says so in words and exits 2 at once (Node 20\'s recursive mkdir looped for ever under /proc, deaf to SIGTERM)', { timeout: 60_000 }, () => {
    if (!existsSync('/proc/self')) return expect(process.platform).not.toBe('linux');
    const run = spawnSync(process.execPath, [join(REPO, 'bin/plan.js'), 'build', 'plans/ke-hoach-2023', '--out', '/proc/plan-out'], { cwd: REPO, encoding: 'utf8', timeout: 30_000 });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('không ghi được /proc/plan-out: không tạo được thư mục ở đó');
  });

  it('plan report refuses two plan folders of one name, as plan build does', { timeout: 60_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-report-clash-'));
    for (const parent of ['a', 'b']) cpSync(join(REPO, 'plans/ke-hoach-2023'), join(root, parent, 'ke-hoach-2023'), { recursive: true });
    const run = await runCli(['report', join(root, 'a/ke-hoach-2023'), join(root, 'b/ke-hoach-2023'), '--period', '2023', '--out', join(root, 'out')]);
    expect(run.code).toBe(2);
    expect(existsSync(join(root, 'out'))).toBe(false);
  });
});
