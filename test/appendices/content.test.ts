import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEADLINE_FILL, RUN_FILL } from '../../src/render/appendix-grid.js';
import { readDocx, type Block, type Cell, type DocxView, type Table } from '../support/docx-reader.js';
import { PLAN_DIR, buildReferencePlan, freshTempDir, runCli, type BuiltPlan } from '../build/build-helpers.js';
import {
  appendixTable,
  cellText,
  columnIndex,
  copyPlan,
  deadlineText,
  expectedPlan,
  monthIndex,
  rowByContent,
  rowBySTT,
  sectionsOf,
  timeSpanText,
  type ExpectedPlan,
  type YamlDate,
} from './appendix-helpers.js';

const DEADLINE_MARK = '◆';

let built: BuiltPlan;
let plan: ExpectedPlan;
let sections: Block[][];

beforeAll(async () => {
  built = await buildReferencePlan();
  plan = expectedPlan(PLAN_DIR);
  sections = sectionsOf(built.doc);
}, 60_000);

afterAll(() => {
  if (built) rmSync(built.outDir, { recursive: true, force: true });
});

/** Whether a cell has no background (absent, automatic or white). */
function unfilled(cell: Cell): boolean {
  return cell.shading === null || /^(auto|FFFFFF)$/i.test(cell.shading);
}

describe('Phụ lục I (tasks)', () => {
  const table = (): Table => appendixTable(sections[1]!);

  it('has the task columns', () => {
    const t = table();
    for (const header of ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Sản phẩm']) expect(() => columnIndex(t, header)).not.toThrow();
  });

  it('names every task of tasks.yaml', () => {
    expect(plan.tasks.length).toBeGreaterThan(0);
    const t = table();
    const col = {
      task: columnIndex(t, 'Nhiệm vụ'),
      lead: columnIndex(t, 'Đơn vị chủ trì'),
      cooperating: columnIndex(t, 'Đơn vị phối hợp'),
      deadline: columnIndex(t, 'Thời gian hoàn thành'),
      product: columnIndex(t, 'Sản phẩm'),
    };
    for (const task of plan.tasks) {
      const row = rowBySTT(t, task.label);
      const cells = row.cells.map(cellText);
      expect(cells[col.task], `${task.label} Nhiệm vụ`).toBe(task.content);
      expect(cells[col.lead], `${task.label} Đơn vị chủ trì`).toBe(task.lead);
      expect(cells[col.deadline], `${task.label} Thời gian hoàn thành`).toBe(task.deadline ? deadlineText(task.deadline) : '');
      expect(cells[col.product], `${task.label} Sản phẩm`).toBe(task.product);
      for (const unit of task.cooperating) expect(cells[col.cooperating], `${task.label} Đơn vị phối hợp`).toContain(unit);
    }
  });

  it('labels tasks by group and position, and writes months as Nghị định 30 does', () => {
    const t = table();
    const deadline = columnIndex(t, 'Thời gian hoàn thành');
    // Spot checks of the derivations above against the sample itself.
    expect(cellText(rowBySTT(t, '2.1').cells[columnIndex(t, 'Nhiệm vụ')])).toMatch(/^Tham mưu UBND tỉnh ban hành Quy định quản lý/);
    expect(cellText(rowBySTT(t, '2.1').cells[deadline])).toBe('Tháng 6/2023');
    expect(cellText(rowBySTT(t, '1.1').cells[deadline])).toBe('Tháng 12/2023');
    expect(cellText(rowBySTT(t, '1.1').cells[columnIndex(t, 'Đơn vị chủ trì')])).toBe('Trung tâm Ứng dụng KH&CN');
    expect(deadlineText({ year: 2023, month: 1, day: null })).toBe('Tháng 01/2023');
    expect(deadlineText({ year: 2023, month: 2, day: null })).toBe('Tháng 02/2023');
    expect(deadlineText({ year: 2023, month: 3, day: null })).toBe('Tháng 3/2023');
  });

  it('prints no step rows', () => {
    const t = table();
    for (const step of plan.steps) expect(t.rows.some((r) => cellText(r.cells[0]) === step.label), step.label).toBe(false);
  });
});

describe('Phụ lục II (steps)', () => {
  const table = (): Table => appendixTable(sections[2]!);

  it('prints each task with its time span and lead', () => {
    const t = table();
    const owner = columnIndex(t, 'Đơn vị thực hiện');
    const time = columnIndex(t, 'Thời gian thực hiện');
    const work = columnIndex(t, 'Nhiệm vụ, công việc cụ thể');
    for (const task of plan.tasks) {
      const cells = rowBySTT(t, task.label).cells.map(cellText);
      expect(cells[work], task.label).toBe(task.content);
      expect(cells[owner], task.label).toBe(task.lead);
      expect(cells[time], task.label).toBe(timeSpanText(task.start, task.deadline));
    }
  });

  it("prints each step with its own owner, or else its task's lead, and its time span", () => {
    const t = table();
    const owner = columnIndex(t, 'Đơn vị thực hiện');
    const time = columnIndex(t, 'Thời gian thực hiện');
    const work = columnIndex(t, 'Nhiệm vụ, công việc cụ thể');
    const product = columnIndex(t, 'Sản phẩm');
    expect(plan.steps.length).toBeGreaterThan(0);
    for (const step of plan.steps) {
      const cells = rowBySTT(t, step.label).cells.map(cellText);
      expect(cells[work], `${step.label} work`).toBe(step.content);
      expect(cells[owner], `${step.label} owner`).toBe(step.owner);
      expect(cells[time], `${step.label} time`).toBe(timeSpanText(step.start, step.deadline));
      expect(cells[product], `${step.label} product`).toBe(step.product);
    }
  });

  it('gives step owners from the YAML (1.3: five different units) and the lead otherwise (2.3)', () => {
    const t = table();
    const owner = columnIndex(t, 'Đơn vị thực hiện');
    const owners13 = ['1.3.1', '1.3.2', '1.3.3', '1.3.4', '1.3.5'].map((l) => cellText(rowBySTT(t, l).cells[owner]));
    expect(new Set(owners13).size).toBe(5);
    expect(owners13[1]).toBe('Phòng QLKHCN cơ sở và SHTT');
    expect(cellText(rowBySTT(t, '2.3.1').cells[owner])).toBe('Phòng Quản lý Công nghệ và TTCN');
  });

  it('reads "Tháng 01 - 8/2023" for the undated steps of 2.3 and "Tháng 7/2023" for the step dated 2023-07', () => {
    const t = table();
    const time = columnIndex(t, 'Thời gian thực hiện');
    const work = columnIndex(t, 'Nhiệm vụ, công việc cụ thể');
    for (const label of ['2.3.1', '2.3.2', '2.3.8']) expect(cellText(rowBySTT(t, label).cells[time]), label).toBe('Tháng 01 - 8/2023');
    const july = rowByContent(t, work, 'Báo cáo UBND tỉnh tại phiên họp tháng 7/2023.');
    expect(cellText(july.cells[time])).toBe('Tháng 7/2023');
    expect(timeSpanText({ year: 2023, month: 1, day: null }, { year: 2023, month: 8, day: null })).toBe('Tháng 01 - 8/2023');
  });
});

describe('Phụ lục III (timeline)', () => {
  const table = (): Table => appendixTable(sections[3]!);
  const monthCount = () => monthIndex(plan.periodTo) - monthIndex(plan.periodFrom) + 1;

  /** Fill of each month cell of a row: 'run', 'deadline' or 'none'. */
  function monthFills(cells: Cell[]): string[] {
    return cells.slice(2).map((c) => (c.shading?.toUpperCase() === DEADLINE_FILL ? 'deadline' : c.shading?.toUpperCase() === RUN_FILL ? 'run' : unfilled(c) ? 'none' : `other:${c.shading}`));
  }

  function expectedFills(start: YamlDate, end: YamlDate | null): string[] {
    const from = monthIndex(plan.periodFrom);
    return Array.from({ length: monthCount() }, (_, m) => {
      if (end === null) return 'none';
      const i = m + from;
      if (i === monthIndex(end)) return 'deadline';
      return i >= monthIndex(start) && i < monthIndex(end) ? 'run' : 'none';
    });
  }

  it('uses grey for months of work and black for the deadline month', () => {
    expect(RUN_FILL).toBe('BFBFBF');
    expect(DEADLINE_FILL).toBe('000000');
  });

  it('has the header STT, "Nhiệm vụ, công việc cụ thể", then "Năm 2023" over T1..T12', () => {
    expect(monthCount()).toBe(12);
    const [years, months] = table().rows;
    expect(years!.cells.map(cellText)).toEqual(['STT', 'Nhiệm vụ, công việc cụ thể', 'Năm 2023']);
    expect(years!.cells[2]!.gridSpan).toBe(12);
    expect(months!.cells.map(cellText)).toEqual(['', '', ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`)]);
  });

  it('fills task 2.1 (deadline 2023-06): T1-T5 grey, T6 black with ◆, T7-T12 blank', () => {
    const cells = rowBySTT(table(), '2.1').cells;
    expect(cells).toHaveLength(14);
    const months = cells.slice(2);
    for (let m = 0; m < 5; m++) expect(months[m]!.shading, `T${m + 1}`).toBe(RUN_FILL);
    expect(months[5]!.shading, 'T6').toBe(DEADLINE_FILL);
    expect(cellText(months[5]), 'T6 text').toBe(DEADLINE_MARK);
    for (let m = 6; m < 12; m++) expect(unfilled(months[m]!), `T${m + 1}: ${months[m]!.shading}`).toBe(true);
    for (let m = 0; m < 12; m++) if (m !== 5) expect(cellText(months[m]), `T${m + 1} text`).toBe('');
  });

  it('fills only T7 (the deadline) for the step "Báo cáo UBND tỉnh tại phiên họp tháng 7/2023."', () => {
    const row = rowByContent(table(), 1, 'Báo cáo UBND tỉnh tại phiên họp tháng 7/2023.');
    expect(monthFills(row.cells)).toEqual(Array.from({ length: 12 }, (_, m) => (m === 6 ? 'deadline' : 'none')));
    expect(cellText(row.cells[2 + 6])).toBe(DEADLINE_MARK);
  });

  it('shades every task and step row from its start to its deadline in tasks.yaml', () => {
    const t = table();
    for (const task of plan.tasks) {
      expect(monthFills(rowBySTT(t, task.label).cells), task.label).toEqual(expectedFills(task.start, task.deadline));
      for (const step of task.steps) expect(monthFills(rowBySTT(t, step.label).cells), step.label).toEqual(expectedFills(step.start, step.deadline));
    }
  });

  it('prints each row’s work text from tasks.yaml', () => {
    const t = table();
    for (const task of plan.tasks) {
      expect(cellText(rowBySTT(t, task.label).cells[1]), task.label).toBe(task.content);
      for (const step of task.steps) expect(cellText(rowBySTT(t, step.label).cells[1]), step.label).toBe(step.content);
    }
  });
});

describe('a task due on a day (deadline: 2023-06-30), starting with the plan period', () => {
  let dir: string;
  let out: string;
  let doc: DocxView;

  beforeAll(async () => {
    dir = copyPlan(PLAN_DIR, 'plan-dated-');
    const tasksPath = join(dir, 'tasks.yaml');
    const before = readFileSync(tasksPath, 'utf8');
    const after = before.replace('        deadline: 2023-06\n', '        deadline: 2023-06-30\n');
    if (after === before) throw new Error('no "deadline: 2023-06" line in tasks.yaml');
    writeFileSync(tasksPath, after);
    out = freshTempDir('plan-dated-out-');
    const run = await runCli(['build', dir, '--out', out]);
    if (run.code !== 0) throw new Error(`plan build exited ${run.code}\n${run.stdout}\n${run.stderr}`);
    doc = readDocx(join(out, 'ke-hoach-2023.docx'));
  }, 60_000);

  afterAll(() => {
    if (dir) rmSync(dirname(dir), { recursive: true, force: true });
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('Phụ lục I prints the day: "Ngày 30/6/2023"', () => {
    const t = appendixTable(sectionsOf(doc)[1]!);
    expect(cellText(rowBySTT(t, '2.1').cells[columnIndex(t, 'Thời gian hoàn thành')])).toBe('Ngày 30/6/2023');
  });

  it('Phụ lục II prints a readable span: no empty day before the start month ("/01/2023 - ...")', () => {
    const t = appendixTable(sectionsOf(doc)[2]!);
    const time = cellText(rowBySTT(t, '2.1').cells[columnIndex(t, 'Thời gian thực hiện')]);
    expect(time).toMatch(/30\/6\/2023$/);
    expect(time).toMatch(/^(Tháng|Từ|\d)/);
    expect(time).not.toMatch(/(^|\s)\//);
  });
});
