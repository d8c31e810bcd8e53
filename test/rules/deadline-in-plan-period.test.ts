import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';
import { MINI_PLAN } from '../support/mini-plan.js';

const RULE = 'deadline-in-plan-period';

describe(RULE, () => {
  it('accepts dates inside the plan period (by default the year of the plan date)', () => {
    const files = {
      tasks: `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a
        content: Việc A.
        lead: van-phong
        start: 2023-01
        deadline: 2023-12-31
        solutions:
          - steps: true
            items:
              - text: Bước một.
                start: 2023-02
                deadline: 2023-03
`,
    };
    expect(findingLines(compileMini(files).diagnostics, RULE)).toEqual([]);
  });

  it('reports task and step dates outside the period, at each date, in Vietnamese and in English', () => {
    const files = {
      tasks: `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a
        content: Việc A.
        lead: van-phong
        deadline: 2024-01 # expect: ${RULE}
      - id: b
        content: Việc B.
        lead: van-phong
        start: 2022-12 # expect: ${RULE}
        deadline: 2023-06
        solutions:
          - steps: true
            items:
              - text: Bước một.
                deadline: 2024-02-10 # expect: ${RULE}
`,
    };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
    const first = diagnostics.find((d) => d.code === RULE)!;
    expect(formatMessage(first, 'vi')).toBe('Nhiệm vụ 1.1: thời hạn 1/2024 nằm ngoài thời gian thực hiện kế hoạch (từ 1/2023 đến 12/2023)');
    expect(formatMessage(first, 'en')).toBe('Task 1.1: the deadline 1/2024 is outside the plan period (1/2023 to 12/2023)');
  });

  it('uses the period plan.yaml gives', () => {
    const files = {
      plan: `${MINI_PLAN.plan}period: { from: 2023-01, to: 2024-06 }\n`,
      tasks: `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a
        content: Việc A.
        lead: van-phong
        deadline: 2024-06
      - id: b
        content: Việc B.
        lead: van-phong
        deadline: 2024-07 # expect: ${RULE}
`,
    };
    expect(findingLines(compileMini(files).diagnostics, RULE)).toEqual(markerLines(files, 'deadline-in-plan-period'));
  });

  it('reports a deadline before the plan date: by month, or by day when both have one', () => {
    const files = {
      plan: MINI_PLAN.plan.replace('date: 2023-01', 'date: 2023-03-15'),
      tasks: `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a
        content: Việc A.
        lead: van-phong
        deadline: 2023-02 # expect: ${RULE}
      - id: b
        content: Việc B.
        lead: van-phong
        deadline: 2023-03-10 # expect: ${RULE}
      - id: c
        content: Việc C.
        lead: van-phong
        deadline: 2023-03
      - id: d
        content: Việc D.
        lead: van-phong
        deadline: 2023-03-15
`,
    };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
    const found = diagnostics.find((d) => d.code === RULE && d.args['label'] === '1.2')!;
    expect(formatMessage(found, 'vi')).toBe('Nhiệm vụ 1.2: thời hạn 10/3/2023 trước ngày ban hành kế hoạch (15/3/2023)');
    expect(formatMessage(found, 'en')).toBe("Task 1.2: the deadline 10/3/2023 is before the plan's date (15/3/2023)");
  });
});
