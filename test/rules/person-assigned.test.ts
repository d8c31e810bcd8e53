import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';
import { MINI_PLAN } from '../support/mini-plan.js';

const RULE = 'person-assigned';
const requirePerson = `${MINI_PLAN.plan}settings:\n  requirePerson: true\n`;
const tasks = `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a
        content: Việc A.
        lead: van-phong
        person: Nguyễn Văn B
        deadline: 2023-06
      - id: b # expect: ${RULE}
        content: Việc B.
        lead: van-phong
        deadline: 2023-06
`;

describe(RULE, () => {
  it('asks nothing unless plan.yaml sets requirePerson', () => {
    expect(findingLines(compileMini({ tasks }).diagnostics, RULE)).toEqual([]);
  });

  it('passes when requirePerson is set and every task names a person', () => {
    const files = { plan: requirePerson, tasks: tasks.replace(`      - id: b # expect: ${RULE}\n`, '      - id: b\n        person: Trần Thị C\n') };
    expect(findingLines(compileMini(files).diagnostics, RULE)).toEqual([]);
  });

  it('reports a task without a person at the task, in Vietnamese and in English', () => {
    const files = { plan: requirePerson, tasks };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
    const finding = diagnostics.find((d) => d.code === RULE)!;
    expect(formatMessage(finding, 'vi')).toBe('Nhiệm vụ 1.2 chưa ghi người phụ trách (person); kế hoạch yêu cầu rõ người (settings.requirePerson: true)');
    expect(formatMessage(finding, 'en')).toBe('Task 1.2 names no person in charge (person); the plan requires one (settings.requirePerson: true)');
  });
});
