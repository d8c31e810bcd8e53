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

describe(`${RULE}: references that cannot print a number`, () => {
  it('reports a reference not written as an id, one to an unnumbered section, and an unknown group in a tasks block', () => {
    const plan = MINI_PLAN.plan.replace(
      'closing:',
      `outline:
  - heading: Lời nói đầu
    id: loi-noi-dau
    number: false
  - heading: NHIỆM VỤ
    content:
      - tasks: [giao, khong-co] # expect: ${RULE}
      - "Như mục [#To-chuc]." # expect: ${RULE}
      - "Xem [#loi-noi-dau]." # expect: ${RULE}
closing:`,
    );
    const { diagnostics } = compileMini({ plan });
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines({ plan }, RULE));
    const messages = diagnostics.filter((d) => d.code === RULE).map((d) => formatMessage(d, 'vi'));
    expect(messages.some((m) => m.includes('[#To-chuc] viết chưa đúng'))).toBe(true);
    expect(messages.some((m) => m.includes('không có số thứ tự'))).toBe(true);
  });
});
