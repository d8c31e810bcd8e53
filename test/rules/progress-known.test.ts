import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { compileWithFiles } from '../support/progress-plan.js';
import { markedLines, TASKS_WITH_STEP } from '../support/progress-rules.js';
import { findingLines } from '../support/rule-harness.js';

const RULE = 'progress-known';

describe(RULE, () => {
  it('accepts entries for a task and for a step with an id, reported by a unit of the plan', () => {
    const files = { 'tasks.yaml': TASKS_WITH_STEP, 'progress/2023-05.yaml': 'entries:\n  - id: quy-dinh\n    state: dang-thuc-hien\n    reportedBy: chi-cuc-tdc\n  - id: bao-cao\n    state: chua-thuc-hien\n' };
    expect(findingLines(compileWithFiles(files).diagnostics, RULE)).toEqual([]);
  });

  it('reports an entry for an id the plan does not have, and an unknown reporting unit, in Vietnamese and English', () => {
    const files = {
      'tasks.yaml': TASKS_WITH_STEP,
      'progress/2023-05.yaml': `entries:\n  - id: giao # expect: ${RULE}\n    state: dang-thuc-hien\n  - id: quy-dinh\n    state: dang-thuc-hien\n    reportedBy: phong-x # expect: ${RULE}\n`,
    };
    const { diagnostics } = compileWithFiles(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markedLines(files, RULE));
    const [id, unit] = diagnostics.filter((d) => d.code === RULE);
    expect(formatMessage(id!, 'vi')).toBe('Kỳ báo cáo 2023-05: kế hoạch không có nhiệm vụ hay công việc mã "giao"');
    expect(formatMessage(id!, 'en')).toBe('Reporting period 2023-05: the plan has no task or step with the id "giao"');
    expect(formatMessage(unit!, 'vi')).toBe('Kỳ báo cáo 2023-05: không có đơn vị mã "phong-x" trong danh sách đơn vị');
    expect(id!.severity).toBe('error');
  });
});
