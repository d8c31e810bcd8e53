import { describe, expect, it } from 'vitest';
import { showDay } from '../../src/model/days.js';
import { computeStates, DEADLINE_STATES, type DeadlineState } from '../../src/model/deadline-state.js';
import { compileWithFiles } from '../support/progress-plan.js';

const task = (id: string, deadline: string, extra = '') => `      - id: ${id}
        content: Việc ${id}.
        lead: chi-cuc-tdc
        deadline: ${deadline}
${extra}`;

const TASKS = `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
${task('t-thang', '2023-06', `        solutions:
          - steps: true
            items:
              - id: step-a
                owner: van-phong
                text: Dự thảo.
                deadline: 2023-05
`)}${task('t-quy', '2023-Q2')}${task('t-ngay', '2023-06-15')}${task('t-truoc', 'Trước ngày 15/6/2023')}${task('t-nam', '2023')}${task('t-6thang', '2023-H1')}${task('t-khoang', 'Tháng 3 - 8/2023')}${task('t-thuong-xuyen', 'Thường xuyên')}${task('t-hang-thang', 'Hằng tháng')}${task('t-loi', '{ words: Theo hướng dẫn của Trung ương }')}${task('t-loi-by', '{ words: Theo hướng dẫn của Bộ, by: 2023-Q3 }')}`;

const entry = (id: string, state: string, done?: string) => `  - id: ${id}\n    state: ${state}\n${done ? `    done: ${done}\n` : ''}`;
const FILES = {
  'tasks.yaml': TASKS,
  'progress/2023-H1.yaml': `entries:\n${['t-thang', 't-khoang', 't-quy', 't-ngay', 't-nam', 'step-a', 't-thuong-xuyen'].map((id) => entry(id, 'dang-thuc-hien')).join('')}${entry('t-loi-by', 'tam-dung')}`,
  'progress/2023-06.yaml': `entries:\n${entry('t-thang', 'da-hoan-thanh', '2023-06-30')}${entry('t-truoc', 'da-hoan-thanh', '2023-06-15')}`,
  'progress/2023-12.yaml': `entries:\n${entry('t-nam', 'da-hoan-thanh', '2023-12-20')}${entry('t-thuong-xuyen', 'da-hoan-thanh', '2023-12-05')}`,
};

/**
 * Worked by hand from FILES, "sắp đến hạn" within 15 days: id, as of, the last day allowed, days
 * left, and the state. A later period's entry stands once its period has begun; a day done after
 * the day asked is not done yet.
 */
const TABLE: [string, string, string | null, number | null, DeadlineState][] = [
  ['t-thang', '2023-07-15', '2023-06-30', -15, 'hoan-thanh-dung-han'], // done 30/6, June's entry over H1's
  ['t-thang', '2023-06-20', '2023-06-30', 10, 'sap-den-han'], // done on 30/6, not yet on 20/6
  ['t-thang', '2023-05-01', '2023-06-30', 60, 'dang-thuc-hien-trong-han'], // June's file not begun: H1 says in progress
  ['t-truoc', '2023-07-15', '2023-06-14', -31, 'hoan-thanh-qua-han'], // "Trước ngày 15/6": done on 15/6 is late
  ['t-nam', '2023-07-15', '2023-12-31', 169, 'dang-thuc-hien-trong-han'],
  ['t-nam', '2023-12-31', '2023-12-31', 0, 'hoan-thanh-dung-han'], // done 20/12
  ['t-quy', '2023-06-15', '2023-06-30', 15, 'sap-den-han'], // a quarter ends on its last day; 15 days is within 15
  ['t-khoang', '2023-08-15', '2023-08-31', 16, 'dang-thuc-hien-trong-han'], // a range ends on the last day of its last month
  ['t-khoang', '2023-08-16', '2023-08-31', 15, 'sap-den-han'],
  ['t-ngay', '2023-06-16', '2023-06-15', -1, 'dang-thuc-hien-qua-han'],
  ['t-6thang', '2023-07-01', '2023-06-30', -1, 'dang-thuc-hien-qua-han'], // no entry at all: overdue all the same
  ['t-6thang', '2023-01-10', '2023-06-30', 171, 'chua-den-han'], // no entry, far off
  ['t-loi-by', '2023-07-15', '2023-09-30', 77, 'chua-den-han'], // paused, far off; words placed by `by`
  ['t-loi', '2023-12-31', null, null, 'khong-co-han'], // words without `by`
  ['t-hang-thang', '2023-12-31', null, null, 'khong-co-han'], // recurring
  ['t-thuong-xuyen', '2023-07-15', null, null, 'khong-co-han'], // "Thường xuyên", in progress
  ['t-thuong-xuyen', '2023-12-31', null, null, 'hoan-thanh-dung-han'], // done, with no deadline to miss
  ['step-a', '2023-05-31', '2023-05-31', 0, 'sap-den-han'], // a step with its own id and deadline
];

function day(text: string) {
  const [year, month, d] = text.split('-').map(Number);
  return { year: year!, month: month!, day: d! };
}

describe('computeStates: a task or step against its deadline, as of a day', () => {
  const { plan, diagnostics } = compileWithFiles(FILES);

  it('reads the plan without problems', () => {
    expect(diagnostics).toEqual([]);
  });

  it.each(TABLE)('%s as of %s: last day %s, %s days left, %s', (id, asOf, deadline, daysLeft, state) => {
    const item = computeStates(plan!, plan!.progress, day(asOf), 15).find((i) => i.id === id)!;
    expect(item.deadline && showDay(item.deadline)).toBe(deadline);
    expect(item.daysLeft).toBe(daysLeft);
    expect(item.state).toBe(state);
  });

  it('the table holds every state', () => {
    expect(new Set(TABLE.map((row) => row[4]))).toEqual(new Set(DEADLINE_STATES));
  });

  it('takes the days for "sắp đến hạn" as given', () => {
    const at = (n: number) => computeStates(plan!, plan!.progress, day('2023-06-15'), n).find((i) => i.id === 't-quy')!.state;
    expect(at(14)).toBe('dang-thuc-hien-trong-han');
    expect(at(15)).toBe('sap-den-han');
  });

  it('tracks tasks, and steps with an id of their own, answered for by their leads or owner', () => {
    const items = computeStates(plan!, plan!.progress, day('2023-07-15'), 15);
    expect(items.filter((i) => i.kind === 'step').map((i) => [i.id, i.label, i.units.map((u) => u.id)])).toEqual([['step-a', '1.1.1', ['van-phong']]]);
    expect(items.filter((i) => i.kind === 'task')).toHaveLength(11);
    expect(items.find((i) => i.id === 't-thang')).toMatchObject({ period: '2023-06', units: [{ id: 'chi-cuc-tdc' }] });
  });

  it('is a function of its arguments: the same call gives the same answer, and the plan is not changed', () => {
    const before = JSON.stringify(plan, replacer);
    const once = computeStates(plan!, plan!.progress, day('2023-07-15'), 15);
    expect(computeStates(plan!, plan!.progress, day('2023-07-15'), 15)).toEqual(once);
    expect(JSON.stringify(plan, replacer)).toBe(before);
  });
});

function replacer(_: string, value: unknown) {
  return value instanceof Map ? [...value] : value;
}

describe('the states in words (templates/phrases)', () => {
  it('names each state in Vietnamese, each differently', async () => {
    const { loadTemplates } = await import('../../src/render/templates.js');
    const words = DEADLINE_STATES.map((state) => loadTemplates().phrase('deadline-state', { state }));
    expect(words).toEqual(['Đã hoàn thành đúng hạn', 'Đã hoàn thành quá hạn', 'Đang thực hiện trong hạn', 'Sắp đến hạn', 'Đang thực hiện quá hạn', 'Chưa đến hạn', 'Không có hạn']);
    const entries = ['chua-thuc-hien', 'dang-thuc-hien', 'da-hoan-thanh', 'tam-dung'].map((state) => loadTemplates().phrase('progress-state', { state }));
    expect(entries).toEqual(['Chưa thực hiện', 'Đang thực hiện', 'Đã hoàn thành', 'Tạm dừng']);
  });
});
