import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { compileWithFiles } from '../support/progress-plan.js';
import { markedLines, TASKS_WITH_STEP } from '../support/progress-rules.js';
import { findingLines } from '../support/rule-harness.js';

const RULE = 'progress-done-day';

describe(RULE, () => {
  it('accepts a done entry with its day, and entries not done without one', () => {
    const files = { 'tasks.yaml': TASKS_WITH_STEP, 'progress/2023-05.yaml': 'entries:\n  - id: bao-cao\n    state: da-hoan-thanh\n    done: 2023-05-20\n  - id: quy-dinh\n    state: tam-dung\n' };
    expect(findingLines(compileWithFiles(files).diagnostics, RULE)).toEqual([]);
  });

  it('reports a done entry without its day at its state, naming the task or step, in Vietnamese and English', () => {
    const files = {
      'tasks.yaml': TASKS_WITH_STEP,
      'progress/2023-06.yaml': `entries:\n  - id: bao-cao\n    state: da-hoan-thanh # expect: ${RULE}\n  - id: quy-dinh\n    result: Đã ban hành.\n    state: da-hoan-thanh # expect: ${RULE}\n`,
    };
    const { diagnostics } = compileWithFiles(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markedLines(files, RULE));
    const [step, task] = diagnostics.filter((d) => d.code === RULE);
    expect(formatMessage(step!, 'vi')).toBe('Công việc 1.1.1 (kỳ báo cáo 2023-06): đã hoàn thành nhưng không ghi ngày hoàn thành');
    expect(formatMessage(task!, 'en')).toBe('Task 1.1 (reporting period 2023-06): reported done, but the day it was done is not given');
  });
});
