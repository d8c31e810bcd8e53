import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { MINI_PLAN } from '../support/mini-plan.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';

const RULE = 'lead-internal';

const units = `${MINI_PLAN.units}  - id: so-tttt
    name: Sở Thông tin và Truyền thông
    external: true
`;

const tasks = (lead: string) => `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a
        content: Việc A.
        lead: ${lead}
        cooperating: [so-tttt]
        deadline: 2023-06
`;

describe(RULE, () => {
  it('accepts a unit of the office as lead, with an outside body cooperating', () => {
    expect(findingLines(compileMini({ units, tasks: tasks('chi-cuc-tdc') }).diagnostics, RULE)).toEqual([]);
  });

  it('reports an outside body as lead at the lead, by id or by name, in Vietnamese and in English', () => {
    for (const lead of [`so-tttt # expect: ${RULE}`, `Sở Thông tin và Truyền thông # expect: ${RULE}`]) {
      const files = { units, tasks: tasks(lead) };
      const { diagnostics } = compileMini(files);
      expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
      const found = diagnostics.find((d) => d.code === RULE)!;
      expect(formatMessage(found, 'vi')).toMatch(/^Nhiệm vụ 1\.1: đơn vị chủ trì "Sở Thông tin và Truyền thông" là cơ quan bên ngoài \(external: true\), mục "Tổ chức thực hiện" không phân công được/);
      expect(formatMessage(found, 'en')).toMatch(/^Task 1\.1: the lead "Sở Thông tin và Truyền thông" is an outside body/);
    }
  });
});

describe(`${RULE} with several leads`, () => {
  it('reports an outside body among several leads, at that lead (only the first was checked)', () => {
    const files = { units, tasks: tasks(`\n          - chi-cuc-tdc\n          - so-tttt # expect: ${RULE}`) };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
  });
});
