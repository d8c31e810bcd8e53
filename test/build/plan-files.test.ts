import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { readDocx } from '../support/docx-reader.js';
import { PLAN_DIR, freshTempDir, runCli } from './build-helpers.js';
import { compilePlan } from '../../src/compile.js';
import { readText } from '../../src/load/read-text.js';
import { MAX_PLAN_CHARS } from '../../src/load/plan-budget.js';

function samplePlan(): string {
  const dir = join(freshTempDir('plan-files-'), 'ke-hoach');
  cpSync(PLAN_DIR, dir, { recursive: true });
  return dir;
}

describe('the files of a plan are found by their stem, and one that is not a file is said so (appendices were dropped in silence)', () => {
  it('reads appendices.yml and plan.yml as it reads .yaml', async () => {
    const dir = samplePlan();
    renameSync(join(dir, 'appendices.yaml'), join(dir, 'appendices.yml'));
    renameSync(join(dir, 'plan.yaml'), join(dir, 'plan.yml'));
    const out = join(dir, '..', 'out');
    const run = await runCli(['build', dir, '--out', out, '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    expect(readDocx(join(out, 'ke-hoach.docx')).paragraphs().some((p) => p.text === 'Phụ lục I')).toBe(true);
  });

  it.each([
    ['a folder', (path: string) => mkdirSync(path)],
    ['a link to nothing', (path: string) => symlinkSync(join(path, '..', 'nowhere.yaml'), path)],
    ['a FIFO', (path: string) => execFileSync('mkfifo', [path])],
  ])('reports an appendices.yaml that is %s, in Vietnamese and English, and builds nothing', async (_, make) => {
    const dir = samplePlan();
    rmSync(join(dir, 'appendices.yaml'));
    make(join(dir, 'appendices.yaml'));
    const found = compilePlan(dir, { cwd: dir }).diagnostics.filter((d) => d.code === 'plan-files');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('error');
    expect(found[0]!.file).toBe('appendices.yaml');
    expect(formatMessage(found[0]!, 'vi')).toMatch(/^appendices\.yaml không phải một tệp/);
    expect(formatMessage(found[0]!, 'en')).toMatch(/^appendices\.yaml is not a file/);
    const run = await runCli(['build', dir, '--out', join(dir, '..', 'out'), '--quiet']);
    expect(run.code).toBe(1);
  });

  it('says a missing units.yaml at 1:1 of plan.yaml, a file code scanning can attach it to, naming the missing file', () => {
    const dir = samplePlan();
    rmSync(join(dir, 'units.yaml'));
    const found = compilePlan(dir, { cwd: dir }).diagnostics.filter((d) => d.code === 'plan-files');
    expect(found.map((d) => [d.file, d.start.line, d.start.column])).toEqual([['plan.yaml', 1, 1]]);
    expect(formatMessage(found[0]!, 'vi')).toBe('Thư mục kế hoạch thiếu tệp units.yaml');
  });

  it('reports a plan.yaml that is a link to nothing at it, not as a folder that is no plan (it said "not a plan folder")', async () => {
    const dir = samplePlan();
    rmSync(join(dir, 'plan.yaml'));
    symlinkSync(join(dir, '..', 'nowhere.yaml'), join(dir, 'plan.yaml'));
    const run = await runCli(['check', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/plan\.yaml:1:1 .*plan\.yaml không phải một tệp/);
  });

  it('reports tasks.yaml and tasks.yml side by side', () => {
    const dir = samplePlan();
    writeFileSync(join(dir, 'tasks.yml'), 'groups: []\n');
    const found = compilePlan(dir, { cwd: dir }).diagnostics.filter((d) => d.code === 'plan-files');
    expect(found.map((d) => formatMessage(d, 'vi'))).toEqual(['Có cả tasks.yaml và tasks.yml: chỉ giữ một tệp (kế hoạch không biết đọc tệp nào)']);
  });
});

describe('text limits, enforced before anything is checked or rendered (a 2 MB name ran a build out of memory)', () => {
  it('reports a text over 100,000 characters at its field, and builds nothing, quickly', async () => {
    const dir = samplePlan();
    const plan = join(dir, 'plan.yaml');
    const { readFileSync } = await import('node:fs');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('  - name: Văn phòng UBND tỉnh', `  - name: "${'*a'.repeat(60_000)}"`));
    const started = Date.now();
    const found = compilePlan(dir, { cwd: dir }).diagnostics.filter((d) => d.severity === 'error');
    expect(found.map((d) => [d.messageId, d.path.join('/')])).toEqual([['files.text-too-long', 'recipients/1/name']]);
    expect(formatMessage(found[0]!, 'vi')).toBe('Văn bản dài 120000 ký tự, quá giới hạn 100000 ký tự cho một trường; hãy tách thành nhiều đoạn');
    const run = await runCli(['build', dir, '--out', join(dir, '..', 'out'), '--quiet']);
    expect(run.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('reports a plan whose aliases expand its texts past 2,000,000 characters, once, at the alias where they pass the limit, in words', () => {
    const dir = samplePlan();
    const text = 'Nội dung dài. '.repeat(15_000);
    const aliases = Array.from({ length: 99 }, () => '  - *t').join('\n');
    writeFileSync(join(dir, 'plan.yaml'), `opening:\n  - &t "${text}"\n${aliases}\n`);
    const found = compilePlan(dir, { cwd: dir }).diagnostics.filter((d) => d.messageId === 'files.expanded-too-large');
    expect(found).toHaveLength(1);
    expect(found[0]!.file).toBe('plan.yaml');
    // 210,000 characters a copy: the 10th copy (the anchor and 9 aliases) is the first past 2,000,000.
    const passing = Math.floor(MAX_PLAN_CHARS / text.length) + 1;
    expect(passing).toBe(10);
    expect(found[0]!.path).toEqual(['opening', passing - 1]);
    expect([found[0]!.start.line, found[0]!.start.column]).toEqual([1 + passing, 5]);
    const reached = passing * text.length;
    expect(formatMessage(found[0]!, 'vi')).toBe(
      `Khi mở các bí danh (alias), văn bản của kế hoạch (các tệp gộp lại) đến đây đã dài ${reached} ký tự, quá giới hạn 2000000 ký tự cho một kế hoạch: các bí danh lặp lại văn bản dài; hãy dùng ít bí danh hơn hoặc rút ngắn văn bản được neo`,
    );
    expect(formatMessage(found[0]!, 'en')).toBe(
      `With its aliases expanded, the plan's text (its files together) reaches ${reached} characters here, over the limit of 2000000 for one plan: the aliases repeat long texts; use fewer aliases or shorten the anchored text`,
    );
  });

  it("counts the texts of all the plan's files together: aliases in units.yaml pass the limit that plan.yaml's texts brought near", () => {
    const dir = samplePlan();
    const text = 'Nội dung dài. '.repeat(7_000);
    // plan.yaml (read first) holds 1,960,000 characters by 19 aliases of 98,000; units.yaml's first alias passes the limit.
    const plan = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    writeFileSync(join(dir, 'plan.yaml'), plan.replace(/^opening:\n/m, `opening:\n  - &t "${text}"\n${Array.from({ length: 19 }, () => '  - *t').join('\n')}\n`));
    const units = readFileSync(join(dir, 'units.yaml'), 'utf8');
    const more = ['a', 'b'].map((id, i) => `  - id: them-${id}\n    name: Đơn vị ${id}\n    role: ${i === 0 ? `&r "${text}"` : '*r'}\n`).join('');
    writeFileSync(join(dir, 'units.yaml'), `${units.trimEnd()}\n${more}`);
    const found = compilePlan(dir, { cwd: dir }).diagnostics.filter((d) => d.messageId === 'files.expanded-too-large');
    expect(found.map((d) => d.file)).toEqual(['units.yaml']);
  });

  it("reports the file that takes the plan's YAML past 2 MB, and reads the others", () => {
    const dir = samplePlan();
    const filler = `# ${'x'.repeat(98)}\n`;
    const pad = (name: string, bytes: number) => writeFileSync(join(dir, name), readFileSync(join(dir, name), 'utf8') + filler.repeat(Math.ceil(bytes / filler.length)));
    // Each file alone under the limit; tasks.yaml (read after plan.yaml and units.yaml) takes the plan past it.
    pad('units.yaml', 1.2 * 1024 * 1024);
    pad('tasks.yaml', 1.0 * 1024 * 1024);
    const found = compilePlan(dir, { cwd: dir }).diagnostics.filter((d) => d.code === 'plan-files' && d.severity === 'error');
    expect(found.map((d) => [d.file, d.messageId])).toEqual([['tasks.yaml', 'files.plan-too-large']]);
    expect(formatMessage(found[0]!, 'vi')).toMatch(/^Tệp này \(\d+ byte\) cùng các tệp đã đọc trước nó \(\d+ byte\) vượt giới hạn 2097152 byte cho cả kế hoạch, nên không được đọc/);
    expect(formatMessage(found[0]!, 'en')).toMatch(/^This file \(\d+ bytes\) with the plan's files read before it \(\d+ bytes\) passes the limit of 2097152 bytes for a whole plan/);
  });
});

describe('file encodings and permissions (found adversarially)', () => {
  it('points at the right column of line 1 in a file saved with a UTF-8 byte order mark (it was one off)', () => {
    const dir = samplePlan();
    const path = join(dir, 'plan.yaml');
    const { readFileSync } = require('node:fs') as typeof import('node:fs');
    const text = readFileSync(path, 'utf8').replace(/^# yaml-language-server.*\n/, '').replace(/^#.*\n/, '');
    writeFileSync(path, `\uFEFFplacex: Bắc Giang\n${text}`);
    const found = compilePlan(dir, { cwd: dir }).diagnostics.find((d) => d.code === 'schema' && d.path.includes('placex'))!;
    expect([found.start.line, found.start.column]).toEqual([1, 1]);
  });

  it('tells "quote it" for a text with ": " in a CRLF file too (the hint was lost)', () => {
    const dir = samplePlan();
    const path = join(dir, 'plan.yaml');
    const { readFileSync } = require('node:fs') as typeof import('node:fs');
    const text = readFileSync(path, 'utf8').replace(/^title: .*$/m, 'title: Kế hoạch: Chuyển đổi số').replace(/\n/g, '\r\n');
    writeFileSync(path, text);
    const found = compilePlan(dir, { cwd: dir }).diagnostics.filter((d) => d.code === 'yaml-syntax');
    expect(found.map((d) => d.messageId)).toContain('yaml.COLON_IN_TEXT');
  });

  it('reports a file it may not read at that file, and checks the others (the whole check stopped)', () => {
    // A read that fails whatever the user's rights (root reads every file): reported, not thrown.
    expect(readText(freshTempDir('plan-read-'))).toEqual({ unreadable: 'EISDIR' });
    if (process.getuid?.() === 0) return;
    const dir = samplePlan();
    execFileSync('chmod', ['000', join(dir, 'units.yaml')]);
    const found = compilePlan(dir, { cwd: dir }).diagnostics.filter((d) => d.code === 'plan-files');
    expect(found.map((d) => [d.file, formatMessage(d, 'vi')])).toEqual([['units.yaml', 'Không đọc được tệp (không có quyền đọc); kiểm tra quyền của tệp']]);
  });
});
