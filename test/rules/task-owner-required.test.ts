import { describe, expect, it } from 'vitest';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';

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
});
