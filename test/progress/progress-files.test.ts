import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { compileWithFiles } from '../support/progress-plan.js';

const JUNE = `# yaml-language-server: $schema=../../../schemas/progress.schema.json
entries:
  - id: quy-dinh
    state: da-hoan-thanh
    done: 2023-06-28
    result: Đã trình UBND tỉnh ban hành Quy định.
    evidence:
      - Quyết định số 123/QĐ-UBND ngày 28/6/2023
    difficulties: Không có.
    reportedBy: chi-cuc-tdc
`;

describe('progress entries (progress/<period>.yaml)', () => {
  it('are read into the plan, period by period, in the order the periods end', () => {
    const h1 = 'entries:\n  - id: quy-dinh\n    state: dang-thuc-hien\n';
    const { plan, diagnostics } = compileWithFiles({ 'progress/2023-06.yaml': JUNE, 'progress/2023-H1.yaml': h1, 'progress/2023-Q1.yaml': 'entries: []\n' });
    expect(diagnostics).toEqual([]);
    const periods = plan!.progress.periods;
    expect(periods.map((p) => [p.name, p.from, p.to])).toEqual([
      ['2023-Q1', { year: 2023, month: 1, day: 1 }, { year: 2023, month: 3, day: 31 }],
      ['2023-H1', { year: 2023, month: 1, day: 1 }, { year: 2023, month: 6, day: 30 }],
      ['2023-06', { year: 2023, month: 6, day: 1 }, { year: 2023, month: 6, day: 30 }],
    ]);
    const entry = periods[2]!.entries[0]!;
    expect(entry).toMatchObject({
      id: 'quy-dinh',
      state: 'da-hoan-thanh',
      done: { raw: '2023-06-28', day: { year: 2023, month: 6, day: 28 } },
      result: 'Đã trình UBND tỉnh ban hành Quy định.',
      evidence: ['Quyết định số 123/QĐ-UBND ngày 28/6/2023'],
      difficulties: 'Không có.',
      reportedBy: 'chi-cuc-tdc',
      origin: { file: 'progress/2023-06.yaml', path: ['entries', 0] },
    });
    expect(plan!.progress.dueSoonDays).toBe(15);
  });

  it('take the days for "sắp đến hạn" from plan.yaml', async () => {
    const { MINI_PLAN } = await import('../support/mini-plan.js');
    const { plan, diagnostics } = compileWithFiles({ 'plan.yaml': `${MINI_PLAN.plan}progress:\n  dueSoonDays: 7\n` });
    expect(diagnostics).toEqual([]);
    expect(plan!.progress.dueSoonDays).toBe(7);
  });

  it('are checked against their schema and located file:line:column, in Vietnamese and English', () => {
    const broken = JUNE.replace('state: da-hoan-thanh', 'state: xong').replace('    reportedBy: chi-cuc-tdc\n', '    reportedBy: chi-cuc-tdc\n    note: thêm\n');
    const { plan, diagnostics } = compileWithFiles({ 'progress/2023-06.yaml': broken });
    expect(plan).toBeUndefined();
    const shown = diagnostics.map((d) => `${d.file}:${d.start.line}:${d.start.column} ${d.code}`);
    expect(shown).toEqual(['progress/2023-06.yaml:4:12 schema', 'progress/2023-06.yaml:11:5 schema']);
    expect(formatMessage(diagnostics[0]!, 'vi')).toContain('da-hoan-thanh');
    expect(formatMessage(diagnostics[0]!, 'en')).toContain('chua-thuc-hien');
  });

  it('report a YAML syntax error at its line, and a file not named after a period', () => {
    const { diagnostics } = compileWithFiles({ 'progress/2023-07.yaml': 'entries:\n  - id: quy-dinh\n   state: [\n', 'progress/thang-6.yaml': JUNE, 'progress/ghi-chu.txt': 'x' });
    const shown = diagnostics.map((d) => `${d.file}:${d.start.line} ${d.code}`);
    expect(shown).toContain('progress/thang-6.yaml:1 plan-files');
    expect(shown.some((s) => s.startsWith('progress/2023-07.yaml:') && s.endsWith('yaml-syntax'))).toBe(true);
    const named = diagnostics.find((d) => d.file === 'progress/thang-6.yaml')!;
    expect(formatMessage(named, 'vi')).toBe('Tệp tiến độ thang-6.yaml phải đặt tên theo kỳ báo cáo: 2023-06.yaml (tháng), 2023-Q2.yaml (quý), 2023-H1.yaml (6 tháng) hoặc 2023.yaml (năm); tệp này không được đọc');
  });

  it('warn of a file not named after a period without hiding the plan\'s other findings (as an error it hid them)', () => {
    const { diagnostics } = compileWithFiles({ 'progress/thang-6.yaml': JUNE, 'progress/2023-06.yaml': 'entries:\n  - id: khong-co\n    state: dang-thuc-hien\n' });
    expect(diagnostics.find((d) => d.file === 'progress/thang-6.yaml')!.severity).toBe('warning');
    expect(diagnostics.some((d) => d.code === 'progress-known' && d.file === 'progress/2023-06.yaml')).toBe(true);
  });

  it('are read by the text rules, which name the period and the entry', () => {
    const { diagnostics } = compileWithFiles({ 'progress/2023-06.yaml': JUNE.replace('Đã trình UBND tỉnh', 'Đã trình  UBND tỉnh') });
    const spacing = diagnostics.find((d) => d.code === 'text-spacing')!;
    expect(`${spacing.file}:${spacing.start.line}:${spacing.start.column}`).toBe('progress/2023-06.yaml:6:21');
    expect(formatMessage(spacing, 'vi')).toBe('Báo cáo tiến độ kỳ 2023-06, quy-dinh (result): thừa dấu cách: hai dấu cách liền nhau');
    expect(formatMessage(spacing, 'en')).toBe('Progress entry of 2023-06, quy-dinh (result): stray spaces: two in a row');
  });
});
