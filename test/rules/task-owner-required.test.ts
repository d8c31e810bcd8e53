import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';
import { MINI_PLAN } from '../support/mini-plan.js';

const noInherit = `${MINI_PLAN.plan}settings:
  stepsInherit: false
`;

describe('task-owner-required', () => {
  it('passes when every task has a lead unit', () => {
    expect(findingLines(compileMini({}).diagnostics, 'task-owner-required')).toEqual([]);
  });

  it('reports a task without a lead at the task, naming it by its number', () => {
    const files = {
      tasks: `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a
        content: Việc A.
        lead: van-phong
        deadline: 2023-06
      - id: b # expect: task-owner-required
        content: Việc B.
        deadline: 2023-06
`,
    };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, 'task-owner-required')).toEqual(markerLines(files, 'task-owner-required'));
    expect(diagnostics.find((d) => d.code === 'task-owner-required')?.args['label']).toBe('1.2');
  });

  const stepsTasks = (marker: string) => `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a
        content: Việc A.
        lead: van-phong
        deadline: 2023-06
        solutions:
          - steps: true
            items:
              - Bước không ghi đơn vị. ${marker}
              - text: Bước có đơn vị.
                owner: chi-cuc-tdc
`;

  it('lets a step without an owner take its task lead by default', () => {
    const files = { tasks: stepsTasks('') };
    expect(findingLines(compileMini(files).diagnostics, 'task-owner-required')).toEqual([]);
  });

  it('reports a step without an owner at the step when stepsInherit is false, in Vietnamese and in English', () => {
    const files = { plan: noInherit, tasks: stepsTasks('# expect: task-owner-required') };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, 'task-owner-required')).toEqual(markerLines(files, 'task-owner-required'));
    const finding = diagnostics.find((d) => d.code === 'task-owner-required')!;
    expect(formatMessage(finding, 'vi')).toBe(
      'Công việc 1.1.1 chưa có đơn vị thực hiện (owner); kế hoạch đặt stepsInherit: false nên công việc không lấy đơn vị chủ trì của nhiệm vụ',
    );
    expect(formatMessage(finding, 'en')).toBe("Step 1.1.1 has no owner; the plan sets stepsInherit: false, so steps do not take their task's lead unit");
  });

  it('reports only the task, not its inheriting steps, when a task without a lead has steps', () => {
    const files = {
      tasks: `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a # expect: task-owner-required
        content: Việc A.
        deadline: 2023-06
        solutions:
          - steps: true
            items:
              - Bước một.
              - text: Bước hai.
                owner: van-phong
`,
    };
    expect(findingLines(compileMini(files).diagnostics, 'task-owner-required')).toEqual(markerLines(files, 'task-owner-required'));
  });
});
