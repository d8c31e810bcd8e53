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

describe(`${RULE}: nothing on a row is dropped in silence`, () => {
  it('reports cells on a group row, sub-rows under a group, a group among sub-rows, and a line cell the row already has', () => {
    const files = {
      appendices: appendices(`        - group: Nhóm A
          dia-diem: Trên dòng nhóm # expect: ${RULE}
        - group: Nhóm B
          rows: # expect: ${RULE}
            - { dia-diem: Dòng con của nhóm }
        - dia-diem: Cha
          rows:
            - group: Nhóm trong dòng con # expect: ${RULE}
            - { dia-diem: Con }
        - dia-diem: Hai dòng
          so-mau: 10
          lines:
            - so-mau: 20 # expect: ${RULE}
            - { dia-diem: Dòng thêm } # expect: ${RULE}
`, '      total: Tổng cộng\n'),
    };
    expect(findingLines(compileMini(files).diagnostics, RULE)).toEqual(markerLines(files, RULE));
  });

  it('reports numbers no column can add: .nan, .inf, and past 2^53', () => {
    const files = {
      appendices: appendices(`        - { dia-diem: A, so-mau: .nan } # expect: ${RULE}
        - { dia-diem: B, so-mau: .inf } # expect: ${RULE}
        - { dia-diem: C, so-mau: 12345678901234567890 } # expect: ${RULE}
        - { dia-diem: D, so-mau: 1250.5 }
`, '      total: Tổng cộng\n'),
    };
    expect(findingLines(compileMini(files).diagnostics, RULE)).toEqual(markerLines(files, RULE));
  });

  it('reports a task field named as a built-in column, and a built-in column typed number', () => {
    const tasks = `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a
        content: Việc A.
        lead: van-phong
        deadline: 2023-06
        fields:
          lead: Tên khác # expect: ${RULE}
`;
    const appendices = `appendices:
  - id: bang # expect: ${RULE}
    kind: tasks
    title: Bảng
    columns: [stt, task, { field: task, header: Nhiệm vụ số, type: number }]
`;
    const files = { tasks, appendices };
    const found = compileMini(files).diagnostics.filter((d) => d.code === RULE);
    expect([...new Set(found.map((d) => `${d.file.split('/').pop()}:${d.start.line}`))].sort()).toEqual(markerLines(files, RULE).sort());
    expect(found.map((d) => d.messageId).sort()).toEqual(['table-cells.builtin-number', 'table-cells.field-builtin', 'table-cells.field-twice']);
  });
});

describe(`${RULE}: a column listed twice in an appendix of the tasks`, () => {
  it('is this rule\'s finding, not a schema error (the schema\'s uniqueItems compared every pair: 10,000 columns took 14 s)', () => {
    const appendices = `appendices:
  - id: bang # expect: ${RULE}
    kind: tasks
    title: Bảng
    columns: [stt, task, lead, stt]
`;
    const files = { appendices };
    const { diagnostics } = compileMini(files);
    expect(diagnostics.filter((d) => d.code === 'schema')).toEqual([]);
    const found = diagnostics.filter((d) => d.code === RULE);
    expect(found.map((d) => d.messageId)).toEqual(['table-cells.field-twice']);
    expect(found.map((d) => `${d.file.split('/').pop()}:${d.start.line}`)).toEqual(markerLines(files, RULE));
  });
});

describe(`${RULE}: options an appendix of its kind does not read`, () => {
  it('reports them at their key instead of ignoring them', () => {
    const files = {
      appendices: `appendices:
  - id: bang
    kind: table
    title: Bảng
    numbering: flat # expect: ${RULE}
    table:
      columns: [{ field: ten, header: Tên }]
      rows: [{ ten: A }]
  - id: tien-do
    kind: timeline
    title: Tiến độ
    total: Tổng cộng # expect: ${RULE}
  - id: danh-muc
    kind: tasks
    title: Danh mục
    scale: years # expect: ${RULE}
`,
    };
    expect(findingLines(compileMini(files).diagnostics, RULE)).toEqual(markerLines(files, RULE));
  });
});
