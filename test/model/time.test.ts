import { describe, expect, it } from 'vitest';
import { parsePlanTime } from '../../src/model/time.js';
import type { PlanDate } from '../../src/model/types.js';

const origin = { file: 'tasks.yaml', path: [] };
const month = (year: number, m: number): PlanDate => ({ year, month: m, day: null, raw: '', origin });
const period = { from: month(2024, 1), to: month(2025, 12) };

/** What a time reads as: its kind, first and last month (and day), the words it prints. */
function read(text: string | number) {
  const time = parsePlanTime(text, origin, period);
  if (!time) return null;
  const show = (d: PlanDate) => `${d.year}-${String(d.month).padStart(2, '0')}${d.day === null ? '' : `-${String(d.day).padStart(2, '0')}`}`;
  return { kind: time.kind, from: show(time.from), to: show(time.to), words: time.words, recurrence: time.recurrence };
}

describe('times as offices write them (src/model/time.ts)', () => {
  it.each([
    ['2024-06-30', 'day', '2024-06-30', '2024-06-30', null],
    ['2024-06', 'month', '2024-06', '2024-06', null],
    ['2024-Q2', 'quarter', '2024-04', '2024-06', null],
    ['2024-H2', 'half', '2024-07', '2024-12', null],
    [2025, 'year', '2025-01', '2025-12', null],
    ['2023-2025', 'years', '2023-01', '2025-12', null],
    ['Ngày 30/6/2024', 'day', '2024-06-30', '2024-06-30', 'Ngày 30/6/2024'],
    ['ngày 30 tháng 6 năm 2024', 'day', '2024-06-30', '2024-06-30', 'ngày 30 tháng 6 năm 2024'],
    ['Tháng 6 năm 2024', 'month', '2024-06', '2024-06', 'Tháng 6 năm 2024'],
    ['tháng 6 / 2024', 'month', '2024-06', '2024-06', 'tháng 6 / 2024'],
    ['Quý IV/2024', 'quarter', '2024-10', '2024-12', 'Quý IV/2024'],
    ['Quý 4/2024', 'quarter', '2024-10', '2024-12', 'Quý 4/2024'],
    ['Quý II năm 2024', 'quarter', '2024-04', '2024-06', 'Quý II năm 2024'],
    ['6 tháng cuối năm 2024', 'half', '2024-07', '2024-12', '6 tháng cuối năm 2024'],
    ['Năm  2025', 'year', '2025-01', '2025-12', 'Năm 2025'],
    ['Trước ngày 15/6/2024', 'before-day', '2024-06-15', '2024-06-15', 'Trước ngày 15/6/2024'],
    ['Trước tháng 6/2024', 'before-day', '2024-05', '2024-05', 'Trước tháng 6/2024'],
    ['Tháng 3 - 6/2024', 'range', '2024-03', '2024-06', 'Tháng 3 - 6/2024'],
    ['Tháng 11 - 2/2025', 'range', '2024-11', '2025-02', 'Tháng 11 - 2/2025'],
    ['Quý IV - Quý I/2025', 'range', '2024-10', '2025-03', 'Quý IV - Quý I/2025'],
    ['Quý II - III/2024', 'range', '2024-04', '2024-09', 'Quý II - III/2024'],
    ['Từ tháng 3/2024 đến tháng 6/2024', 'range', '2024-03', '2024-06', 'Từ tháng 3/2024 đến tháng 6/2024'],
    ['Giai đoạn 2024 - 2025', 'range', '2024-01', '2025-12', 'Giai đoạn 2024 - 2025'],
    // Written with spaces, a range of years is the clerk's own words: printed as typed (it printed "2024-2025").
    ['2024 - 2025', 'range', '2024-01', '2025-12', '2024 - 2025'],
  ])('%s reads as %s from %s to %s', (text, kind, from, to, words) => {
    expect(read(text)).toEqual({ kind, from, to, words, recurrence: null });
  });

  it('starts a span of whole years with a plan that starts mid-year (a task of "2025 - 2035" in a plan from 11/2025)', () => {
    const late = { from: month(2025, 11), to: month(2035, 12) };
    const show = (text: string) => {
      const time = parsePlanTime(text, origin, late)!;
      return [time.from.year, time.from.month, time.to.year, time.to.month];
    };
    expect(show('2025 - 2035')).toEqual([2025, 11, 2035, 12]);
    expect(show('Năm 2025')).toEqual([2025, 11, 2025, 12]);
    expect(show('2025-2030')).toEqual([2025, 11, 2030, 12]);
    // A time before the plan's year is a mistake rule deadline-in-plan-period reports: left as written.
    expect(show('2024-2026')).toEqual([2024, 1, 2026, 12]);
    expect(show('Tháng 6/2025')).toEqual([2025, 6, 2025, 6]);
  });

  it('reads recurring and ongoing times over the whole period', () => {
    expect(read('Hằng quý')).toEqual({ kind: 'recurring', from: '2024-01', to: '2025-12', words: 'Hằng quý', recurrence: 'quarterly' });
    expect(read('hàng tháng')).toEqual({ kind: 'recurring', from: '2024-01', to: '2025-12', words: 'hàng tháng', recurrence: 'monthly' });
    expect(read('Thường xuyên')).toEqual({ kind: 'ongoing', from: '2024-01', to: '2025-12', words: 'Thường xuyên', recurrence: null });
  });

  it('reads a time in words as typed, placed by `by` when given', () => {
    expect(parsePlanTime({ words: 'Theo hướng dẫn' }, origin, period)?.kind).toBe('words');
    expect(read({ words: 'Trong quý I năm 2025', by: '2025-Q1' } as never)).toEqual({ kind: 'quarter', from: '2025-01', to: '2025-03', words: 'Trong quý I năm 2025', recurrence: null });
  });

  it.each(['tháng 8', 'sớm', 'Quý 5/2024', '2024-13-40x', 'Hằng tuần'])('reads no time in "%s"', (text) => {
    expect(read(text)).toBeNull();
  });
});
