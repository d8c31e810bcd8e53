import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEADLINE_FILL, RUN_FILL } from '../../src/render/appendix-grid.js';
import { readDocx, type Block, type DocxView } from '../support/docx-reader.js';
import { PLAN_DIR, collapseWhitespace, freshTempDir, runCli } from '../build/build-helpers.js';
import { appendixTable, cellText, columnIndex, copyPlan, expectedPlan, paragraphsIn, rowBySTT, sectionsOf } from './appendix-helpers.js';

/**
 * Acceptance: "Changing one task's deadline in YAML changes it in section II, in Phụ lục I and II
 * and in the timeline, and nowhere needs a second edit."
 */

const TASK_ID = 'quy-dinh-tdc';
const OLD_LINE = '        deadline: 2023-06';
const NEW_LINE = '        deadline: 2023-09';

let planDir: string;
let outDir: string;
let doc: DocxView;
let sections: Block[][];
let changedLines: { before: string; after: string }[];

/** Replaces the first `deadline: 2023-06` line after `- id: quy-dinh-tdc`, and nothing else. */
function editDeadline(tasksYaml: string): string {
  const lines = tasksYaml.split('\n');
  const start = lines.findIndex((l) => l.trim() === `- id: ${TASK_ID}`);
  if (start === -1) throw new Error(`no task ${TASK_ID} in tasks.yaml`);
  const at = lines.findIndex((l, i) => i > start && l === OLD_LINE);
  if (at === -1) throw new Error(`no "${OLD_LINE.trim()}" after ${TASK_ID}`);
  const next = lines.findIndex((l, i) => i > start && /^\s*- id: /.test(l));
  if (next !== -1 && next < at) throw new Error(`"${OLD_LINE.trim()}" is not in task ${TASK_ID}`);
  lines[at] = NEW_LINE;
  return lines.join('\n');
}

beforeAll(async () => {
  planDir = copyPlan(PLAN_DIR, 'plan-single-edit-');
  const tasksPath = join(planDir, 'tasks.yaml');
  const before = readFileSync(tasksPath, 'utf8');
  const after = editDeadline(before);
  writeFileSync(tasksPath, after);
  const a = before.split('\n');
  const b = after.split('\n');
  changedLines = a.flatMap((line, i) => (line === b[i] ? [] : [{ before: line, after: b[i]! }]));

  outDir = freshTempDir('plan-single-edit-out-');
  const run = await runCli(['build', planDir, '--out', outDir]);
  if (run.code !== 0) throw new Error(`plan build exited ${run.code}\n${run.stdout}\n${run.stderr}`);
  doc = readDocx(join(outDir, 'ke-hoach-2023.docx'));
  sections = sectionsOf(doc);
}, 60_000);

afterAll(() => {
  if (planDir) rmSync(dirname(planDir), { recursive: true, force: true });
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe(`one edit: ${TASK_ID} deadline 2023-06 -> 2023-09`, () => {
  it('changes exactly one line of one file', () => {
    expect(changedLines).toEqual([{ before: OLD_LINE, after: NEW_LINE }]);
    for (const file of ['plan.yaml', 'units.yaml', 'appendices.yaml']) {
      expect(readFileSync(join(planDir, file), 'utf8'), file).toBe(readFileSync(join(PLAN_DIR, file), 'utf8'));
    }
    const task = expectedPlan(planDir).tasks.find((t) => t.id === TASK_ID)!;
    expect(task.label).toBe('2.1');
    expect(task.deadline).toEqual({ year: 2023, month: 9, day: null });
  });

  it('section II: the deadline paragraph of task 2.1 reads "b) Thời gian hoàn thành: Tháng 9/2023."', () => {
    const texts = paragraphsIn(sections[0]!).map((p) => collapseWhitespace(p.text));
    const heading = texts.findIndex((t) => t.startsWith('2.1. '));
    expect(heading).toBeGreaterThan(-1);
    const nextTask = texts.findIndex((t, i) => i > heading && /^\d+\.\d+\. /.test(t));
    const own = texts.slice(heading + 1, nextTask === -1 ? undefined : nextTask);
    const deadline = own.filter((t) => /^[a-z]\) Thời gian hoàn thành:/.test(t));
    expect(deadline).toEqual(['b) Thời gian hoàn thành: Tháng 9/2023.']);
  });

  it('Phụ lục I: row 2.1 reads "Tháng 9/2023"', () => {
    const t = appendixTable(sections[1]!);
    expect(cellText(rowBySTT(t, '2.1').cells[columnIndex(t, 'Thời gian hoàn thành')])).toBe('Tháng 9/2023');
  });

  it('Phụ lục II: row 2.1 reads "Tháng 01 - 9/2023"', () => {
    const t = appendixTable(sections[2]!);
    expect(cellText(rowBySTT(t, '2.1').cells[columnIndex(t, 'Thời gian thực hiện')])).toBe('Tháng 01 - 9/2023');
  });

  it('timeline: row 2.1 runs T1-T8 and is due at T9', () => {
    const t = appendixTable(sections[3]!);
    const months = rowBySTT(t, '2.1').cells.slice(2);
    expect(months).toHaveLength(12);
    for (let m = 0; m < 8; m++) expect(months[m]!.shading, `T${m + 1}`).toBe(RUN_FILL);
    expect(months[8]!.shading, 'T9').toBe(DEADLINE_FILL);
    expect(cellText(months[8]), 'T9 text').toBe('◆');
    for (let m = 9; m < 12; m++) expect([null, 'auto', 'FFFFFF'], `T${m + 1}`).toContain(months[m]!.shading);
    expect(months.filter((c) => c.shading === DEADLINE_FILL)).toHaveLength(1);
  });

  it('"Tháng 6/2023" appears nowhere in the document any more', () => {
    const text = doc.text();
    expect(text).toContain('Tháng 9/2023');
    expect(text).not.toContain('Tháng 6/2023');
    expect(text).not.toMatch(/Tháng\s+(01\s*-\s*)?6\/2023/);
  });
});
