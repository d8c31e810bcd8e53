import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
