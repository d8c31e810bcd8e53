import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../build/build-helpers.js';
import { freshRepo, REFERENCE_DIR } from './import-helpers.js';

const SAMPLE_TEXT = join(REFERENCE_DIR, 'ke-hoach-2023.txt');

describe('plan import: where it writes', () => {
  const repos: string[] = [];
  const repo = () => {
    const dir = freshRepo();
    repos.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of repos.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes plans/<file stem> by default, with plan.yaml, units.yaml and tasks.yaml', async () => {
    const dir = repo();
    const run = await runCli(['import', SAMPLE_TEXT], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(join(dir, 'plans', 'ke-hoach-2023')).sort()).toEqual(['plan.yaml', 'tasks.yaml', 'units.yaml']);
    expect(run.stdout).toMatch(/^Đã nhập .* 6 nhiệm vụ/);
    expect(run.stdout).toMatch(/plans\/ke-hoach-2023\/plan\.yaml:\d+ {2}TODO {2}.* \(đoạn \d+ của tệp nguồn\)/);
  });

  it('refuses a folder that exists and is not empty, and writes nothing (exit 2)', async () => {
    const dir = repo();
    mkdirSync(join(dir, 'plans', 'ke-hoach-2023'));
    writeFileSync(join(dir, 'plans', 'ke-hoach-2023', 'ghi-chu.txt'), 'x');
    const run = await runCli(['import', SAMPLE_TEXT, '-o', 'plans/ke-hoach-2023'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('thư mục plans/ke-hoach-2023 đã có và không trống');
    expect(readdirSync(join(dir, 'plans', 'ke-hoach-2023'))).toEqual(['ghi-chu.txt']);
  });

  it('writes into an empty folder that exists', async () => {
    const dir = repo();
    mkdirSync(join(dir, 'plans', 'moi'));
    const run = await runCli(['import', SAMPLE_TEXT, '-o', 'plans/moi'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(dir, 'plans', 'moi', 'plan.yaml'))).toBe(true);
  });

  it('never writes outside the repository (exit 2), and says so in English with --lang en', async () => {
    const dir = repo();
    const outside = join(dir, '..', `outside-${process.pid}`);
    const run = await runCli(['import', SAMPLE_TEXT, '-o', outside, '--lang', 'en'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Error: .* is outside the plans repository/);
    expect(existsSync(outside)).toBe(false);
    const root = await runCli(['import', SAMPLE_TEXT, '-o', '.'], dir);
    expect(root.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['plans']);
  });

  it('says a missing file, and a file of another kind, in words (exit 2)', async () => {
    const dir = repo();
    const missing = await runCli(['import', 'khong-co.docx'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('Lỗi: không có tệp khong-co.docx\n');
    writeFileSync(join(dir, 'ke-hoach.pdf'), 'x');
    const pdf = await runCli(['import', 'ke-hoach.pdf'], dir);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('không phải tệp .docx, .txt hay .md');
    expect(readdirSync(join(dir, 'plans'))).toEqual([]);
  });
});

describe('plan import: the progress line', () => {
  /** Runs the CLI with stderr a terminal or not; what it wrote where. */
  async function run(argv: string[], cwd: string, stderrTTY: boolean) {
    let stdout = '';
    let stderr = '';
    const { main } = await import('../../src/cli/main.js');
    const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {}, isTTY: false, stderrTTY });
    return { code, stdout, stderr };
  }

  it('shows how far the reading is on a terminal, rewritten in place and cleared at the end; none in a log', async () => {
    // A text of 1,200 lines: the sample's reference, then numbered paragraphs of its section III.
    const dir = freshRepo();
    const lines = readFileSync(SAMPLE_TEXT, 'utf8').split('\n');
    const at = lines.indexOf('(Có các Phụ lục chi tiết kèm theo)');
    const long = [...lines.slice(0, at + 1), ...Array.from({ length: 1200 }, (_, i) => `Đoạn thứ ${i + 1} của mục III.`), ...lines.slice(at + 1)];
    writeFileSync(join(dir, 'dai.txt'), long.join('\n'));
    const tty = await run(['import', 'dai.txt'], dir, true);
    expect(tty.code, tty.stderr).toBe(0);
    expect(tty.stderr).toMatch(/^\rĐang đọc dai\.txt: 500\/\d+ đoạn\x1b\[K\rĐang đọc dai\.txt: 1000\/\d+ đoạn\x1b\[K/);
    expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true);
    const log = await run(['import', 'dai.txt', '-o', 'plans/lan-hai'], dir, false);
    expect(log.code).toBe(0);
    expect(log.stderr).toBe('');
    rmSync(dir, { recursive: true, force: true });
  });
});
