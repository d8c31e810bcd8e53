import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertToPdf, findSoffice, hasPdfTools, pdfPageCount, pdfPageTexts } from '../support/libreoffice.js';
import { REPO_ROOT, freshTempDir } from './build-helpers.js';

const TIMEOUT_MS = 120_000;
const canConvert = findSoffice() !== null && hasPdfTools();

/** Lines of a page's text, trimmed, blank ones dropped. */
function pageLines(page: string): string[] {
  return page
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** A line that is only a page number. */
function isPageNumber(line: string): boolean {
  return /^\d{1,3}$/.test(line);
}

describe.skipIf(!canConvert)('end to end in LibreOffice (skips where soffice or pdftotext/pdfinfo is missing)', () => {
  let outDir: string;
  let build: SpawnSyncReturns<string>;
  let pdfPath: string;
  let pages: string[];

  beforeAll(async () => {
    outDir = freshTempDir('plan-e2e-');
    if (!existsSync(join(REPO_ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npx tsc -p .` (npm test does) first');
    build = spawnSync(process.execPath, ['bin/plan.js', 'build', '--out', outDir], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
      timeout: TIMEOUT_MS,
    });
    if (build.status !== 0) return;
    pdfPath = await convertToPdf(join(outDir, 'ke-hoach-2023.docx'), join(outDir, 'pdf'));
    pages = pdfPageTexts(pdfPath);
  }, TIMEOUT_MS);

  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('builds with `node bin/plan.js build --out <dir>` and exits 0', { timeout: TIMEOUT_MS }, () => {
    expect(build.error).toBeUndefined();
    expect(build.status, `stdout:\n${build.stdout}\nstderr:\n${build.stderr}`).toBe(0);
    expect(build.stdout).toContain('ke-hoach-2023.docx');
    expect(readdirSync(outDir)).toContain('ke-hoach-2023.docx');
  });

  it('opens in LibreOffice as 5 to 20 pages', { timeout: TIMEOUT_MS }, () => {
    const count = pdfPageCount(pdfPath);
    expect(count).toBeGreaterThanOrEqual(5);
    expect(count).toBeLessThanOrEqual(20);
    expect(pages).toHaveLength(count);
  });

  it('shows the header block and the document type on page 1', { timeout: TIMEOUT_MS }, () => {
    const first = pages[0]!;
    for (const text of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'UBND TỈNH BẮC GIANG', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'KẾ HOẠCH']) {
      expect(first, text).toContain(text);
    }
  });

  it('numbers every page but the first, at the top', { timeout: TIMEOUT_MS }, () => {
    const first = pageLines(pages[0]!);
    expect(first.filter(isPageNumber), `page 1:\n${first.join('\n')}`).toEqual([]);
    expect(pageLines(pages[1]!)[0]).toBe('2');
    expect(pages[1]!.trimStart().startsWith('2')).toBe(true);
  });
});
