import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { patchText } from '../../src/fix/patch-text.js';
import { fixFiles } from '../../src/cli/commands/check.js';
import { MINI_PLAN } from '../support/mini-plan.js';

const nfd = (text: string) => text.normalize('NFD');

/**
 * A plan with every finding `--fix` can fix, each beside a comment that must survive: two spaces,
 * a space before a comma and at a text's end (text-spacing), a decomposed word (text-nfc), dates
 * without the zeros of Nghị định 30 in both forms (date-format); and two it cannot: text pasted
 * from TCVN3 (text-nfc, the encoding is a guess) and a day that does not exist (date-valid).
 */
const TASKS = `# yaml-language-server: $schema=../../schemas/tasks.schema.json
# Nhiệm vụ năm 2023 (ghi chú giữ nguyên)
groups:
  - id: giao   # nhóm được giao
    title: Nhiệm vụ  được giao
    tasks:
      - id: quy-dinh
        content: "Tham mưu ban hành Quy định , theo Quyết định ngày 5/1/2023. "   # ba lỗi
        lead: chi-cuc-tdc
        deadline: 2023-06
        solutions:
          - >-
            Phối hợp   với các đơn vị
            từ ngày 7 tháng 2 năm 2023.
          - '${nfd('Khảo sát thực trạng')} các cơ sở'
          # không sửa được tự động:
          - Kh¶o s¸t thùc tr¹ng c¸c c¬ së
          - Báo cáo trước ngày 31/6/2023.
`;

const FIXED = `# yaml-language-server: $schema=../../schemas/tasks.schema.json
# Nhiệm vụ năm 2023 (ghi chú giữ nguyên)
groups:
  - id: giao   # nhóm được giao
    title: Nhiệm vụ được giao
    tasks:
      - id: quy-dinh
        content: "Tham mưu ban hành Quy định, theo Quyết định ngày 05/01/2023."   # ba lỗi
        lead: chi-cuc-tdc
        deadline: 2023-06
        solutions:
          - >-
            Phối hợp với các đơn vị
            từ ngày 07 tháng 02 năm 2023.
          - 'Khảo sát thực trạng các cơ sở'
          # không sửa được tự động:
          - Kh¶o s¸t thùc tr¹ng c¸c c¬ së
          - Báo cáo trước ngày 31/6/2023.
`;

/** units.yaml with a byte order mark and Windows line ends, and a doubled space: both kept, the space fixed. */
const UNITS = `\uFEFF${MINI_PLAN.units.replace('Theo dõi, đôn đốc.', 'Theo dõi,  đôn đốc.').replace(/\n/g, '\r\n')}`;
const UNITS_FIXED = `\uFEFF${MINI_PLAN.units.replace(/\n/g, '\r\n')}`;

function makeRepo(): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), 'plan-fix-'));
  const dir = join(root, 'plans', 'ke-hoach');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'plan.yaml'), MINI_PLAN.plan);
  writeFileSync(join(dir, 'units.yaml'), UNITS);
  writeFileSync(join(dir, 'tasks.yaml'), TASKS);
  return { root, dir };
}

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {}, isTTY: false };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** The findings of `plan check --format json`, by rule and message. */
async function findings(cwd: string): Promise<{ ruleId: string; message: string }[]> {
  const { stdout } = await run(['check', '--format', 'json'], cwd);
  const report = JSON.parse(stdout) as { diagnostics: { rule: string; message: string }[] };
  return report.diagnostics.map((d) => ({ ruleId: d.rule, message: d.message }));
}

describe('plan check --fix', () => {
  it('fixes every mechanical finding in place, changing only those characters: comments, quotes, BOM and CRLF kept', async () => {
    const { root, dir } = makeRepo();
    const before = await findings(root);
    expect(before.filter((f) => f.ruleId === 'text-spacing')).toHaveLength(5);
    expect(before.filter((f) => f.ruleId === 'date-format')).toHaveLength(2);
    // The four decomposed words of one text, each at its place, and the TCVN3 text.
    expect(before.filter((f) => f.ruleId === 'text-nfc')).toHaveLength(5);

    const { code, stdout } = await run(['check', '--fix'], root);
    expect(readFileSync(join(dir, 'tasks.yaml'), 'utf8')).toBe(FIXED);
    expect(readFileSync(join(dir, 'units.yaml'), 'utf8')).toBe(UNITS_FIXED);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(MINI_PLAN.plan);
    // What was fixed is said, file by file; what remains is reported as check reports it, and decides the exit code.
    expect(stdout).toContain(`${join('plans', 'ke-hoach', 'tasks.yaml')}: đã sửa 10 chỗ (text-spacing: 4, date-format: 2, text-nfc: 4)\n`);
    expect(stdout).toContain(`${join('plans', 'ke-hoach', 'units.yaml')}: đã sửa 1 chỗ (text-spacing: 1)\n`);
    expect(stdout).toMatch(/tasks\.yaml:17:\d+ +lỗi +.*TCVN3.* +text-nfc\n/);
    expect(stdout).toMatch(/tasks\.yaml:18:\d+ +lỗi +.*31\/6\/2023.* +date-valid\n/);
    expect(code).toBe(1);

    // Check is then clean of those rules; the findings that are not mechanical are still there.
    const after = await findings(root);
    expect(after.filter((f) => f.ruleId === 'text-spacing' || f.ruleId === 'date-format')).toEqual([]);
    expect(after.map((f) => f.ruleId).sort()).toEqual(['date-valid', 'text-nfc']);
    expect(after.find((f) => f.ruleId === 'text-nfc')!.message).toContain('TCVN3');
  });

  it('run again changes nothing and says so', async () => {
    const { root, dir } = makeRepo();
    await run(['check', '--fix'], root);
    const once = ['plan', 'units', 'tasks'].map((kind) => readFileSync(join(dir, `${kind}.yaml`)));
    const { code, stdout } = await run(['check', '--fix'], root);
    expect(['plan', 'units', 'tasks'].map((kind) => readFileSync(join(dir, `${kind}.yaml`)))).toEqual(once);
    expect(stdout).toContain('Không có lỗi nào sửa được tự động.');
    expect(code).toBe(1);
  });

  it('gives the same data as before but for the fixed texts', async () => {
    const { root, dir } = makeRepo();
    const before = parse(TASKS) as { groups: { title: string; tasks: { content: string; solutions: string[] }[] }[] };
    await run(['check', '--fix'], root);
    const expected = structuredClone(before);
    expected.groups[0]!.title = 'Nhiệm vụ được giao';
    expected.groups[0]!.tasks[0]!.content = 'Tham mưu ban hành Quy định, theo Quyết định ngày 05/01/2023.';
    expected.groups[0]!.tasks[0]!.solutions[0] = 'Phối hợp với các đơn vị từ ngày 07 tháng 02 năm 2023.';
    expected.groups[0]!.tasks[0]!.solutions[1] = 'Khảo sát thực trạng các cơ sở';
    expect(parse(readFileSync(join(dir, 'tasks.yaml'), 'utf8'))).toEqual(expected);
  });

  it('a plan with nothing to fix is left byte for byte, and the exit code is check\'s', async () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-fix-'));
    cpSync(join(import.meta.dirname, '../../plans/ke-hoach-2023'), join(root, 'plans', 'ke-hoach-2023'), { recursive: true });
    const tasks = readFileSync(join(root, 'plans', 'ke-hoach-2023', 'tasks.yaml'));
    const { code, stdout } = await run(['check', '--fix'], root);
    expect(code).toBe(0);
    expect(stdout).toBe('Không có lỗi nào sửa được tự động.\nĐã kiểm tra 1 kế hoạch: không có lỗi.\n');
    expect(readFileSync(join(root, 'plans', 'ke-hoach-2023', 'tasks.yaml'))).toEqual(tasks);
  });

  it('says what it fixed on stderr when stdout carries a machine-readable report', async () => {
    const { root } = makeRepo();
    const { stdout, stderr } = await run(['check', '--fix', '--format', 'json'], root);
    expect(() => JSON.parse(stdout) as unknown).not.toThrow();
    expect(stderr).toContain('tasks.yaml: đã sửa 10 chỗ');
  });

  it('writes nothing through a link: a plan folder or progress/ linked to outside the repository is said and left (it was rewritten)', async () => {
    const { root, dir } = makeRepo();
    const outside = mkdtempSync(join(tmpdir(), 'plan-fix-outside-'));
    renameSync(dir, join(outside, 'ke-hoach'));
    symlinkSync(join(outside, 'ke-hoach'), dir);
    const { stdout } = await run(['check', '--fix'], root);
    expect(readFileSync(join(outside, 'ke-hoach', 'tasks.yaml'), 'utf8')).toBe(TASKS);
    expect(readFileSync(join(outside, 'ke-hoach', 'units.yaml'), 'utf8')).toBe(UNITS);
    expect(stdout).toContain(`${join('plans', 'ke-hoach', 'tasks.yaml')}: không sửa, vì tệp (hay thư mục chứa nó) là liên kết tới nơi khác`);
    expect(stdout).toContain('Không có lỗi nào sửa được tự động.');
    // Named on the command line where it really is, outside any repository, the plan is the user's to fix.
    const direct = await run(['check', '--fix', join(outside, 'ke-hoach')], outside);
    expect(direct.stdout).toContain('đã sửa');
    expect(readFileSync(join(outside, 'ke-hoach', 'tasks.yaml'), 'utf8')).toBe(FIXED);
  });

  it('leaves a doubled space made by a folded line end (its fix would break the indentation) and an anchored text, and fixes the rest of the file (one such finding stopped every fix in it)', async () => {
    const { root, dir } = makeRepo();
    const opening = [
      'opening:',
      '  - >-',
      '    Thực hiện Quyết định ',
      '    của UBND tỉnh.',
      '  - &chung Văn bản có neo  dùng lại.',
      '  - *chung',
      '  - Văn bản  thường ngày 5/1/2023.',
    ].join('\n');
    const plan = MINI_PLAN.plan.replace(/^opening:\n(?:  - .*\n)+/m, `${opening}\n`);
    writeFileSync(join(dir, 'plan.yaml'), plan);
    const { stdout } = await run(['check', '--fix'], root);
    expect(stdout).toContain(`${join('plans', 'ke-hoach', 'plan.yaml')}: đã sửa 2 chỗ (text-spacing: 1, date-format: 1)`);
    const fixed = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    expect(fixed).toBe(plan.replace('Văn bản  thường ngày 5/1/2023.', 'Văn bản thường ngày 05/01/2023.'));
    // Still reported, to be mended by hand.
    const left = await findings(root);
    expect(left.filter((f) => f.ruleId === 'text-spacing')).toHaveLength(3);
  });

  it('changes nothing when the report of -o cannot be written (the fixes were written, then the command failed)', async () => {
    const { root, dir } = makeRepo();
    const { code, stderr } = await run(['check', '--fix', '--format', 'json', '-o', join('plans', 'ke-hoach', 'tasks.yaml', 'report.json')], root);
    expect(code).toBe(2);
    expect(stderr).toContain('tasks.yaml');
    expect(readFileSync(join(dir, 'tasks.yaml'), 'utf8')).toBe(TASKS);
    expect(readFileSync(join(dir, 'units.yaml'), 'utf8')).toBe(UNITS);
  });

  it('keeps an edit made while the fixes were worked out: that file is left and said (the edit was lost)', () => {
    const { dir } = makeRepo();
    const path = join(dir, 'tasks.yaml');
    const before = new TextEncoder().encode(TASKS);
    writeFileSync(path, `${TASKS}# sửa tay trong lúc kiểm tra\n`);
    let said = '';
    const io: Io = { stdout: (t) => void (said += t), stderr: (t) => void (said += t), cwd: dir, env: {}, isTTY: false };
    const fixed = { path, file: 'tasks.yaml', before, after: new TextEncoder().encode(FIXED), fixed: [] };
    fixFiles([{ files: [fixed], linked: [] }], { format: 'stylish', lang: 'vi', failOn: 'error', final: false }, io);
    expect(readFileSync(path, 'utf8')).toBe(`${TASKS}# sửa tay trong lúc kiểm tra\n`);
    expect(said).toContain('tasks.yaml: không sửa, vì tệp vừa được sửa trong lúc kiểm tra');
  });

  it('is refused beside --list-rules, which reads no plan', async () => {
    const { root } = makeRepo();
    const { code, stderr } = await run(['check', '--list-rules', '--fix'], root);
    expect(code).toBe(2);
    expect(stderr).toContain('--list-rules không đọc kế hoạch nào');
  });
});

describe('patchText', () => {
  it('changes nothing when a fix would not give the data expected (a finding that points elsewhere than its range)', () => {
    const text = 'title: "Hai  dấu cách"\nplace: Bắc Giang\n';
    const at = text.indexOf('  ') + 1;
    const finding = {
      code: 'text-spacing',
      severity: 'warning' as const,
      messageId: 'text-spacing',
      args: { replacement: ' ' },
      file: 'plan.yaml',
      // Says the run of spaces is in `place`, whose value holds no such run.
      path: ['place'],
      span: { offset: 3, length: 2 },
      start: { line: 1, column: at },
      end: { line: 1, column: at + 2 },
    };
    expect(patchText('plan', text, [finding])).toEqual({ text, fixed: [] });
    expect(patchText('plan', text, [{ ...finding, path: ['title'] }]).text).toBe('title: "Hai dấu cách"\nplace: Bắc Giang\n');
  });
});
