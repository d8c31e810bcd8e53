import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { taskWithSteps } from '../support/mini-plan.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';

const RULE = 'start-before-deadline';

describe(RULE, () => {
  it('accepts a start up to the deadline: the same month, or the same day', () => {
    const files = {
      tasks: taskWithSteps(
        '        start: 2023-06\n        deadline: 2023-06-15\n',
        `              - text: Bước một.
                start: 2023-06-15
                deadline: 2023-06-15
              - text: Bước hai, theo thời hạn của nhiệm vụ.
                start: 2023-06
`,
      ),
    };
    expect(findingLines(compileMini(files).diagnostics, RULE)).toEqual([]);
  });

  it("reports a start after the deadline at the start, for a task and for steps (held to the task's deadline when they have none)", () => {
    const files = {
      tasks: taskWithSteps(
        `        start: 2023-07 # expect: ${RULE}\n        deadline: 2023-06\n`,
        `              - text: Bước một.
                start: 2023-05-20 # expect: ${RULE}
                deadline: 2023-05-10
              - text: Bước hai.
                start: 2023-08 # expect: ${RULE}
`,
      ),
    };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
    const found = diagnostics.filter((d) => d.code === RULE);
    expect(formatMessage(found[0]!, 'vi')).toBe('Nhiệm vụ 1.1: bắt đầu 7/2023, muộn hơn thời hạn hoàn thành 6/2023');
    expect(formatMessage(found[1]!, 'en')).toBe('Step 1.1.1: starts 20/5/2023, after its deadline 10/5/2023');
    expect(formatMessage(found[2]!, 'vi')).toBe('Công việc 1.1.2: bắt đầu 8/2023, muộn hơn thời hạn hoàn thành 6/2023');
  });
});

describe(`${RULE} for a range written as the time`, () => {
  it('reports a range that ends before it starts ("Tháng 9 - 8/2023")', () => {
    const files = { tasks: taskWithSteps(`        deadline: Tháng 9 - 8/2023 # expect: ${RULE}\n`) };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
  });
});
