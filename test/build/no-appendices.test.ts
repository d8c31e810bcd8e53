import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../support/docx-reader.js';
import { PLAN_DIR, freshTempDir, runCli } from './build-helpers.js';

describe('a plan without appendices.yaml', () => {
  it('has no section pointing to appendices: "Tổ chức thực hiện" becomes III, and nothing says "Phụ lục"', async () => {
    const root = freshTempDir();
    const dir = join(root, 'ke-hoach');
    cpSync(PLAN_DIR, dir, { recursive: true });
    rmSync(join(dir, 'appendices.yaml'));
    const run = await runCli(['build', dir, '--out', join(root, 'out')]);
    expect(run.code, run.stderr).toBe(0);
    const paragraphs = readDocx(join(root, 'out', 'ke-hoach.docx')).paragraphs().map((p) => p.text.trim());
    expect(paragraphs.filter((t) => /^[IV]+\. /.test(t))).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG VÀ GIẢI PHÁP THỰC HIỆN', 'III. TỔ CHỨC THỰC HIỆN']);
    expect(paragraphs.filter((t) => t.includes('Phụ lục'))).toEqual([]);
  });
});
