import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compile.js';
import { MINI_PLAN, taskWithSteps } from '../support/mini-plan.js';
import { compileMini } from '../support/rule-harness.js';

/** The mini plan issued on `date`, for the period given (or its year): each task's start as the model has it. */
function starts(date: string, period = ''): string[] {
  const plan = MINI_PLAN.plan.replace('date: 2023-01', `date: ${date}${period}`);
  const tasks = `${MINI_PLAN.tasks}      - id: b
        content: Việc B.
        lead: van-phong
        start: 2023-01
        deadline: 2023-06
`;
  const { dir, diagnostics } = compileMini({ plan, tasks });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return compilePlan(dir).plan!.tasks.map((t) => `${t.start.year}-${t.start.month}`);
}

describe('a task without a start of its own', () => {
  it('starts with the period when the plan is issued at its start', () => {
    expect(starts('2023-01')).toEqual(['2023-1', '2023-1']);
  });

  it('starts with the plan when it is issued later in the period; a start written stays', () => {
    expect(starts('2023-03')).toEqual(['2023-3', '2023-1']);
    expect(starts('2023-03-15', '\nperiod: { from: 2023-01, to: 2023-12 }')).toEqual(['2023-3', '2023-1']);
  });

  it('does not make a step written for a month before the plan wrong: steps are held to the start the task writes', () => {
    const plan = MINI_PLAN.plan.replace('date: 2023-01', 'date: 2023-03-15');
    const tasks = taskWithSteps('        deadline: 2023-06\n', '              - text: Chuẩn bị.\n                start: 2023-01\n                deadline: 2023-02\n');
    const { diagnostics } = compileMini({ plan, tasks });
    expect(diagnostics.filter((d) => d.code === 'step-within-task')).toEqual([]);
  });
});
