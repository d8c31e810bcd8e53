import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';

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
});
