import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshTempDir, runCli } from '../build/build-helpers.js';
import { writeGeneratedPlan } from '../support/generate-plan.js';
import { convertToPdf, findSoffice, hasPdfTools } from '../support/libreoffice.js';

const TIMEOUT_MS = 240_000;
const canConvert = findSoffice() !== null && hasPdfTools();

/**
 * The PDF's text as LibreOffice laid it out, split at spaces and line ends: a word broken across
 * two lines of a cell ("01/202" then "4") comes out as two tokens. (pdftotext's -bbox words are
 * no use here: it splits "Nhiệm" at the stacked diacritic.)
 */
function pdfWords(pdf: string): string[] {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).split(/\s+/).filter((w) => w !== '');
}

/** The header texts of every appendix table of the review, split into the words they hold. */
function headerWords(markdown: string): string[] {
  const heads = markdown.split('\n').filter((line, i, all) => line.startsWith('| ') && all[i + 1]?.startsWith('| ---'));
  return [...new Set(heads.flatMap((line) => line.split(/ \| |\|| \/ /).flatMap((cell) => cell.trim().split(/\s+/)).filter((w) => w !== '' && w !== '/')))];
}

const DATE = /\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b\d{1,2}\/\d{4}\b/g;

/**
 * A plan over 36 months (its timeline by quarters under their years) with a portrait appendix of
 * all ten columns: no header word and no date of any table may be broken across lines in
 * LibreOffice's layout. With widths from weights the ten columns broke "01/2024" mid-word; sized from
 * their content at 12 pt they still did not fit a portrait page, so such a table is set smaller.
 */
describe.skipIf(!canConvert)('every header word and date stays whole in print (LibreOffice, PDF words)', () => {
  let words: string[] = [];
  let markdown = '';

  beforeAll(async () => {
    const root = freshTempDir('plan-unbroken-');
    const dir = join(root, 'ke-hoach-36-thang');
    writeGeneratedPlan(dir, 40);
    const plan = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    writeFileSync(join(dir, 'plan.yaml'), plan.replace('date: 2023-01\n', 'date: 2023-12\nperiod:\n  from: 2024-01\n  to: 2026-12\n'));
    // Each task with its steps moves to 2024, 2025 or 2026 in turn: the times keep their order.
    let year = 2024;
    let tasks = 0;
    const lines = readFileSync(join(dir, 'tasks.yaml'), 'utf8').split('\n').map((line) => {
      if (/^ {6}- id: /.test(line)) year = 2024 + (tasks++ % 3);
      return line.replace(/\b2023-(\d\d)/g, `${year}-$1`);
    });
    writeFileSync(join(dir, 'tasks.yaml'), lines.join('\n'));
    const appendices = readFileSync(join(dir, 'appendices.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'appendices.yaml'),
      `${appendices}  - id: moi-cot
    kind: steps
    title: Mọi cột, khổ dọc
    orientation: portrait
    columns: [stt, task, work, lead, owner, cooperating, person, deadline, time, product]
`,
    );
    const run = await runCli(['build', dir, '--out', join(root, 'out'), '--md', '--quiet']);
    if (run.code !== 0) throw new Error(`plan build exited ${run.code}\n${run.stdout}\n${run.stderr}`);
    markdown = readFileSync(join(dir, 'ke-hoach-36-thang.md'), 'utf8');
    words = pdfWords(await convertToPdf(join(root, 'out', 'ke-hoach-36-thang.docx'), join(root, 'pdf')));
  }, TIMEOUT_MS);

  it('builds a timeline of quarters for the 36 months, and a portrait appendix of ten columns', () => {
    expect(markdown).toMatch(/\| Năm 2024 \/ Q1 \| Năm 2024 \/ Q2 \|/);
    expect(markdown).toContain('| STT | Nhiệm vụ | Nhiệm vụ, công việc cụ thể | Đơn vị chủ trì | Đơn vị thực hiện | Đơn vị phối hợp | Người phụ trách | Thời gian hoàn thành | Thời gian thực hiện | Sản phẩm |');
  });

  it('prints every word of every table header whole', () => {
    const printed = new Set(words);
    const broken = headerWords(markdown).filter((word) => !printed.has(word));
    expect(broken).toEqual([]);
  });

  it('prints every date of the document whole, as many times as the review holds it', () => {
    const count = (list: Iterable<string>) => {
      const counts = new Map<string, number>();
      for (const token of list) counts.set(token, (counts.get(token) ?? 0) + 1);
      return counts;
    };
    const expected = count(markdown.match(DATE) ?? []);
    const printed = count(words.flatMap((w) => w.match(DATE) ?? []));
    expect(expected.size).toBeGreaterThan(10);
    const short = [...expected].filter(([date, n]) => (printed.get(date) ?? 0) < n).map(([date, n]) => `${date}: ${printed.get(date) ?? 0} of ${n}`);
    expect(short).toEqual([]);
  });
});
