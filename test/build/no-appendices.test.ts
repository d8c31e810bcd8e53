import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../support/docx-reader.js';
import { MINI_PLAN } from '../support/mini-plan.js';
import { PLAN_DIR, freshTempDir, runCli } from './build-helpers.js';

describe('a plan without appendices.yaml', () => {
  it('whose outline leaves out the section on appendices: "Tổ chức thực hiện" becomes III, and nothing says "Phụ lục"', async () => {
    const root = freshTempDir();
    const dir = join(root, 'ke-hoach');
    cpSync(PLAN_DIR, dir, { recursive: true });
    rmSync(join(dir, 'appendices.yaml'));
    const plan = join(dir, 'plan.yaml');
    const text = readFileSync(plan, 'utf8');
    const edited = text.replace(/ {2}- heading: KẾ HOẠCH THỰC HIỆN CỤ THỂ\n(?: {4}.*\n)+/, '');
    expect(edited).not.toBe(text);
    writeFileSync(plan, edited);
    const run = await runCli(['build', dir, '--out', join(root, 'out')]);
    expect(run.code, run.stderr).toBe(0);
    const paragraphs = readDocx(join(root, 'out', 'ke-hoach.docx')).paragraphs().map((p) => p.text.trim());
    expect(paragraphs.filter((t) => /^[IV]+\. /.test(t))).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG VÀ GIẢI PHÁP THỰC HIỆN', 'III. TỔ CHỨC THỰC HIỆN']);
    expect(paragraphs.filter((t) => t.includes('Phụ lục'))).toEqual([]);
  });

  it('without an outline either: the classic outline has no section III on appendices', async () => {
    const root = freshTempDir();
    const dir = join(root, 'mini');
    cpSync(PLAN_DIR, dir, { recursive: true, filter: (src) => !src.endsWith('.yaml') && !src.endsWith('.md') });
    for (const [kind, text] of Object.entries(MINI_PLAN)) writeFileSync(join(dir, `${kind}.yaml`), text);
    const run = await runCli(['build', dir, '--out', join(root, 'out')]);
    expect(run.code, run.stderr).toBe(0);
    const paragraphs = readDocx(join(root, 'out', 'mini.docx')).paragraphs().map((p) => p.text.trim());
    expect(paragraphs.filter((t) => /^[IV]+\. /.test(t))).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG VÀ GIẢI PHÁP THỰC HIỆN', 'III. TỔ CHỨC THỰC HIỆN']);
  });
});
