import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { MINI_PLAN } from '../support/mini-plan.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';

const RULE = 'reference-known';

const plan = (text: string) =>
  MINI_PLAN.plan.replace(
    'closing:',
    `outline:
  - heading: NHIỆM VỤ
    id: nhiem-vu
    content:
      - tasks: all
  - heading: TỔ CHỨC THỰC HIỆN
    content:
      - ${text}
closing:`,
  );

describe(RULE, () => {
  it('accepts references to a section, a group and a task', () => {
    const { diagnostics } = compileMini({ plan: plan('"Theo mục [#nhiem-vu], nhóm [#giao] và nhiệm vụ [#quy-dinh]."') });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reports an unknown id at the reference itself, in Vietnamese and in English', () => {
    const files = { plan: plan(`"Theo mục [#nhiem-vu-chung]." # expect: ${RULE}`) };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
    const found = diagnostics.find((d) => d.code === RULE)!;
    expect(found.start.column).toBe(found.end.column - '[#nhiem-vu-chung]'.length);
    expect(formatMessage(found, 'vi')).toMatch(/viện dẫn \[#nhiem-vu-chung\] không trỏ đến mục, nhóm, nhiệm vụ, công việc hay Phụ lục nào/);
    expect(formatMessage(found, 'en')).toMatch(/the reference \[#nhiem-vu-chung\] names no section, group, task, step or appendix/);
  });
});
