import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocx, type Block } from '../support/docx-reader.js';
import { PLAN_DIR, freshTempDir, runCli } from '../build/build-helpers.js';
import { appendixTable, cellText, columnIndex, copyPlan, rowBySTT, sectionsOf } from './appendix-helpers.js';

// Phụ lục II's "Thời gian thực hiện" when a task's start or deadline carries a day: each end says
// whether it is a month or a day, so "01/2023" is never read as the first of a month.
const EDITS: [task: string, label: string, oldDeadline: string, lines: string, expected: string][] = [
  ['quy-dinh-tdc', '2.1', '2023-06', '        start: 2023-02\n        deadline: 2023-06-30', 'Tháng 02/2023 - ngày 30/6/2023'],
  ['danh-muc-dich-vu-cong', '2.2', '2023-07', '        start: 2023-02-15\n        deadline: 2023-07', 'Ngày 15/02/2023 - tháng 7/2023'],
  ['ke-hoach-tri-tue-nhan-tao', '2.3', '2023-08', '        start: 2023-03-05\n        deadline: 2023-08-31', '05/3/2023 - 31/8/2023'],
];

let sections: Block[][];

beforeAll(async () => {
  const planDir = copyPlan(PLAN_DIR, 'plan-time-span-');
  const path = join(planDir, 'tasks.yaml');
  let text = readFileSync(path, 'utf8');
  for (const [task, , oldDeadline, lines] of EDITS) {
    const at = text.indexOf(`- id: ${task}\n`);
    const deadline = text.indexOf(`        deadline: ${oldDeadline}\n`, at);
    if (at < 0 || deadline < 0) throw new Error(`no deadline ${oldDeadline} in task ${task}`);
    text = text.slice(0, deadline) + lines + text.slice(deadline + `        deadline: ${oldDeadline}`.length);
  }
  writeFileSync(path, text);
  const out = freshTempDir('plan-time-span-out-');
  const run = await runCli(['build', planDir, '--out', out]);
  if (run.code !== 0) throw new Error(`plan build exited ${run.code}\n${run.stdout}\n${run.stderr}`);
  sections = sectionsOf(readDocx(join(out, 'ke-hoach-2023.docx')));
}, 60_000);

describe('Phụ lục II: a time span with days', () => {
  it.each(EDITS.map(([, label, , , expected]) => [label, expected]))('row %s reads "%s"', (label, expected) => {
    const table = appendixTable(sections[2]!);
    expect(cellText(rowBySTT(table, label).cells[columnIndex(table, 'Thời gian thực hiện')])).toBe(expected);
  });
});
