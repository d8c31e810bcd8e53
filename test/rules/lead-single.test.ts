import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { MINI_PLAN } from '../support/mini-plan.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';

const RULE = 'lead-single';

const tasks = (lead: string) => `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a
        content: Việc A.
        lead: ${lead}
        deadline: 2023-06
`;

describe(RULE, () => {
  it('accepts one lead, written as a text or as a list of one', () => {
    for (const lead of ['van-phong', '[van-phong]']) expect(findingLines(compileMini({ tasks: tasks(lead) }).diagnostics, RULE)).toEqual([]);
  });

  it('warns at the second lead, in Vietnamese and in English', () => {
    const files = { tasks: tasks(`[van-phong, chi-cuc-tdc] # expect: ${RULE}`) };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
    const found = diagnostics.find((d) => d.code === RULE)!;
    expect(found.severity).toBe('warning');
    expect(formatMessage(found, 'vi')).toBe('Nhiệm vụ 1.1 có 2 đơn vị chủ trì; thường mỗi nhiệm vụ chỉ một đơn vị chủ trì, các đơn vị khác ghi ở phối hợp (cooperating)');
    expect(formatMessage(found, 'en')).toBe('Task 1.1 has 2 lead units; a task usually has one, the others cooperating');
  });

  it('can be turned off by a plan that has shared leads', () => {
    const plan = `${MINI_PLAN.plan}rules:\n  lead-single:\n    severity: off\n    reason: Kế hoạch liên ngành, nhiều nhiệm vụ do hai sở cùng chủ trì.\n`;
    expect(findingLines(compileMini({ plan, tasks: tasks('[van-phong, chi-cuc-tdc]') }).diagnostics, RULE)).toEqual([]);
  });
});
