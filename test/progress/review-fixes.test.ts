import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compile.js';
import { REPO, runCli } from '../cli/run-cli.js';

/** A copy of the sample with its progress files replaced by these. */
function sampleWith(files: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'plan-progress-')), 'ke-hoach-2023');
  cpSync(join(REPO, 'plans/ke-hoach-2023'), dir, { recursive: true });
  rmSync(join(dir, 'progress'), { recursive: true });
  mkdirSync(join(dir, 'progress'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'progress', name), text);
  return dir;
}

const entry = (id: string, state: string, extra = '') => `  - id: ${id}\n    state: ${state}\n${extra}`;
const SLOW = { timeout: 60_000 };

describe('progress entries, after review', () => {
  it("a report of June shows June's entries, not what the year's file says in December", SLOW, async () => {
    const dir = sampleWith({
      '2023-06.yaml': `entries:\n${entry('nghien-cuu-ung-dung', 'dang-thuc-hien', '    result: Tháng 6 đang hoàn thiện hồ sơ.\n')}`,
      '2023.yaml': `entries:\n${entry('nghien-cuu-ung-dung', 'da-hoan-thanh', '    done: 2023-12-08\n    result: Bộ KH&CN đã phê duyệt nhiệm vụ.\n')}`,
    });
    const out = mkdtempSync(join(tmpdir(), 'plan-report-'));
    const run = await runCli(['report', dir, '--period', '2023-06', '--md', '--out', out]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const md = readFileSync(join(out, 'ke-hoach-2023-bao-cao-2023-06.md'), 'utf8');
    expect(md).toContain('Tháng 6 đang hoàn thiện hồ sơ.');
    expect(md).not.toContain('Bộ KH&CN đã phê duyệt');
    expect(md).not.toContain('08/12/2023');
  });

  it('plan status in July takes June as it stands, not the year file still running', SLOW, async () => {
    const dir = sampleWith({
      '2023-06.yaml': `entries:\n${entry('quy-dinh-tdc', 'da-hoan-thanh', '    done: 2023-06-10\n')}`,
      '2023.yaml': `entries:\n${entry('quy-dinh-tdc', 'dang-thuc-hien')}`,
    });
    const run = await runCli(['status', dir, '--as-of', '2023-07-15', '--format', 'json']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/quy-dinh-tdc[^}]*dang-thuc-hien-qua-han/);
  });

  it('prints no day done for a task not done as of the cut-off (done on 28/6, cut-off 14/6)', SLOW, async () => {
    const dir = sampleWith({ '2023-06.yaml': `entries:\n${entry('quy-dinh-tdc', 'da-hoan-thanh', '    done: 2023-06-28\n')}` });
    const out = mkdtempSync(join(tmpdir(), 'plan-report-'));
    expect((await runCli(['report', dir, '--period', '2023-06', '--md', '--out', out])).code).toBe(0);
    expect(readFileSync(join(out, 'ke-hoach-2023-bao-cao-2023-06.md'), 'utf8')).not.toContain('hoàn thành ngày 28/6/2023');
  });

  it('reports an item twice in one file, two files for one period, and a day done on an entry not done', () => {
    const dir = sampleWith({
      '2023-06.yaml': `entries:\n${entry('quy-dinh-tdc', 'da-hoan-thanh', '    done: 2023-06-10\n')}${entry('quy-dinh-tdc', 'chua-thuc-hien')}${entry('nghien-cuu-ung-dung', 'dang-thuc-hien', '    done: 2023-06-10\n')}`,
      '2023-06.yml': `entries:\n${entry('nghien-cuu-ung-dung', 'dang-thuc-hien')}`,
    });
    const found = compilePlan(dir, { cwd: dir }).diagnostics.filter((d) => d.code === 'progress-known').map((d) => `${d.messageId} ${d.file}:${d.start.line}`);
    expect(found.sort()).toEqual(['progress-known.done-not-done progress/2023-06.yaml:9', 'progress-known.period-twice progress/2023-06.yml:1', 'progress-known.twice progress/2023-06.yaml:5'].sort());
  });

  it('says what in progress/ is not read: a file named progress, a period file that is no .yaml, a period folder', () => {
    const dir = sampleWith({ '2023-06.json': '{}', '2023-07': 'entries: []\n' });
    mkdirSync(join(dir, 'progress', '2023-08'));
    const found = compilePlan(dir, { cwd: dir }).diagnostics.filter((d) => d.code === 'plan-files').map((d) => `${d.messageId} ${d.file}`);
    expect(found.sort()).toEqual(['files.progress-not-yaml progress/2023-06.json', 'files.progress-not-yaml progress/2023-07', 'files.progress-not-yaml progress/2023-08']);
    rmSync(join(dir, 'progress'), { recursive: true });
    writeFileSync(join(dir, 'progress'), 'entries: []\n');
    expect(compilePlan(dir, { cwd: dir }).diagnostics.filter((d) => d.code === 'plan-files').map((d) => `${d.messageId} ${d.file}`)).toEqual(['files.progress-not-folder progress']);
  });

  it('reports a period file outside the plan\'s period (2032-06 for a plan of 2023)', () => {
    const dir = sampleWith({ '2032-06.yaml': `entries:\n${entry('quy-dinh-tdc', 'dang-thuc-hien')}` });
    const found = compilePlan(dir, { cwd: dir }).diagnostics.filter((d) => d.code === 'progress-known').map((d) => `${d.messageId} ${d.file}:${d.start.line}`);
    expect(found).toEqual(['progress-known.period-outside progress/2032-06.yaml:1']);
  });
});

describe('days of any year (Date.UTC read the years 0-99 as 1900-1999)', () => {
  it('counts days in the years 0-99 as themselves, and "the day before 1 March" in a year that is not a leap year is 28 February', async () => {
    const { dayNumber } = await import('../../src/model/days.js');
    expect(dayNumber({ year: 50, month: 6, day: 1 }) - dayNumber({ year: 49, month: 6, day: 1 })).toBe(365);
    // 1,900 years of 365 days and the 460 leap days of the years 50 to 1949 (proleptic Gregorian).
    expect(dayNumber({ year: 1950, month: 6, day: 1 }) - dayNumber({ year: 50, month: 6, day: 1 })).toBe(1900 * 365 + 460);
    const { deadlineDay } = await import('../../src/model/deadline-state.js');
    const origin = { file: 'tasks.yaml', path: [] };
    const day = (year: number) => deadlineDay({ raw: '', kind: 'before-day', from: { year, month: 3, day: 1, raw: '', origin }, to: { year, month: 3, day: 1, raw: '', origin }, words: null, recurrence: null, origin });
    expect(day(2023)).toEqual({ year: 2023, month: 2, day: 28 });
    expect(day(2024)).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

describe('a step reported on', () => {
  it('prints under its task in the report, with its state and result (it was printed nowhere)', SLOW, async () => {
    const dir = sampleWith({ '2023-07.yaml': `entries:\n${entry('bao-cao-ubnd', 'da-hoan-thanh', '    done: 2023-07-12\n    result: Đã báo cáo tại phiên họp thường kỳ tháng 7.\n')}` });
    const tasks = readFileSync(join(dir, 'tasks.yaml'), 'utf8');
    writeFileSync(join(dir, 'tasks.yaml'), tasks.replace('              - text: Báo cáo UBND tỉnh tại phiên họp tháng 7/2023.\n', '              - text: Báo cáo UBND tỉnh tại phiên họp tháng 7/2023.\n                id: bao-cao-ubnd\n'));
    const out = mkdtempSync(join(tmpdir(), 'plan-report-'));
    const run = await runCli(['report', dir, '--period', '2023-07', '--md', '--out', out]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const md = readFileSync(join(out, 'ke-hoach-2023-bao-cao-2023-07.md'), 'utf8');
    expect(md).toMatch(/Công việc 2\.3\.9 \(Báo cáo UBND tỉnh tại phiên họp tháng 7\/2023\.\): đã hoàn thành đúng hạn \(hoàn thành ngày 12\/7\/2023\)\. Đã báo cáo tại phiên họp thường kỳ tháng 7\./);
    expect(md.indexOf('Công việc 2.3.9')).toBeGreaterThan(md.indexOf('Nhiệm vụ 2.3'));
  });
});

describe('plan status on the deadline day', () => {
  it('says "đến hạn hôm nay", not "còn 0 ngày"', SLOW, async () => {
    const dir = sampleWith({});
    const run = await runCli(['status', dir, '--as-of', '2023-06-30']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('hạn 30/6/2023, đến hạn hôm nay');
    expect(run.stdout).not.toContain('còn 0 ngày');
  });
});
