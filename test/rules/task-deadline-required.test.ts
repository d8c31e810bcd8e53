import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';
import { MINI_PLAN } from '../support/mini-plan.js';

const noInherit = `${MINI_PLAN.plan}settings:
  stepsInherit: false
`;

describe('task-deadline-required', () => {
  it('passes when every task has a deadline', () => {
    expect(findingLines(compileMini({}).diagnostics, 'task-deadline-required')).toEqual([]);
  });

  it('reports a task without a deadline, in Vietnamese and in English', () => {
    const files = {
      tasks: `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a
        content: Việc A.
        lead: van-phong
        deadline: 2023-06
  - id: dang-ky
    title: Nhiệm vụ đăng ký
    tasks:
      - id: b
        content: Việc B.
        lead: van-phong
        deadline: 2023-07
      - id: c # expect: task-deadline-required
        content: Việc C.
        lead: van-phong
`,
    };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, 'task-deadline-required')).toEqual(markerLines(files, 'task-deadline-required'));
    const finding = diagnostics.find((d) => d.code === 'task-deadline-required')!;
    expect(formatMessage(finding, 'vi')).toBe('Nhiệm vụ 2.2 chưa có thời gian hoàn thành');
    expect(formatMessage(finding, 'en')).toBe('Task 2.2 has no deadline');
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
              - text: Bước có thời hạn.
                owner: van-phong
                deadline: 2023-03
              - text: Bước không ghi thời hạn. ${marker}
                owner: van-phong
`;

  it('lets a step without a deadline take its task deadline by default', () => {
    expect(findingLines(compileMini({ tasks: stepsTasks('') }).diagnostics, 'task-deadline-required')).toEqual([]);
  });

  it('reports a step without a deadline at the step when stepsInherit is false, in Vietnamese and in English', () => {
    const files = { plan: noInherit, tasks: stepsTasks('# expect: task-deadline-required') };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, 'task-deadline-required')).toEqual(markerLines(files, 'task-deadline-required'));
    const finding = diagnostics.find((d) => d.code === 'task-deadline-required')!;
    expect(formatMessage(finding, 'vi')).toBe(
      'Công việc 1.1.2 chưa có thời hạn (deadline); kế hoạch đặt stepsInherit: false nên công việc không lấy thời gian hoàn thành của nhiệm vụ',
    );
    expect(formatMessage(finding, 'en')).toBe("Step 1.1.2 has no deadline; the plan sets stepsInherit: false, so steps do not take their task's deadline");
  });

  it('reports only the task, not its inheriting steps, when a task without a deadline has steps', () => {
    const files = {
      tasks: `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a # expect: task-deadline-required
        content: Việc A.
        lead: van-phong
        solutions:
          - steps: true
            items:
              - Bước một.
              - text: Bước hai.
                deadline: 2023-04
`,
    };
    expect(findingLines(compileMini(files).diagnostics, 'task-deadline-required')).toEqual(markerLines(files, 'task-deadline-required'));
  });
});
