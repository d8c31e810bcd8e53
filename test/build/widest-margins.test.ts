import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertToPdf, findSoffice, hasPdfTools, pdfPageTexts } from '../support/libreoffice.js';
import { PLAN_DIR, freshTempDir, runCli } from './build-helpers.js';

const canConvert = findSoffice() !== null && hasPdfTools();

// Nghị định 30 allows margins up to left 35 and right 20 mm; the Quốc hiệu stays on one line (Phụ lục I, mục II.1).
describe.skipIf(!canConvert)('the widest margins Nghị định 30 allows, in LibreOffice', () => {
  it('keep "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" on one line', { timeout: 120_000 }, async () => {
    const root = freshTempDir();
    const dir = join(root, 'ke-hoach');
    cpSync(PLAN_DIR, dir, { recursive: true });
    const plan = join(dir, 'plan.yaml');
    writeFileSync(plan, `${readFileSync(plan, 'utf8')}layout:\n  marginLeft: 35\n  marginRight: 20\n`);
    const run = await runCli(['build', dir, '--out', join(root, 'out')]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const first = pdfPageTexts(await convertToPdf(join(root, 'out', 'ke-hoach.docx'), join(root, 'pdf')), { layout: true })[0]!;
    expect(first.split('\n').some((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
    expect(first).toContain('Độc lập - Tự do - Hạnh phúc');
  });
});
