import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSoffice } from '../support/libreoffice.js';
import { REPO, runCli } from './run-cli.js';

function copySample(name = 'ke-hoach-2023'): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), 'plan-opt-'));
  const dir = join(root, 'plans', name);
  cpSync(join(REPO, 'plans/ke-hoach-2023'), dir, { recursive: true });
  return { root, dir };
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('plan build options', () => {
  it('--md writes the Markdown review beside the YAML, from the same numbering and appendix rows', async () => {
    const { dir, root } = copySample();
    const { code } = await runCli(['build', dir, '--md', '--out', join(root, 'out')]);
    expect(code).toBe(0);
    const md = readFileSync(join(dir, 'ke-hoach-2023.md'), 'utf8');
    expect(md).toContain('#### 2.1. Nhiệm vụ 1: Tham mưu UBND tỉnh ban hành Quy định');
    expect(md).toContain('### 3. Chi cục Tiêu chuẩn Đo lường Chất lượng');
    expect(md).toContain('## Phụ lục III');
    expect(md).toMatch(/\| 2\.1 \| Tham mưu UBND tỉnh[^\n]*\| Chi cục Tiêu chuẩn Đo lường Chất lượng \|[^\n]*\| Tháng 6\/2023 \|/);
    // Timeline row of task 2.1: five months of work, the deadline mark in June, nothing after.
    const row = md.split('\n').find((l) => l.startsWith('| **2.1** |') && l.includes('◆'))!; // task rows print bold, as in the .docx
    expect(row.split('|').slice(-13, -1).map((c) => c.trim())).toEqual(['░', '░', '░', '░', '░', '◆', '', '', '', '', '', '']);
  });

  it('the committed review file of the sample is up to date', async () => {
    const { dir, root } = copySample();
    await runCli(['build', dir, '--md', '--quiet', '--out', join(root, 'out')]);
    expect(readFileSync(join(dir, 'ke-hoach-2023.md'), 'utf8')).toBe(readFileSync(join(REPO, 'plans/ke-hoach-2023/ke-hoach-2023.md'), 'utf8'));
  });

  it('--pdf without LibreOffice says how to install it, exits 2 and writes nothing', async () => {
    const { dir, root } = copySample();
    const out = join(root, 'out');
    const result = await runCli(['build', dir, '--pdf', '--out', out], { PATH: join(root, 'no-bin') });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('apt-get install libreoffice-writer-nogui');
    expect(existsSync(out)).toBe(false);
  });

  it.skipIf(!findSoffice())('--pdf writes a PDF beside the .docx (skips where soffice is missing)', async () => {
    const { dir, root } = copySample();
    const out = join(root, 'out');
    const result = await runCli(['build', dir, '--pdf', '--out', out], { PATH: process.env['PATH'] ?? '' });
    expect(result.code).toBe(0);
    expect(readFileSync(join(out, 'ke-hoach-2023.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it('several plans: one line per plan; --quiet prints nothing', async () => {
    const { root } = copySample('a-plan');
    cpSync(join(REPO, 'plans/ke-hoach-2023'), join(root, 'plans', 'b-plan'), { recursive: true });
    const loud = await runCli(['build', join(root, 'plans'), '--out', join(root, 'out')]);
    expect(loud.code).toBe(0);
    expect(loud.stdout.trim().split('\n').map((l) => l.split(':')[0])).toEqual(['a-plan', 'b-plan']);
    expect(readdirSync(join(root, 'out')).sort()).toEqual(['a-plan.docx', 'b-plan.docx']);
    const quiet = await runCli(['build', join(root, 'plans'), '--quiet', '--out', join(root, 'out')]);
    expect(quiet.stdout).toBe('');
  });

  it('the same plan gives the same bytes across processes, clock times and time zones', async () => {
    const out = (tz: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'plan-tz-'));
      execFileSync(process.execPath, ['bin/plan.js', 'build', '--quiet', '--out', dir], { cwd: REPO, env: { ...process.env, TZ: tz } });
      return sha256(join(dir, 'ke-hoach-2023.docx'));
    };
    const utc = out('UTC');
    // Zip entry times have a 2-second resolution: build again after that, in another zone.
    await new Promise((r) => setTimeout(r, 2100));
    expect(out('Asia/Ho_Chi_Minh')).toBe(utc);
    expect(out('America/New_York')).toBe(utc);
  }, 60_000);
});
