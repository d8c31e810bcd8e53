import { describe, expect, it } from 'vitest';
import { MAX_PLAN_ITEMS, MAX_PRINTED_CHARS, MAX_TABLE_CELLS } from '../../src/check/rules/plan-size.js';
import { formatMessage } from '../../src/messages/format-message.js';
import { MINI_PLAN, taskWithSteps } from '../support/mini-plan.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';

const RULE = 'plan-size';
/** The mini plan holds 2 units and, with taskWithSteps, 1 task: the steps make up the rest. */
const OTHER_ITEMS = 3;
const steps = (count: number, markAt?: number) =>
  Array.from({ length: count }, (_, i) => `              - "Việc ${i + 1}."${i + 1 === markAt ? ` # expect: ${RULE}` : ''}\n`).join('');
const fields = '        deadline: 2023-06\n';

/** An appendix of kind table: `groups` group rows, each with one row holding a continuation line and a sub-row. */
const tableAppendix = (groups: number, markGroup?: number) => `appendices:
  - id: bang
    kind: table
    title: Bảng
    table:
      columns:
        - { field: ten, header: Tên }
      rows:
${Array.from({ length: groups }, (_, g) => `        - group: Nhóm ${g + 1}${g + 1 === markGroup ? ` # expect: ${RULE}` : ''}
        - ten: Dòng ${g + 1}
          lines: [{ ten: Dòng tiếp }]
          rows: [{ ten: Dòng con }]
`).join('')}`;

/** `count` columns c1, c2, ... as YAML list items at this indent, the 51st marked as past the limit. */
const columnLines = (count: number, indent: number) =>
  Array.from({ length: count }, (_, i) => `${' '.repeat(indent)}- { field: c${i + 1}, header: C${i + 1} }${i === 50 ? ` # expect: ${RULE}` : ''}`).join('\n');

describe(RULE, () => {
  it(`accepts a plan of exactly ${MAX_PLAN_ITEMS} items`, () => {
    const files = { tasks: taskWithSteps(fields, steps(MAX_PLAN_ITEMS - OTHER_ITEMS)) };
    const { diagnostics } = compileMini(files);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(findingLines(diagnostics, RULE)).toEqual([]);
  });

  it('reports one more, once, at the first item past the limit, in Vietnamese and English', () => {
    const files = { tasks: taskWithSteps(fields, steps(MAX_PLAN_ITEMS - OTHER_ITEMS + 5, MAX_PLAN_ITEMS - OTHER_ITEMS + 1)) };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
    const finding = diagnostics.find((d) => d.code === RULE)!;
    expect(formatMessage(finding, 'vi')).toBe('Kế hoạch có 10005 mục (1 nhiệm vụ, 10002 công việc cụ thể, 2 đơn vị, 0 dòng bảng), quá giới hạn 10000 mục; mục thứ 10001 ở đây. Kế hoạch lớn hơn hãy tách thành nhiều kế hoạch');
    expect(formatMessage(finding, 'en')).toBe('The plan holds 10005 items (tasks 1, steps 10002, units 2, table rows 0), over the limit of 10000; item 10001 is here. Split a larger plan into several');
  });

  it("counts a table's group rows, rows, continuation lines and sub-rows: each prints a row", () => {
    // 4 rows a group; the mini plan's 2 units and 1 task come first.
    const groups = Math.ceil((MAX_PLAN_ITEMS - OTHER_ITEMS + 1) / 4);
    const under = { appendices: tableAppendix(Math.floor((MAX_PLAN_ITEMS - OTHER_ITEMS) / 4)) };
    expect(findingLines(compileMini(under).diagnostics, RULE)).toEqual([]);
    // 3 items, then 4 rows a group: the last group's group row is item 10000, its row item 10001.
    const over = { appendices: tableAppendix(groups) };
    const { diagnostics } = compileMini(over);
    const finding = diagnostics.filter((d) => d.code === RULE);
    expect(finding).toHaveLength(1);
    expect(finding[0]!.start.line).toBe(over.appendices.split('\n').indexOf(`        - ten: Dòng ${groups}`) + 1);
    expect(formatMessage(finding[0]!, 'en')).toMatch(/^The plan holds 10003 items \(tasks 1, steps 0, units 2, table rows 10000\)/);
  });

  /** A table of the plan's own (its columns under a header), and an appendix of the tasks listing its columns. */
  const wide = {
    'a table': (count: number) => `appendices:
  - id: bang
    kind: table
    title: Bảng
    table:
      columns:
        - header: Các cột
          columns:
${columnLines(count, 12)}
      rows:
        - { c1: x }
`,
    'an appendix of the tasks': (count: number) => `appendices:
  - id: bang
    kind: tasks
    title: Bảng
    columns:
${columnLines(count, 6)}
`,
  };

  it.each(Object.entries(wide))('reports %s of more than 50 columns at its 51st column, and none of 50', (_, yaml) => {
    expect(findingLines(compileMini({ appendices: yaml(50) }).diagnostics, RULE)).toEqual([]);
    const over = { appendices: yaml(60) };
    const { diagnostics } = compileMini(over);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(over, RULE));
    const finding = diagnostics.find((d) => d.code === RULE)!;
    expect(formatMessage(finding, 'vi')).toBe('Bảng có 60 cột, quá giới hạn 50 cột; cột thứ 51 ở đây. Bảng rộng hơn hãy tách thành nhiều bảng');
    expect(formatMessage(finding, 'en')).toBe('The table has 60 columns, over the limit of 50; column 51 is here. Split a wider table into several');
  });

  it('reports a unit name over 300 characters at the name, and none of 300', () => {
    const units = (length: number) => MINI_PLAN.units.replace('name: Chi cục Tiêu chuẩn Đo lường Chất lượng', `name: "${'Chi cục '.repeat(60).slice(0, length)}"${length > 300 ? ` # expect: ${RULE}` : ''}`);
    expect(findingLines(compileMini({ units: units(300) }).diagnostics, RULE)).toEqual([]);
    const over = { units: units(301) };
    const { diagnostics } = compileMini(over);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(over, RULE));
    expect(formatMessage(diagnostics.find((d) => d.code === RULE)!, 'en')).toMatch(/^The name of unit chi-cuc-tdc is 301 characters long, over the limit of 300/);
  });

  // A 30-year plan whose timeline is asked month by month: 2 + 360 columns, and a row for the group, the task and each step.
  const COLUMNS = 362;
  const longPlan = `${MINI_PLAN.plan}period: { from: 2023-01, to: 2052-12 }\n`;
  const timelines = (count: number, markAt?: number) =>
    `appendices:\n${Array.from({ length: count }, (_, i) => `  - id: tien-do-${i + 1}${i + 1 === markAt ? ` # expect: ${RULE}` : ''}\n    kind: timeline\n    scale: months\n    title: Tiến độ ${i + 1}\n`).join('')}`;
  const stepsFor = (rows: number) => rows - 2;

  it(`counts the cells the appendices print, a timeline's a column a period: ${MAX_TABLE_CELLS} pass, one row more is reported at the appendix`, () => {
    const rows = Math.floor(MAX_TABLE_CELLS / COLUMNS);
    const under = { plan: longPlan, appendices: timelines(1), tasks: taskWithSteps(fields, steps(stepsFor(rows))) };
    expect(findingLines(compileMini(under).diagnostics, RULE)).toEqual([]);
    const over = { plan: longPlan, appendices: timelines(1, 1), tasks: taskWithSteps(fields, steps(stepsFor(rows + 1))) };
    const { diagnostics } = compileMini(over);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(over, RULE));
    const finding = diagnostics.find((d) => d.code === RULE)!;
    expect(formatMessage(finding, 'en')).toBe(`The plan's tables (1 tables and appendices) hold ${(rows + 1) * COLUMNS} cells together, over the limit of ${MAX_TABLE_CELLS}; this one takes the total past it. Each appendix that lists the tasks prints them all again (a timeline a cell per month, quarter or year): drop appendices that repeat each other, or split the plan`);
    expect(formatMessage(finding, 'vi')).toMatch(new RegExp(`^Các bảng của kế hoạch \\(1 bảng và phụ lục\\) có tổng cộng ${(rows + 1) * COLUMNS} ô, quá giới hạn ${MAX_TABLE_CELLS} ô`));
  });

  it('counts the same tasks again in each appendix that lists them, and says it at the one that passes the limit', () => {
    const rows = Math.floor(MAX_TABLE_CELLS / COLUMNS / 2) + 1;
    const one = { plan: longPlan, appendices: timelines(1), tasks: taskWithSteps(fields, steps(stepsFor(rows))) };
    expect(findingLines(compileMini(one).diagnostics, RULE)).toEqual([]);
    const two = { plan: longPlan, appendices: timelines(2, 2), tasks: taskWithSteps(fields, steps(stepsFor(rows))) };
    expect(findingLines(compileMini(two).diagnostics, RULE)).toEqual(markerLines(two, RULE));
  });

  // 100 units of 298-character names (300 printed with "; "), each task working with all of them.
  const longNames = `${MINI_PLAN.units}${Array.from({ length: 100 }, (_, i) => `  - id: u${i}\n    name: "${`Đơn vị ${i} `.padEnd(298, 'x')}"`).join('\n')}\n`;
  const workingTasks = (count: number, markFrom?: number) =>
    `groups:\n  - id: g\n    title: Nhóm\n    tasks:\n${Array.from({ length: count }, (_, t) => `      - id: t${t}${markFrom !== undefined && t + 1 >= markFrom ? ` # expect: ${RULE}` : ''}\n        content: Việc.\n        lead: van-phong\n        cooperating: [${Array.from({ length: 100 }, (_, k) => `u${k}`).join(', ')}]\n        deadline: 2023-06\n`).join('')}`;
  /** What one such task prints at least, in the body alone: its units' names. */
  const perTask = 100 * 300;

  it(`counts the characters the document prints, a unit's whole name at each task: under ${MAX_PRINTED_CHARS} pass, past it is reported at the task that passes`, () => {
    const fits = Math.floor(MAX_PRINTED_CHARS / perTask);
    // Headings, the opening and each task's own words take some of the room: two tasks less pass.
    expect(findingLines(compileMini({ units: longNames, tasks: workingTasks(fits - 2) }).diagnostics, RULE)).toEqual([]);
    const over = { units: longNames, tasks: workingTasks(fits + 1) };
    const { diagnostics } = compileMini(over);
    const found = diagnostics.filter((d) => d.code === RULE);
    expect(found).toHaveLength(1);
    // At the last task or the one before it, as the other words add up.
    expect([fits + 1, fits].map((n) => over.tasks.split('\n').indexOf(`      - id: t${n - 1}`) + 1)).toContain(found[0]!.start.line);
    expect(formatMessage(found[0]!, 'en')).toMatch(/^The document up to here prints more than 8000000 characters: .* \(0 appendices\)/);
    expect(formatMessage(found[0]!, 'vi')).toMatch(/^Văn bản đến đây in ra quá 8000000 ký tự/);
  }, 60_000);

  it('counts the tasks again wherever the outline places them: a tasks block written ten times', () => {
    const tasks = workingTasks(Math.floor(MAX_PRINTED_CHARS / perTask / 10) + 2);
    const outline = (blocks: number) => `${MINI_PLAN.plan}outline:\n  - heading: Nhiệm vụ\n    content:\n${'      - tasks: all\n'.repeat(blocks)}`;
    expect(findingLines(compileMini({ plan: outline(1), units: longNames, tasks }).diagnostics, RULE)).toEqual([]);
    expect(compileMini({ plan: outline(10), units: longNames, tasks }).diagnostics.filter((d) => d.code === RULE)).toHaveLength(1);
  }, 60_000);

  it('cannot be turned off by the plan', () => {
    const plan = `${MINI_PLAN.plan}rules:\n  ${RULE}:\n    severity: off\n    reason: Thử tắt.\n`;
    const { diagnostics } = compileMini({ plan, tasks: taskWithSteps(fields, steps(MAX_PLAN_ITEMS)) });
    expect(diagnostics.filter((d) => d.code === RULE).map((d) => d.severity)).toEqual(['error']);
  });
});
