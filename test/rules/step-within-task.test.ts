import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { taskWithSteps } from '../support/mini-plan.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';

const RULE = 'step-within-task';

describe(RULE, () => {
  it('accepts steps within their task, by month unless both dates have a day', () => {
    const files = {
      tasks: taskWithSteps(
        '        start: 2023-03\n        deadline: 2023-06\n',
        `              - text: Bước một.
                start: 2023-03-01
                deadline: 2023-06-30
              - Bước hai theo thời gian của nhiệm vụ.
`,
      ),
    };
    expect(findingLines(compileMini(files).diagnostics, RULE)).toEqual([]);
  });

  it('reports a step starting before or ending after its task, at that date, in Vietnamese and in English', () => {
    const files = {
      tasks: taskWithSteps(
        '        start: 2023-03\n        deadline: 2023-06-15\n',
        `              - text: Bước một.
                start: 2023-02 # expect: ${RULE}
                deadline: 2023-04
              - text: Bước hai.
                deadline: 2023-07 # expect: ${RULE}
              - text: Bước ba.
                deadline: 2023-06-20 # expect: ${RULE}
              - text: Bước bốn.
                deadline: 2023-06
`,
      ),
    };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
    const [start, end] = diagnostics.filter((d) => d.code === RULE);
    expect(formatMessage(start!, 'vi')).toBe('Công việc 1.1.1: bắt đầu 2/2023, trước khi Nhiệm vụ 1.1 bắt đầu (3/2023)');
    expect(formatMessage(start!, 'en')).toBe('Step 1.1.1: the start 2/2023 is before task 1.1 starts (3/2023)');
    expect(formatMessage(end!, 'vi')).toBe('Công việc 1.1.2: thời hạn 7/2023 muộn hơn thời gian hoàn thành của Nhiệm vụ 1.1 (15/6/2023)');
    expect(formatMessage(end!, 'en')).toBe("Step 1.1.2: the deadline 7/2023 is after task 1.1's deadline (15/6/2023)");
  });
});

describe(`${RULE} and times that span the period`, () => {
  it('holds no recurring, ongoing or worded step to its task\'s deadline (it was read as the period\'s end)', () => {
    const tasks = taskWithSteps('        deadline: 2023-06\n', '              - text: Theo dõi.\n                deadline: Thường xuyên\n              - text: Báo cáo.\n                deadline: Hằng tháng\n');
    expect(findingLines(compileMini({ tasks }).diagnostics, RULE)).toEqual([]);
  });
});
