import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInit } from '../../src/cli/commands/init.js';
import { writeScaffold } from '../../src/init/scaffold.js';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { readDocx } from '../support/docx-reader.js';
import { REPO } from './run-cli.js';
import { recordBuiltDocx, snapshotOutput } from '../support/record-docx.js';

const PLAN_FILES = ['plan.yaml', 'units.yaml', 'tasks.yaml', 'appendices.yaml'];
const SCHEMAS = readdirSync(join(REPO, 'schemas')).filter((n) => n.endsWith('.schema.json'));
const REPO_FILES = [
  'README.md',
  'package.json',
  '.gitignore',
  '.github/workflows/plan.yml',
  '.vscode/settings.json',
  '.vscode/tasks.json',
  '.vscode/extensions.json',
  ...SCHEMAS.map((n) => `schemas/${n}`),
  ...PLAN_FILES.map((n) => `plans/ke-hoach-mau/${n}`),
];

interface Captured {
  io: Io;
  out: () => string;
  err: () => string;
}

function captureIo(cwd: string, env: Record<string, string> = { SOURCE_DATE_EPOCH: '1893456000' }): Captured {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env, isTTY: false };
  return { io, out: () => stdout, err: () => stderr };
}

/** Runs the real CLI in-process in `cwd`. */
async function cli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const c = captureIo(cwd, {});
  const before = snapshotOutput(argv, cwd);
  const code = await main(argv, c.io);
  recordBuiltDocx(argv, cwd, before);
  return { code, stdout: c.out(), stderr: c.err() };
}

/** Every file under `dir` (relative path -> bytes), `.git` included. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path).toString('base64'));
    }
  };
  walk(dir);
  return files;
}

const freshDir = (prefix = 'plan-init-') => mkdtempSync(join(tmpdir(), prefix));

describe('plan init: a new repository', () => {
  let repo: string;
  let first: Captured;
  let code: number;
  beforeAll(() => {
    repo = freshDir();
    first = captureIo(repo);
    code = runInit(undefined, { lang: 'vi' }, first.io);
  });

  it('creates exactly the scaffold and lists each created file on its own line', () => {
    expect(code, first.err()).toBe(0);
    expect([...snapshot(repo).keys()].sort()).toEqual([...REPO_FILES].sort());
    const listed = first
      .out()
      .split('\n')
      .filter((l) => l.startsWith('  '))
      .map((l) => l.trim());
    for (const file of REPO_FILES) expect(listed).toContain(file);
    expect(first.out()).toContain('npx plan check');
    expect(first.out()).toContain('npx plan build');
    expect(first.err()).toBe('');
  });

  it('every plan file starts with a schema line that points at a copied schema', () => {
    for (const name of PLAN_FILES) {
      const path = join(repo, 'plans/ke-hoach-mau', name);
      const firstLine = readFileSync(path, 'utf8').split('\n')[0]!;
      const kind = name.replace('.yaml', '');
      expect(firstLine).toBe(`# yaml-language-server: $schema=../../schemas/${kind}.schema.json`);
      const schema = join(repo, 'plans/ke-hoach-mau', firstLine.split('$schema=')[1]!);
      expect(readFileSync(schema, 'utf8')).toBe(readFileSync(join(REPO, 'schemas', `${kind}.schema.json`), 'utf8'));
    }
  });

  it('the year comes from SOURCE_DATE_EPOCH; no placeholder is left', () => {
    for (const name of PLAN_FILES) expect(readFileSync(join(repo, 'plans/ke-hoach-mau', name), 'utf8')).not.toContain('YYYY');
    expect(readFileSync(join(repo, 'plans/ke-hoach-mau/plan.yaml'), 'utf8')).toContain('date: 2030-01');
  });

  it('VS Code maps every plan file kind (progress entries too) to its schema, and the paths exist', () => {
    const settings = JSON.parse(readFileSync(join(repo, '.vscode/settings.json'), 'utf8'));
    expect(settings['yaml.schemas']).toEqual({
      './schemas/plan.schema.json': 'plans/*/plan.yaml',
      './schemas/units.schema.json': 'plans/*/units.yaml',
      './schemas/tasks.schema.json': 'plans/*/tasks.yaml',
      './schemas/appendices.schema.json': 'plans/*/appendices.yaml',
      './schemas/progress.schema.json': 'plans/*/progress/*.yaml',
    });
    for (const schema of Object.keys(settings['yaml.schemas'])) expect(existsSync(join(repo, schema))).toBe(true);
  });

  it('the VS Code task runs plan check and its problem matchers read every finding with its place, severity and rule', async () => {
    const tasks = JSON.parse(readFileSync(join(repo, '.vscode/tasks.json'), 'utf8'));
    const task = tasks.tasks.find((t: { label: string }) => t.label === 'plan check');
    expect([task.command, ...task.args]).toEqual(['npx', 'plan', 'check']);
    const plans = ['test/fixtures/rules/unit-known', 'test/fixtures/rules/text-spacing'];
    const printed = await cli([...task.args.slice(1), ...plans], REPO);
    const matched = printed.stdout.split('\n').flatMap((line) =>
      task.problemMatcher.flatMap((m: { severity: string; pattern: { regexp: string; file: number; line: number; column: number; code: number } }) => {
        const hit = new RegExp(m.pattern.regexp).exec(line);
        return hit ? [{ file: hit[m.pattern.file], line: Number(hit[m.pattern.line]), column: Number(hit[m.pattern.column]), severity: m.severity, rule: hit[m.pattern.code] }] : [];
      }),
    );
    const json = JSON.parse((await cli([...task.args.slice(1), ...plans, '--format', 'json'], REPO)).stdout);
    const expected = json.diagnostics.map((d: { file: string; line: number; column: number; severity: string; rule: string }) => ({ file: d.file, line: d.line, column: d.column, severity: d.severity, rule: d.rule }));
    expect(new Set(expected.map((d: { severity: string }) => d.severity))).toEqual(new Set(['error', 'warning']));
    expect(matched).toEqual(expected);
  });

  it('VS Code settings start plan lsp through a generic LSP client, with a command that is this tool\'s', async () => {
    const settings = JSON.parse(readFileSync(join(repo, '.vscode/settings.json'), 'utf8'));
    expect(settings['glspc.server.command']).toBe('npx');
    expect(settings['glspc.server.languageId']).toEqual(['yaml']);
    // npx plan <arguments> is a command of this CLI: its help answers.
    const args: string[] = settings['glspc.server.commandArguments'];
    expect(args[0]).toBe('plan');
    const help = await cli([...args.slice(1), '--help'], repo);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Cách dùng: plan lsp/);
  });

  it('package.json depends on this tool, .gitignore ignores out/, README explains both commands', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    expect(pkg.private).toBe(true);
    // The tool by its npm package name and this version on: installable anywhere, GitHub Actions included.
    const own = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    expect(own.name).toBe('ke-hoach');
    expect(own.bin).toEqual({ plan: 'bin/plan.js' });
    expect(pkg.devDependencies).toEqual({ 'ke-hoach': `^${own.version}` });
    expect(first.out()).not.toContain('file:');
    expect(readFileSync(join(repo, '.gitignore'), 'utf8').split('\n')).toContain('out/');
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    expect(readme).toContain('npx plan check');
    expect(readme).toContain('npx plan build');
  });

  it('plan check passes with no findings at all', async () => {
    const json = await cli(['check', '--format', 'json'], repo);
    expect(json.code, json.stdout + json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ version: 1, summary: { errors: 0, warnings: 0 }, diagnostics: [] });
    const stylish = await cli(['check'], repo);
    expect(stylish.code).toBe(0);
    expect(stylish.stdout).toContain('không có lỗi');
  });

  it('plan build writes out/ke-hoach-mau.docx with the example content', async () => {
    const run = await cli(['build'], repo);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const docx = join(repo, 'out/ke-hoach-mau.docx');
    expect(existsSync(docx)).toBe(true);
    const text = readDocx(readFileSync(docx)).text();
    expect(text).toContain('Thực hiện nhiệm vụ trọng tâm của Sở Nội vụ năm 2030');
    expect(text).toContain('Nhiệm vụ 2: Rà soát, hoàn thiện đề án vị trí việc làm');
    expect(text).toContain('Phụ lục III');
    expect(text).toContain('Ngày 30/6/2030');
  });

  it('a second init writes nothing, says every file exists, writes no example plan beside the plans; every file is byte-identical', () => {
    const before = snapshot(repo);
    const again = captureIo(repo);
    expect(runInit(undefined, { lang: 'vi' }, again.io), again.err()).toBe(0);
    expect(snapshot(repo)).toEqual(before);
    expect(again.out()).toContain('Không tạo tệp nào: mọi tệp đều đã có.');
    expect(again.out()).toContain('package.json');
    expect(again.out()).toContain('npx plan init plans/');
  });
});

describe('plan init: refusals and failures', () => {
  it('a file that appears after the check is not replaced: what was written is removed again', () => {
    const dir = freshDir();
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b/taken.txt'), 'theirs');
    const files = [
      { path: 'a/new/one.txt', content: '1' },
      { path: 'b/two.txt', content: '2' },
      { path: 'b/taken.txt', content: 'ours' },
    ];
    expect(() => writeScaffold(dir, files)).toThrow(/EEXIST/);
    expect([...snapshot(dir).keys()]).toEqual([join('b', 'taken.txt')]);
    expect(readFileSync(join(dir, 'b/taken.txt'), 'utf8')).toBe('theirs');
    expect(readdirSync(dir).sort()).toEqual(['b']);
  });

  it('a target that is a file is refused', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'x'), '');
    const c = captureIo(dir);
    expect(runInit('x', { lang: 'en' }, c.io)).toBe(2);
    expect(c.err()).toContain('not a folder');
  });

  it('--force that cannot replace a file (a folder stands at README.md) undoes the files it created and replaces nothing', () => {
    const dir = freshDir();
    mkdirSync(join(dir, 'README.md'));
    writeFileSync(join(dir, '.gitignore'), 'mine\n');
    const c = captureIo(dir);
    expect(runInit(undefined, { lang: 'en', force: true }, c.io)).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['.gitignore', 'README.md']);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('mine\n');
    expect(c.err()).toContain('nothing was written');
  });
});

describe('plan init: a folder with only .git, a new subfolder', () => {
  it('a freshly cloned empty repository (.git only) counts as empty', () => {
    const dir = freshDir();
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git/HEAD'), 'ref: refs/heads/main\n');
    const c = captureIo(dir);
    expect(runInit(undefined, { lang: 'vi' }, c.io), c.err()).toBe(0);
    expect(existsSync(join(dir, 'plans/ke-hoach-mau/plan.yaml'))).toBe(true);
  });

  it('DIR that does not exist yet becomes the new repository, and the hint says to cd into it', () => {
    const parent = freshDir();
    const c = captureIo(parent);
    expect(runInit('ke-hoach-so', { lang: 'vi' }, c.io), c.err()).toBe(0);
    expect(existsSync(join(parent, 'ke-hoach-so/.github/workflows/plan.yml'))).toBe(true);
    expect(c.out()).toContain('  cd ke-hoach-so\n');
    expect(c.out()).toContain(join('ke-hoach-so', 'plans', 'ke-hoach-mau', 'tasks.yaml'));
  });
});

describe('plan init: a new plan in an existing repository', () => {
  let repo: string;
  beforeAll(() => {
    repo = freshDir();
    expect(runInit(undefined, { lang: 'vi' }, captureIo(repo).io)).toBe(0);
  });

  it('creates only the plan folder, and check then sees both plans with no findings', async () => {
    const before = snapshot(repo);
    const c = captureIo(repo);
    expect(runInit('plans/ke-hoach-2027', { lang: 'vi' }, c.io), c.err()).toBe(0);
    const after = snapshot(repo);
    const added = [...after.keys()].filter((k) => !before.has(k)).sort();
    expect(added).toEqual(PLAN_FILES.map((n) => join('plans', 'ke-hoach-2027', n)).sort());
    for (const [path, bytes] of before) expect(after.get(path)).toBe(bytes);
    expect(c.out()).not.toContain('npm install');
    const check = await cli(['check', '--format', 'json'], repo);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).summary).toEqual({ errors: 0, warnings: 0 });
    const stylish = await cli(['check'], repo);
    expect(stylish.stdout).toContain('Đã kiểm tra 2 kế hoạch');
  });

  it('run from inside plans/, DIR is the new plan name', () => {
    const before = snapshot(repo);
    const c = captureIo(join(repo, 'plans'));
    expect(runInit('ke-hoach-khac', { lang: 'en' }, c.io), c.err()).toBe(0);
    const added = [...snapshot(repo).keys()].filter((k) => !before.has(k)).sort();
    expect(added).toEqual(PLAN_FILES.map((n) => join('plans', 'ke-hoach-khac', n)).sort());
    expect(c.out()).toContain('Created 4 file(s):');
    expect(c.out()).toContain('  cd ..\n');
  });

  it('init at the root of an existing repository writes nothing and hints how to add a plan', () => {
    const before = snapshot(repo);
    const c = captureIo(repo);
    expect(runInit(undefined, { lang: 'en' }, c.io)).toBe(0);
    expect(snapshot(repo)).toEqual(before);
    expect(c.out()).toContain('npx plan init plans/<plan-name>');
  });

  it('a path deeper inside plans/ makes a plan folder there, never a repository inside it', () => {
    const before = snapshot(repo);
    const c = captureIo(repo);
    expect(runInit('plans/nam-2024/ke-hoach-a', { lang: 'vi' }, c.io), c.err()).toBe(0);
    const added = [...snapshot(repo).keys()].filter((k) => !before.has(k)).sort();
    expect(added).toEqual(PLAN_FILES.map((n) => join('plans', 'nam-2024', 'ke-hoach-a', n)).sort());
    expect(c.out()).not.toContain('npm install');
  });

  it('a repository whose workflow and schemas were deleted gets them back, and nothing else changes', () => {
    rmSync(join(repo, '.github'), { recursive: true });
    rmSync(join(repo, 'schemas', 'plan.schema.json'));
    const before = snapshot(repo);
    const c = captureIo(repo);
    expect(runInit(undefined, { lang: 'vi' }, c.io), c.err()).toBe(0);
    const after = snapshot(repo);
    expect([...after.keys()].filter((k) => !before.has(k)).sort()).toEqual([join('.github', 'workflows', 'plan.yml'), join('schemas', 'plan.schema.json')]);
    for (const [path, bytes] of before) expect(after.get(path)).toBe(bytes);
    expect(c.out()).toMatch(/Đã tạo 2 tệp:\n {2}\.github\/workflows\/plan\.yml\n {2}schemas\/plan\.schema\.json\n/);
    expect(c.out()).toMatch(/Giữ nguyên \d+ tệp đã có/);
  });
});

describe('plan init into an existing repository (one made on GitHub holds README.md and .gitignore; init refused it)', () => {
  const github = () => {
    const dir = freshDir();
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'README.md'), '# ke-hoach-so\n');
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
    writeFileSync(join(dir, 'notes.txt'), 'x');
    return dir;
  };

  it('writes what is missing, leaves what exists byte for byte, and says which is which', () => {
    const dir = github();
    const c = captureIo(dir);
    expect(runInit(undefined, { lang: 'vi' }, c.io), c.err()).toBe(0);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('# ke-hoach-so\n');
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('node_modules/\n');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('x');
    for (const path of REPO_FILES.filter((p) => p !== 'README.md' && p !== '.gitignore')) expect(existsSync(join(dir, path)), path).toBe(true);
    expect(c.out()).toContain(`Đã tạo ${REPO_FILES.length - 2} tệp:`);
    expect(c.out()).toMatch(/Giữ nguyên 2 tệp đã có \(ghi đè bằng --force\):\n {2}(\.gitignore\n {2}README\.md|README\.md\n {2}\.gitignore)\n/);
  });

  it('plan init --force replaces the files that exist, and says so (English)', async () => {
    const dir = github();
    const run = await cli(['init', '--force', '--lang', 'en'], dir);
    expect(run.code, run.stderr).toBe(0);
    const c = { out: () => run.stdout };
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(readFileSync(join(REPO, 'templates/init/repo/README.md'), 'utf8'));
    expect(readFileSync(join(dir, '.gitignore'), 'utf8').split('\n')).toContain('out/');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('x');
    expect(c.out()).toContain('Replaced 2 file(s) (--force):');
    expect(c.out()).not.toContain('Left');
  });

  it('an existing package.json is left, and init says which dependency to add when it lacks the tool', async () => {
    const dir = github();
    writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
    const c = captureIo(dir);
    expect(runInit(undefined, { lang: 'en' }, c.io), c.err()).toBe(0);
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe('{ "private": true }\n');
    expect(c.out()).toMatch(/package\.json exists and was left as it is: add "ke-hoach": "\^\d+\.\d+\.\d+" to its devDependencies/);
  });

  it('a plan folder holding one file gets the missing ones, and its own file stays', () => {
    const dir = freshDir();
    mkdirSync(join(dir, 'plans/ke-hoach-a'), { recursive: true });
    writeFileSync(join(dir, 'plans/ke-hoach-a/tasks.yaml'), 'groups: []\n');
    const c = captureIo(dir);
    expect(runInit('plans/ke-hoach-a', { lang: 'vi' }, c.io), c.err()).toBe(0);
    expect(readdirSync(join(dir, 'plans/ke-hoach-a')).sort()).toEqual(['appendices.yaml', 'plan.yaml', 'tasks.yaml', 'units.yaml']);
    expect(readFileSync(join(dir, 'plans/ke-hoach-a/tasks.yaml'), 'utf8')).toBe('groups: []\n');
    expect(c.out()).toContain(join('plans', 'ke-hoach-a', 'tasks.yaml'));
  });
});
