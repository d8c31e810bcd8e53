import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_DIR, REPO_ROOT, freshTempDir, runCli, type CliRun } from './build-helpers.js';

type PlanFile = 'plan.yaml' | 'tasks.yaml' | 'units.yaml';

/** One line of the stylish report: `file:line:column  severity  message  code`. */
interface Reported {
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  code: string;
}

/** Where a diagnostic must point, worked out from the broken file's text. */
interface Location {
  line: number;
  column: number;
}

interface BrokenCase {
  name: string;
  file: PlanFile;
  breakText: (text: string) => string;
  code: string;
  locate: (brokenText: string) => Location;
  message?: RegExp;
}

const tempDirs: string[] = [];

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = freshTempDir();
  tempDirs.push(dir);
  return dir;
}

/** A copy of the sample plan in a fresh temporary folder, with an output folder that does not exist yet. */
function copyPlan(): { planDir: string; outDir: string } {
  const root = tempDir();
  const planDir = join(root, 'ke-hoach-2023');
  cpSync(PLAN_DIR, planDir, { recursive: true });
  return { planDir, outDir: join(root, 'out') };
}

function lines(text: string): string[] {
  return text.split('\n');
}

/** Replaces the one line equal to `from` (indentation included); throws unless there is exactly one. */
function replaceLine(text: string, from: string, to: string | null): string {
  const all = lines(text);
  const at = all.flatMap((l, i) => (l === from ? [i] : []));
  if (at.length !== 1) throw new Error(`expected exactly one line "${from}", found ${at.length}`);
  if (to === null) all.splice(at[0]!, 1);
  else all[at[0]!] = to;
  return all.join('\n');
}

/** 1-based line and column of `needle` on the one line equal to `line`. */
function locateOn(text: string, line: string, needle: string): Location {
  const index = lines(text).indexOf(line);
  if (index === -1) throw new Error(`no line "${line}"`);
  return { line: index + 1, column: line.indexOf(needle) + 1 };
}

/** The first line that is neither blank nor a comment: where the file's top mapping starts. */
function firstKeyLine(text: string): Location {
  const index = lines(text).findIndex((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  return { line: index + 1, column: 1 };
}

function breakPlan(planDir: string, file: PlanFile, breakText: (text: string) => string): string {
  const path = join(planDir, file);
  const broken = breakText(readFileSync(path, 'utf8'));
  writeFileSync(path, broken);
  return broken;
}

function parseReport(stdout: string): Reported[] {
  return lines(stdout).flatMap((l) => {
    const m = /^(.+?):(\d+):(\d+) {2}(\S+(?: \S+)?) {2}(.*) {2}(\S+)$/.exec(l);
    return m ? [{ file: m[1]!, line: Number(m[2]), column: Number(m[3]), severity: m[4]!, message: m[5]!, code: m[6]! }] : [];
  });
}

/** The path the CLI prints for a file of the plan (relative to its working directory, the repo root). */
function shownPath(planDir: string, file: PlanFile): string {
  return relative(REPO_ROOT, join(planDir, file));
}

function filesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

const TASK_DEADLINE_06 = '        deadline: 2023-06';
const TASK_DEADLINE_07 = '        deadline: 2023-07';
const TASK_DEADLINE_08 = '        deadline: 2023-08';
const LEAD_TDC = '        lead: chi-cuc-tdc';
const TITLE = 'title: Thực hiện nhiệm vụ trọng tâm của Giám đốc Sở Khoa học và Công nghệ năm 2023';
const PRODUCT_HDND = '        product: Nghị quyết của HĐND tỉnh';
// A task whose solutions follow its product line.
const PRODUCT = '        product: Quyết định của UBND tỉnh ban hành Quy định';

const CASES: BrokenCase[] = [
  {
    name: '(b) an unknown key in tasks.yaml',
    file: 'tasks.yaml',
    breakText: (t) => replaceLine(t, TASK_DEADLINE_07, '        dealine: 2023-07'),
    code: 'schema',
    locate: (t) => locateOn(t, '        dealine: 2023-07', 'dealine'),
    message: /"dealine"/,
  },
  {
    name: '(c) a list where plan.yaml wants text',
    file: 'plan.yaml',
    breakText: (t) => replaceLine(t, 'place: Bắc Giang', 'place: [Bắc Giang]'),
    code: 'schema',
    locate: (t) => locateOn(t, 'place: [Bắc Giang]', '['),
    message: /"place"/,
  },
  {
    name: '(d) a missing required field in plan.yaml',
    file: 'plan.yaml',
    breakText: (t) => replaceLine(t, lines(t).find((l) => l.startsWith('title:'))!, null),
    code: 'schema',
    locate: firstKeyLine,
    message: /"title"/,
  },
  {
    name: '(e) an unknown unit',
    file: 'tasks.yaml',
    breakText: (t) => replaceLine(t, LEAD_TDC, '        lead: chi-tieu-tdc'),
    code: 'unit-known',
    locate: (t) => locateOn(t, '        lead: chi-tieu-tdc', 'chi-tieu-tdc'),
    message: /chi-tieu-tdc.*Chi cục Tiêu chuẩn Đo lường Chất lượng/,
  },
  {
    name: '(f) a date that does not exist',
    file: 'tasks.yaml',
    breakText: (t) => replaceLine(t, TASK_DEADLINE_06, '        deadline: 2023-06-31'),
    code: 'date-valid',
    locate: (t) => locateOn(t, '        deadline: 2023-06-31', '2023-06-31'),
    message: /2023-06-31/,
  },
  {
    name: '(g) a task without a deadline',
    file: 'tasks.yaml',
    breakText: (t) => replaceLine(t, TASK_DEADLINE_08, null),
    code: 'task-deadline-required',
    // The task's mapping, which starts at its first key.
    locate: (t) => locateOn(t, '      - id: ke-hoach-tri-tue-nhan-tao', 'id:'),
    message: /Nhiệm vụ 2\.3\b/,
  },
  {
    name: '(h) a title holding ": ", unquoted',
    file: 'plan.yaml',
    breakText: (t) => replaceLine(t, TITLE, TITLE.replace('title: ', 'title: Kế hoạch: ')),
    code: 'yaml-syntax',
    locate: (t) => locateOn(t, TITLE.replace('title: ', 'title: Kế hoạch: '), 'Kế hoạch'),
    message: /dấu hai chấm và dấu cách \(": "\).*dấu nháy kép/,
  },
  {
    name: '(h2) a title holding ": " on the line it runs on to',
    file: 'plan.yaml',
    breakText: (t) => replaceLine(t, TITLE, `${TITLE}, cụ thể\n  như sau: các nội dung chính`),
    code: 'yaml-syntax',
    locate: (t) => locateOn(t, `${TITLE}, cụ thể`, 'Thực hiện'),
    message: /dấu hai chấm và dấu cách \(": "\).*dấu nháy kép/,
  },
  {
    name: '(i) a solution sentence holding ": ", read by YAML as a field',
    file: 'tasks.yaml',
    // The first solution of that task becomes the sentence (replaceLine checks the product line is there once).
    breakText: (t) => replaceLine(t, PRODUCT, PRODUCT).replace(`${PRODUCT}\n        solutions:\n`, `$&          - Phân tích, cụ thể: các bước sau\n`),
    code: 'schema',
    locate: (t) => locateOn(t, '          - Phân tích, cụ thể: các bước sau', 'Phân tích'),
    message: /^"Phân tích, cụ thể: \.\.\." là một câu có dấu hai chấm/,
  },
];

describe('broken plans: located diagnostics, exit code 1, nothing written', () => {
  it.each(CASES)('$name', async ({ file, breakText, code, locate, message }) => {
    const { planDir, outDir } = copyPlan();
    const expected = locate(breakPlan(planDir, file, breakText));
    const shown = shownPath(planDir, file);
    const runs: [string, CliRun][] = [
      ['build', await runCli(['build', planDir, '--out', outDir])],
      ['check', await runCli(['check', planDir])],
    ];
    for (const [command, run] of runs) {
      expect(run.code, `${command} exit code\n${run.stdout}`).toBe(1);
      expect(run.stdout, command).toContain(`${shown}:${expected.line}:${expected.column}`);
      const reported = parseReport(run.stdout);
      expect(reported, `${command} reports one problem:\n${run.stdout}`).toHaveLength(1);
      expect(reported[0], command).toMatchObject({ file: shown, line: expected.line, column: expected.column, severity: 'lỗi', code });
      if (message) expect(reported[0]!.message, command).toMatch(message);
    }
    expect(filesIn(outDir)).toEqual([]);
  });

  describe('(a) a YAML syntax error in tasks.yaml', () => {
    const brokenLine = '        deadline: [2023-06';
    let planDir: string;
    let outDir: string;
    let build: CliRun;
    let check: CliRun;
    let brokenAt: number;

    beforeAll(async () => {
      ({ planDir, outDir } = copyPlan());
      const broken = breakPlan(planDir, 'tasks.yaml', (t) => replaceLine(t, TASK_DEADLINE_06, brokenLine));
      brokenAt = lines(broken).indexOf(brokenLine) + 1;
      build = await runCli(['build', planDir, '--out', outDir]);
      check = await runCli(['check', planDir]);
    });

    it('fails with a yaml-syntax error in tasks.yaml and writes nothing', async () => {
      for (const run of [build, check]) {
        expect(run.code, run.stdout).toBe(1);
        const reported = parseReport(run.stdout);
        expect(reported.length, run.stdout).toBeGreaterThanOrEqual(1);
        for (const r of reported) expect(r).toMatchObject({ file: shownPath(planDir, 'tasks.yaml'), code: 'yaml-syntax', severity: 'lỗi' });
      }
      expect(filesIn(outDir)).toEqual([]);
    });

    it('points at or after the broken line', async () => {
      for (const run of [build, check]) {
        const reported = parseReport(run.stdout);
        expect(reported.length).toBeGreaterThanOrEqual(1);
        expect(reported[0]!.line, run.stdout).toBeGreaterThanOrEqual(brokenAt);
        expect(run.stdout).toContain(`${shownPath(planDir, 'tasks.yaml')}:${reported[0]!.line}:${reported[0]!.column}`);
      }
    });
  });

  it('a tab used to indent: the tab is named first, and no line gets two findings', async () => {
    const { planDir, outDir } = copyPlan();
    const broken = breakPlan(planDir, 'tasks.yaml', (t) => replaceLine(t, TASK_DEADLINE_06, '\t      deadline: 2023-06'));
    const run = await runCli(['build', planDir, '--out', outDir]);
    expect(run.code).toBe(1);
    const reported = parseReport(run.stdout);
    expect(reported[0]).toMatchObject({ line: lines(broken).indexOf('\t      deadline: 2023-06') + 1, column: 1, code: 'yaml-syntax' });
    expect(reported[0]!.message).toMatch(/Tab/);
    // The tab is no colon in a text: the lines the tab throws off are not taken for one.
    expect(reported.filter((r) => r.message.includes('dấu hai chấm và dấu cách'))).toEqual([]);
    const perLine = reported.map((r) => r.line);
    expect(new Set(perLine).size).toBe(perLine.length);
    expect(filesIn(outDir)).toEqual([]);
  });

  it('an item indented under the item above, which YAML joins to its text: a warning at the "-"', async () => {
    const { planDir } = copyPlan();
    const item = '                  - Tham khảo, học tập kinh nghiệm các quy định tương tự từ tỉnh bạn;';
    const broken = breakPlan(planDir, 'tasks.yaml', (t) => replaceLine(t, item, `  ${item}`));
    const run = await runCli(['check', planDir]);
    expect(run.code).toBe(0);
    const reported = parseReport(run.stdout);
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({ ...locateOn(broken, `  ${item}`, '-'), severity: 'cảnh báo', code: 'yaml-syntax' });
    expect(reported[0]!.message).toMatch(/^Dòng này bắt đầu bằng "-" hay "\+" nhưng thụt lề sâu hơn ý phía trên/);
  });

  it('a dash that only wraps to the start of a line, in an item or a field, is no item: no warning', async () => {
    const { planDir } = copyPlan();
    const item = '                  - Tham khảo, học tập kinh nghiệm các quy định tương tự từ tỉnh bạn;';
    breakPlan(planDir, 'tasks.yaml', (t) =>
      replaceLine(replaceLine(t, item, `${item.replace(';', ' giai đoạn 2021')}\n                    - 2025;`), PRODUCT_HDND, `${PRODUCT_HDND} giai đoạn 2021\n          - 2025.`),
    );
    const run = await runCli(['check', planDir]);
    expect(run.code, run.stdout).toBe(0);
    expect(parseReport(run.stdout)).toEqual([]);
  });

  describe('--lang en', () => {
    it('explains an unknown key in English', async () => {
      const { planDir } = copyPlan();
      const expected = locateOn(breakPlan(planDir, 'tasks.yaml', CASES[0]!.breakText), '        dealine: 2023-07', 'dealine');
      const run = await runCli(['check', planDir, '--lang', 'en']);
      expect(run.code).toBe(1);
      const [reported] = parseReport(run.stdout);
      expect(reported).toMatchObject({ line: expected.line, column: expected.column, severity: 'error', code: 'schema' });
      expect(reported!.message).toMatch(/unknown field "dealine"/i);
      expect(reported!.message).not.toMatch(/không|trường/i);
    });

    it('explains a colon in a text in English: quote it', async () => {
      const { planDir } = copyPlan();
      const colon = CASES.find((c) => c.name.startsWith('(h) '))!;
      const expected = colon.locate(breakPlan(planDir, 'plan.yaml', colon.breakText));
      const run = await runCli(['check', planDir, '--lang', 'en']);
      const [reported] = parseReport(run.stdout);
      expect(reported).toMatchObject({ line: expected.line, column: expected.column, severity: 'error', code: 'yaml-syntax' });
      expect(reported!.message).toBe('YAML syntax error: the text holds ": ", which YAML reads as one more key; put the whole text in double quotes or write it after ">-"');
    });

    it('explains an unknown unit in English, with the suggestion', async () => {
      const { planDir, outDir } = copyPlan();
      const expected = locateOn(breakPlan(planDir, 'tasks.yaml', CASES[3]!.breakText), '        lead: chi-tieu-tdc', 'chi-tieu-tdc');
      const run = await runCli(['build', planDir, '--out', outDir, '--lang', 'en']);
      expect(run.code).toBe(1);
      const [reported] = parseReport(run.stdout);
      expect(reported).toMatchObject({ line: expected.line, column: expected.column, severity: 'error', code: 'unit-known' });
      expect(reported!.message).toMatch(/^Task 2\.1: no unit "chi-tieu-tdc" in units\.yaml; did you mean "Chi cục Tiêu chuẩn Đo lường Chất lượng/);
      expect(reported!.message).not.toMatch(/Nhiệm vụ|không có đơn vị/);
    });
  });

  describe('an earlier good build', () => {
    it('is left byte-identical, with no other file beside it, when a broken build follows', async () => {
      const { planDir, outDir } = copyPlan();
      const good = await runCli(['build', planDir, '--out', outDir]);
      expect(good.code, good.stdout + good.stderr).toBe(0);
      expect(filesIn(outDir)).toEqual(['ke-hoach-2023.docx']);
      const docx = join(outDir, 'ke-hoach-2023.docx');
      const before = readFileSync(docx);
      breakPlan(planDir, 'tasks.yaml', CASES[3]!.breakText);
      const broken = await runCli(['build', planDir, '--out', outDir]);
      expect(broken.code).toBe(1);
      expect(broken.stderr).not.toBe('');
      expect(filesIn(outDir)).toEqual(['ke-hoach-2023.docx']);
      expect(Buffer.compare(readFileSync(docx), before)).toBe(0);
    });
  });
});
