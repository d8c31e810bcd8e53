import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compile.js';
import { computeStates, DEADLINE_STATES, type DeadlineState } from '../../src/model/deadline-state.js';
import { REPO, runCli } from '../cli/run-cli.js';

const SAMPLE = join(REPO, 'plans/ke-hoach-2023');

/**
 * The sample's example entries (progress/2023-06.yaml, 2023-12.yaml), worked by hand with the
 * plan's deadlines (tasks.yaml) and "sắp đến hạn" within 15 days. As of 15/7/2023 only June's
 * file counts; as of 20/12/2023 December's stands over June's.
 *   1.1 trung-tam-khac-phuc        hạn 31/12/2023   6: đang thực hiện      12: đang thực hiện
 *   1.2 nghien-cuu-ung-dung        hạn 31/12/2023   6: đang thực hiện      12: hoàn thành 8/12
 *   1.3 tong-ket-thuc-tien         hạn 31/12/2023   6: chưa thực hiện      12: tạm dừng
 *   2.1 quy-dinh-tdc               hạn 30/6/2023    6: đang thực hiện      12: hoàn thành 5/12
 *   2.2 danh-muc-dich-vu-cong      hạn 31/7/2023    6: đang thực hiện      12: hoàn thành 8/12
 *   2.3 ke-hoach-tri-tue-nhan-tao  hạn 31/8/2023    6: đang thực hiện      12: đang thực hiện
 */
const TABLE: Record<string, Record<string, DeadlineState>> = {
  '2023-07-15': {
    'trung-tam-khac-phuc': 'dang-thuc-hien-trong-han', // 169 days left
    'nghien-cuu-ung-dung': 'dang-thuc-hien-trong-han',
    'tong-ket-thuc-tien': 'chua-den-han', // not begun, 169 days left
    'quy-dinh-tdc': 'dang-thuc-hien-qua-han', // 15 days past 30/6
    'danh-muc-dich-vu-cong': 'dang-thuc-hien-trong-han', // 16 days left: not yet within 15
    'ke-hoach-tri-tue-nhan-tao': 'dang-thuc-hien-trong-han', // 47 days left
  },
  '2023-07-20': {
    'trung-tam-khac-phuc': 'dang-thuc-hien-trong-han',
    'nghien-cuu-ung-dung': 'dang-thuc-hien-trong-han',
    'tong-ket-thuc-tien': 'chua-den-han',
    'quy-dinh-tdc': 'dang-thuc-hien-qua-han', // 20 days past
    'danh-muc-dich-vu-cong': 'sap-den-han', // 11 days left
    'ke-hoach-tri-tue-nhan-tao': 'dang-thuc-hien-trong-han', // 42 days left
  },
  '2023-12-20': {
    'trung-tam-khac-phuc': 'sap-den-han', // 11 days left
    'nghien-cuu-ung-dung': 'hoan-thanh-dung-han', // done 8/12, due 31/12
    'tong-ket-thuc-tien': 'sap-den-han', // paused, 11 days left
    'quy-dinh-tdc': 'hoan-thanh-qua-han', // done 5/12, due 30/6
    'danh-muc-dich-vu-cong': 'hoan-thanh-qua-han', // done 8/12, due 31/7
    'ke-hoach-tri-tue-nhan-tao': 'dang-thuc-hien-qua-han', // 111 days past 31/8
  },
};

const day = (text: string) => {
  const [year, month, d] = text.split('-').map(Number);
  return { year: year!, month: month!, day: d! };
};

describe('the sample plan\'s example progress entries', () => {
  const { plan, diagnostics } = compilePlan(SAMPLE, { cwd: REPO });

  it('are read without a problem, June\'s file, December\'s and the year\'s (words for the year\'s report only)', () => {
    expect(diagnostics).toEqual([]);
    expect(plan!.progress.periods.map((p) => [p.file, p.entries.length, p.report !== null])).toEqual([
      ['plans/ke-hoach-2023/progress/2023-06.yaml', 6, false],
      // The year and December end on one day: the shorter period, December, stands over the year.
      ['plans/ke-hoach-2023/progress/2023.yaml', 0, true],
      ['plans/ke-hoach-2023/progress/2023-12.yaml', 6, false],
    ]);
  });

  for (const [asOf, expected] of Object.entries(TABLE)) {
    it(`give the hand-worked state of every task as of ${asOf}`, () => {
      const items = computeStates(plan!, plan!.progress, day(asOf), plan!.progress.dueSoonDays);
      expect(Object.fromEntries(items.map((i) => [i.id, i.state]))).toEqual(expected);
    });
  }

  it('show every state but "không có hạn" (each of the sample\'s tasks has a deadline) across the two periods', () => {
    const seen = new Set(Object.values(TABLE).flatMap((row) => Object.values(row)));
    expect(DEADLINE_STATES.filter((s) => !seen.has(s))).toEqual(['khong-co-han']);
  });

  for (const asOf of Object.keys(TABLE)) {
    it(`plan status --as-of ${asOf} --format json lists exactly the overdue and due-soon tasks of the table`, async () => {
      const { code, stdout } = await runCli(['status', 'plans/ke-hoach-2023', '--as-of', asOf, '--format', 'json']);
      expect(code).toBe(0);
      const [status] = JSON.parse(stdout).plans;
      const having = (state: DeadlineState) => Object.keys(TABLE[asOf]!).filter((id) => TABLE[asOf]![id] === state).sort();
      expect(status.overdue.map((i: { id: string }) => i.id).sort()).toEqual(having('dang-thuc-hien-qua-han'));
      expect(status.dueSoon.map((i: { id: string }) => i.id).sort()).toEqual(having('sap-den-han'));
    });
  }

  it('as of 15/7/2023: 2.1 overdue, nothing due soon (2.2 is due on 31/7, 16 days on)', async () => {
    const { stdout } = await runCli(['status', 'plans/ke-hoach-2023', '--as-of', '2023-07-15', '--format', 'json']);
    const [status] = JSON.parse(stdout).plans;
    expect(status.overdue.map((i: { label: string; daysLeft: number }) => [i.label, i.daysLeft])).toEqual([['2.1', -15]]);
    expect(status.dueSoon).toEqual([]);
  });
});

describe('a real plan carries entries too (ubnd-lam-dong-kh-cchc-2026-2030, progress/2026-Q2.yaml)', () => {
  const { plan, diagnostics } = compilePlan(join(REPO, 'plans/ubnd-lam-dong-kh-cchc-2026-2030'), { cwd: REPO });

  it('gives "không có hạn" to times in words and "Hằng năm", reported or not, as worked by hand on 30/6/2026', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const items = computeStates(plan!, plan!.progress, day('2026-06-30'), plan!.progress.dueSoonDays);
    const state = (id: string) => items.find((i) => i.id === id)!.state;
    expect(state('the-che-1')).toBe('khong-co-han'); // words, reported in progress
    expect(state('the-che-2')).toBe('khong-co-han'); // "Trước ngày 31/01 năm liền kề" in words, no entry
    expect(state('the-che-3')).toBe('khong-co-han'); // Hằng năm
    expect(state('the-che-4')).toBe('dang-thuc-hien-trong-han'); // Năm 2026: 184 days left
  });
});
