import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { compileWithFiles } from '../support/progress-plan.js';
import { markedLines, TASKS_WITH_STEP } from '../support/progress-rules.js';
import { findingLines } from '../support/rule-harness.js';

const RULE = 'progress-day-in-period';

describe(RULE, () => {
  it('accepts days on the first and last day of a month, a quarter, a half-year and a year', () => {
    const entry = (done: string) => `entries:\n  - id: quy-dinh\n    state: da-hoan-thanh\n    done: ${done}\n`;
    const files = {
      'tasks.yaml': TASKS_WITH_STEP,
      'progress/2023-02.yaml': entry('2023-02-28'),
      'progress/2023-Q2.yaml': entry('2023-04-01'),
      'progress/2023-H2.yaml': entry('2023-12-31'),
      'progress/2023.yaml': entry('2023-01-01'),
    };
    expect(findingLines(compileWithFiles(files).diagnostics, RULE)).toEqual([]);
  });

  it('reports a day outside the file\'s period, and a day not in the calendar, at the day', () => {
    const files = {
      'tasks.yaml': TASKS_WITH_STEP,
      'progress/2023-Q2.yaml': `entries:\n  - id: quy-dinh\n    state: da-hoan-thanh\n    done: 2023-07-01 # expect: ${RULE}\n  - id: bao-cao\n    state: da-hoan-thanh\n    done: 2023-02-29 # expect: ${RULE}\n`,
    };
    const { diagnostics } = compileWithFiles(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markedLines(files, RULE));
    const [outside, invalid] = diagnostics.filter((d) => d.code === RULE);
    expect(outside!.start).toEqual({ line: 4, column: 11 });
    expect(formatMessage(outside!, 'vi')).toBe('Nhiệm vụ 1.1: ngày hoàn thành 1/7/2023 nằm ngoài kỳ báo cáo 2023-Q2 (1/4/2023 - 30/6/2023); ghi vào tệp của kỳ có ngày đó');
    expect(formatMessage(outside!, 'en')).toBe("Task 1.1: the day done, 1/7/2023, is outside the reporting period 2023-Q2 (1/4/2023 - 30/6/2023); put it in that day's period file");
    expect(formatMessage(invalid!, 'vi')).toBe('Công việc 1.1.1: ngày hoàn thành 2023-02-29 không có trong lịch');
  });
});
