import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx, type DocxView } from '../support/docx-reader.js';
import { writeGeneratedPlan } from '../support/generate-plan.js';
import { convertToPdf, findSoffice, hasPdfTools, pdfPageCount, pdfPageTexts } from '../support/libreoffice.js';
import { freshTempDir, runCli, type CliRun } from '../build/build-helpers.js';
import { appendixTable, expectedPlan, sectionsOf, type ExpectedPlan } from './appendix-helpers.js';

const TASKS = 300;
const TIMEOUT_MS = 240_000;
const canConvert = findSoffice() !== null && hasPdfTools();

/** The first column after STT of each appendix's header row (templates/phrases/column-*.hbs). */
const APPENDICES = [
  { label: 'Phụ lục I', firstColumn: 'Nhiệm vụ' },
  { label: 'Phụ lục II', firstColumn: 'Nhiệm vụ, công việc cụ thể' },
  { label: 'Phụ lục III', firstColumn: 'Nhiệm vụ, công việc cụ thể' },
];

let root: string;
let planDir: string;
let outDir: string;
let check: CliRun;
let build: CliRun;
let plan: ExpectedPlan;
let doc: DocxView | undefined;

beforeAll(async () => {
  root = freshTempDir('plan-large-');
  planDir = join(root, 'ke-hoach-lon');
  outDir = join(root, 'out');
  writeGeneratedPlan(planDir, TASKS);
  plan = expectedPlan(planDir);
  check = await runCli(['check', planDir]);
  build = await runCli(['build', planDir, '--out', outDir]);
  if (build.code === 0) doc = readDocx(join(outDir, 'ke-hoach-lon.docx'));
}, 60_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe(`a generated plan of ${TASKS} tasks`, () => {
  it('is written deterministically: the same count gives the same files', () => {
    const again = join(root, 'again');
    writeGeneratedPlan(again, TASKS);
    const files = readdirSync(planDir).sort();
    expect(files).toEqual(['appendices.yaml', 'plan.yaml', 'tasks.yaml', 'units.yaml']);
    expect(readdirSync(again).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(again, f), 'utf8'), f).toBe(readFileSync(join(planDir, f), 'utf8'));
  });

  it('has the shape asked for: 3 groups, every third task with 2-3 steps, deadlines over the whole year', () => {
    expect(plan.tasks).toHaveLength(TASKS);
    expect(plan.groups).toHaveLength(3);
    expect(plan.groups.every((g) => g.tasks.length >= TASKS / 3 - 1)).toBe(true);
    plan.tasks.forEach((t, i) => {
      if (i % 3 === 2) expect(t.steps.length, t.label).toBeGreaterThanOrEqual(2);
      if (i % 3 === 2) expect(t.steps.length, t.label).toBeLessThanOrEqual(3);
      if (i % 3 !== 2) expect(t.steps, t.label).toHaveLength(0);
    });
    expect(new Set(plan.tasks.map((t) => t.deadline!.month))).toEqual(new Set(Array.from({ length: 12 }, (_, m) => m + 1)));
    expect(plan.appendices.map((a) => a.kind)).toEqual(['tasks', 'steps', 'timeline']);
    const tasksYaml = readFileSync(join(planDir, 'tasks.yaml'), 'utf8');
    expect(tasksYaml).toContain('steps: true');
    expect(tasksYaml).toMatch(/owner: /);
    // Some contents are long enough to wrap to several lines in a table cell.
    expect(Math.max(...plan.tasks.map((t) => t.content.length))).toBeGreaterThan(250);
  });

  it('passes `plan check` (exit 0)', () => {
    expect(check.code, `${check.stdout}\n${check.stderr}`).toBe(0);
  });

  it('builds (exit 0), with a row per group, task and step in each appendix table', () => {
    expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(0);
    const sections = sectionsOf(doc!);
    expect(sections).toHaveLength(4);
    const groups = plan.groups.length;
    expect(appendixTable(sections[1]!).rows).toHaveLength(1 + groups + TASKS);
    expect(appendixTable(sections[2]!).rows).toHaveLength(1 + groups + TASKS + plan.steps.length);
    expect(appendixTable(sections[3]!).rows).toHaveLength(2 + groups + TASKS + plan.steps.length);
  });
});

/** Lines of a page, trimmed, blank ones dropped. */
function lines(page: string): string[] {
  return page
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/**
 * A line (of `pdftotext -layout` output, where a line runs across the table) holding table data:
 * starting with an STT ("1.2", "3.10.2") or a group row ("II. ..."), or holding a month or date
 * cell ("Tháng 6/2023") or the timeline's deadline mark.
 */
function isDataLine(line: string): boolean {
  return /^\d+\.\d+(\.\d+)?(\s|$)/.test(line) || /^[IVX]+\. /.test(line) || /\bTháng \d/.test(line) || line.includes('◆');
}

/** The header row's line: "STT", then the first column's header, on one line. */
function isHeaderLine(line: string, firstColumn: string): boolean {
  return /^STT\s/.test(line) && line.includes(firstColumn);
}

describe.skipIf(!canConvert)('the generated plan in LibreOffice (skips where soffice or pdftotext/pdfinfo is missing)', () => {
  let pages: string[] = [];
  let pageCount = 0;

  beforeAll(async () => {
    if (!doc) return;
    const pdf = await convertToPdf(join(outDir, 'ke-hoach-lon.docx'), join(root, 'pdf'));
    pages = pdfPageTexts(pdf, { layout: true });
    pageCount = pdfPageCount(pdf);
  }, TIMEOUT_MS);

  /** Index of the page whose first line is `label`, or -1. */
  const startOf = (label: string) => pages.findIndex((p) => lines(p)[0] === label);

  it('converts to a PDF whose appendices each start a page with "Phụ lục N"', { timeout: TIMEOUT_MS }, () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(pages).toHaveLength(pageCount);
    const starts = APPENDICES.map((a) => startOf(a.label));
    for (const [i, s] of starts.entries()) expect(s, APPENDICES[i]!.label).toBeGreaterThan(0);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    for (const a of APPENDICES) expect(pages.filter((p) => lines(p)[0] === a.label), a.label).toHaveLength(1);
  });

  it('has more than 3 appendix pages', { timeout: TIMEOUT_MS }, () => {
    const first = startOf('Phụ lục I');
    expect(first).toBeGreaterThan(0);
    expect(pages.length - first).toBeGreaterThan(3);
  });

  it('repeats the header row at the top of every appendix page, before any data row', { timeout: TIMEOUT_MS }, () => {
    const starts = APPENDICES.map((a) => startOf(a.label));
    expect(starts.every((s) => s > 0)).toBe(true);
    const failures: string[] = [];
    let checked = 0;
    pages.forEach((page, index) => {
      if (index < starts[0]!) return;
      const appendix = APPENDICES[starts.filter((s) => s <= index).length - 1]!;
      const ls = lines(page);
      const firstData = ls.findIndex(isDataLine);
      const before = firstData === -1 ? ls : ls.slice(0, firstData);
      // A page holding only the timeline's legend (no table on it) has no header to repeat.
      if (firstData === -1 && ls.every((l) => /^\d{1,3}$/.test(l) || l.startsWith('Ghi chú:'))) return;
      checked += 1;
      const where = `page ${index + 1} (${appendix.label}); first lines: ${JSON.stringify(ls.slice(0, 6))}`;
      if (firstData === -1) failures.push(`no data row on ${where}`);
      if (!before.some((l) => isHeaderLine(l, appendix.firstColumn))) failures.push(`no header row "STT ${appendix.firstColumn} ..." before the first data row on ${where}`);
    });
    expect(checked).toBeGreaterThan(3);
    expect(failures).toEqual([]);
  });
});
