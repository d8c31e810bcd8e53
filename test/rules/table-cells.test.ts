import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { MINI_PLAN } from '../support/mini-plan.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';

const RULE = 'table-cells';

const appendices = (rows: string, extra = '') => `appendices:
  - id: bang
    kind: table
    title: Bảng
    table:
      columns:
        - { field: stt, header: STT }
        - { field: dia-diem, header: Địa điểm }
        - { field: so-mau, header: Số mẫu, type: number, total: true }
      rows:
${rows}${extra}`;

describe(RULE, () => {
  it('accepts cells that each belong to a column, numbers in the number column, and a total row', () => {
    const files = { appendices: appendices('        - { dia-diem: Cửa sông Cung, so-mau: 3 }\n', '      total: Tổng cộng\n') };
    expect(findingLines(compileMini(files).diagnostics, RULE)).toEqual([]);
  });

  it('reports a cell no column prints (a mistyped key) and a text in a number column, in Vietnamese and English', () => {
    const files = {
      appendices: appendices(`        - { dia-diem: Cửa sông Cung, so-mau: 3 }
        - { dia-diem: Cửa sông Yên, so-mau: "1.250" } # expect: ${RULE}
        - dia-diem: Cửa sông Mã
          dia-dem: Hoằng Tân # expect: ${RULE}
`, '      total: Tổng cộng\n'),
    };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
    const [number, key] = diagnostics.filter((d) => d.code === RULE);
    expect(formatMessage(number!, 'vi')).toContain('cột "Số mẫu" là cột số nhưng ô ghi "1.250" là chữ');
    expect(formatMessage(key!, 'en')).toBe('The appendix: cell "dia-dem" belongs to no column of the table and would not be printed; use a column\'s field or add the column');
  });

  it('reports a summed column in a table without a total row', () => {
    const files = { appendices: appendices('        - { dia-diem: Cửa sông Cung, so-mau: 3 }\n').replace('type: number, total: true }', `type: number, total: true } # expect: ${RULE}`) };
    expect(findingLines(compileMini(files).diagnostics, RULE)).toEqual(markerLines(files, RULE));
  });
});

describe(`${RULE} in a table of the body`, () => {
  it('reports a cell no column prints, naming the table of the body', () => {
    const plan = MINI_PLAN.plan.replace(/purposes:\n(?: {2}.*\n)+requirements:\n(?: {2}.*\n)+/, `outline:
  - table:
      columns:
        - { field: huyen, header: Địa phương }
      rows:
        - huyen: Huyện A
          huyn: Huyện B # expect: ${RULE}
`);
    const files = { plan };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
    expect(formatMessage(diagnostics.find((d) => d.code === RULE)!, 'vi')).toMatch(/^Bảng trong nội dung: ô "huyn" không thuộc cột nào/);
  });
});
