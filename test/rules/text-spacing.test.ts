import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';

const RULE = 'text-spacing';

const tasks = (items: string[]) => `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a
        content: Việc A.
        lead: van-phong
        deadline: 2023-06
        solutions:
          - items:
${items.map((item) => `              - ${item}\n`).join('')}`;

describe(RULE, () => {
  it('accepts ordinary text, ellipses after commas and before nothing, and a space before an ellipsis', () => {
    const files = {
      tasks: tasks([
        'Sản phẩm, hàng hoá, dịch vụ,...',
        'Thành lập doanh nghiệp KH&CN,....',
        'Kiểm định cân Ô tô; kiểm định Taximet...',
        '"Thực hiện các Quyết định của Chủ tịch UBND tỉnh; ..."',
        '>-\n                Một đoạn dài được gấp\n                thành nhiều dòng: vẫn đúng.',
      ]),
    };
    expect(findingLines(compileMini(files).diagnostics, RULE)).toEqual([]);
  });

  it('reports each text once with every kind of stray space and the corrected text, in Vietnamese and in English', () => {
    const files = {
      tasks: tasks([
        `"  Hai dấu  cách , và dấu cách ở cuối. " # expect: ${RULE}`,
        `Tổ chức tập huấn ; chuyển giao tiến bộ kỹ thuật . # expect: ${RULE}`,
        `Nâng cao năng suất  lao động. # expect: ${RULE}`,
        'Đúng chuẩn.',
      ]),
    };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
    const found = diagnostics.filter((d) => d.code === RULE);
    expect(found.every((d) => d.severity === 'warning')).toBe(true);
    expect(found.map((d) => d.args['kinds'])).toEqual(['leading,trailing,double,before-punctuation', 'before-punctuation', 'double']);
    expect(found.map((d) => d.args['fix'])).toEqual([
      'Hai dấu cách, và dấu cách ở cuối.',
      'Tổ chức tập huấn; chuyển giao tiến bộ kỹ thuật.',
      'Nâng cao năng suất lao động.',
    ]);
    expect(formatMessage(found[0]!, 'vi')).toBe('Nhiệm vụ 1.1 (items): thừa dấu cách ở đầu, ở cuối, hai dấu cách liền nhau, trước dấu , . ; :');
    expect(formatMessage(found[0]!, 'en')).toBe('Task 1.1 (items): stray spaces at the start, at the end, two in a row, before , . ; :');
  });
});
