import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

// A mistyped command line, as a clerk types it: said in Vietnamese (English with --lang en), exit 2.
describe('a mistyped command line', () => {
  it.each([
    [['chek'], 'Lỗi: không có lệnh "chek"; có phải "check"? Các lệnh: check, build, status, report, init, import, lsp (xem plan --help).'],
    [['check', '--formt', 'json'], 'Lỗi: không có tùy chọn "--formt"; có phải "--format"? (xem --help).'],
    [['build', '--out'], 'Lỗi: tùy chọn -o, --out <dir> cần một giá trị ngay sau nó'],
    [['check', '--format', 'xml'], 'Lỗi: tùy chọn --format <format> không nhận giá trị "xml"; chỉ nhận: stylish, json, github, sarif'],
    [['init', 'a', 'b'], 'Lỗi: lệnh init nhận ít tham số hơn số đã ghi (xem --help)'],
  ])('plan %j', async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(message);
    expect(run.stdout).toBe('');
  });

  it.each([
    ['/nonexistent/ke-hoach', 'Không có thư mục /nonexistent/ke-hoach'],
    ['plans/ke-hoach-2023/tasks.yaml', 'plans/ke-hoach-2023/tasks.yaml là một tệp của kế hoạch; hãy ghi thư mục kế hoạch: plans/ke-hoach-2023'],
    ['src', 'src không phải thư mục kế hoạch (không có tệp plan.yaml)'],
    ['', '"" không phải thư mục kế hoạch (không có tệp plan.yaml)'],
  ])('plan check %j: says what the name is instead of a plan folder', async (dir, message) => {
    const run = await runCli(['check', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(message);
  });

  it('--plan without --list-rules, and folders with --list-rules, are said, not ignored', async () => {
    const plan = await runCli(['check', '--plan', 'plans/ke-hoach-2023']);
    expect(plan.code).toBe(2);
    expect(plan.stderr).toContain('--plan chỉ dùng cùng --list-rules');
    const dirs = await runCli(['check', '--list-rules', 'plans/ke-hoach-2023', '--lang', 'en']);
    expect(dirs.code).toBe(2);
    expect(dirs.stderr).toContain('use --list-rules --plan plans/ke-hoach-2023');
    expect(dirs.stdout).toBe('');
  });

  it('keeps Commander\'s English with --lang en, wherever --lang stands', async () => {
    for (const argv of [['check', '--lang', 'en', '--formt'], ['check', '--formt', '--lang=en']]) {
      const run = await runCli(argv);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^error: unknown option '--formt'/);
    }
  });

  it('plan alone prints the help, and nothing after it', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Cách dùng: plan/);
    expect(run.stderr.trimEnd()).toMatch(/help \[lệnh\] +in trợ giúp của một lệnh$/);
  });

  it('--help and --version still print to stdout and exit 0', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Cách dùng: plan');
    expect((await runCli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('-v is --version, as in npm, node and git (it was refused)', async () => {
    const short = await runCli(['-v']);
    expect(short.code, short.stderr).toBe(0);
    expect(short.stdout).toBe((await runCli(['--version'])).stdout);
  });

  // Commander wrote "Usage:", "Options:" and "(default: ...)" in English among Vietnamese descriptions.
  it.each([
    [[], /Usage|Options|Commands|Arguments|default|choices|display help|output the version/],
    [['check'], /Usage|Options|Arguments|default|choices|display help/],
    [['build'], /Usage|Options|Arguments|default|choices|display help/],
    [['init'], /Usage|Options|Arguments|default|choices|display help/],
    [['lsp'], /Usage|Options|Arguments|default|choices|display help/],
  ])('plan %j --help speaks Vietnamese only, Commander\'s words included', async (command, english) => {
    const help = await runCli([...command, '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Cách dùng: plan/);
    expect(help.stdout).toContain('Tùy chọn:');
    expect(help.stdout).not.toMatch(english);
    if (command.length > 0) expect(help.stdout).toMatch(/\(chọn:\s+vi,\s+en;\s+mặc\s+định:\s+vi\)/);
  });

  it.each([[[]], [['check']], [['build']], [['init']], [['status']], [['report']], [['lsp']], [['import']]])('plan %j --help --lang en speaks English only', async (command) => {
    const help = await runCli([...command, '--help', '--lang', 'en']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: plan/);
    // Only the names of the documents and the decree stay Vietnamese.
    const words = help.stdout.replace(/Kế hoạch|Phụ lục|Nghị\s+định|NĐ-CP/g, '');
    expect(words).not.toMatch(/[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i);
  });
});
