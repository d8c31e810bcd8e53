import { describe, expect, it } from 'vitest';
import { MAX_PER_FILE } from '../../src/check/run-rules.js';
import { compilePlan } from '../../src/compile.js';
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

  it('reports each stray space where it stands, with its kinds and the corrected text, in Vietnamese and in English', () => {
    const files = {
      tasks: tasks([
        `"  Hai dấu  cách , và dấu cách ở cuối. " # expect: ${RULE}`,
        `Tổ chức tập huấn ; chuyển giao tiến bộ kỹ thuật . # expect: ${RULE}`,
        `Nâng cao năng suất  lao động   , hiệu quả. # expect: ${RULE}`,
        'Đúng chuẩn.',
      ]),
    };
    const { diagnostics } = compileMini(files);
    expect([...new Set(findingLines(diagnostics, RULE))]).toEqual(markerLines(files, RULE));
    const found = diagnostics.filter((d) => d.code === RULE);
    expect(found.every((d) => d.severity === 'warning')).toBe(true);
    expect(found.map((d) => d.args['kinds'])).toEqual([
      'leading',
      'double',
      'before-punctuation',
      'trailing',
      'before-punctuation',
      'before-punctuation',
      'double',
      'double,before-punctuation',
    ]);
    // Each points at its own spaces: the columns rise along a line.
    const columns = found.slice(0, 4).map((d) => d.start.column);
    expect(columns).toEqual([...columns].sort((a, b) => a - b));
    expect(new Set(columns).size).toBe(4);
    expect([...new Set(found.map((d) => d.args['fix']))]).toEqual([
      'Hai dấu cách, và dấu cách ở cuối.',
      'Tổ chức tập huấn; chuyển giao tiến bộ kỹ thuật.',
      'Nâng cao năng suất lao động, hiệu quả.',
    ]);
    // Each run's replacement (the editor's quick fix), made in every run of a text, gives the corrected text.
    expect(found.map((d) => d.args['replacement'])).toEqual(['', ' ', '', '', '', '', ' ', '']);
    const texts = ['  Hai dấu  cách , và dấu cách ở cuối. ', 'Tổ chức tập huấn ; chuyển giao tiến bộ kỹ thuật .', 'Nâng cao năng suất  lao động   , hiệu quả.'];
    texts.forEach((text, i) => {
      const runs = found.filter((d) => d.path.at(-1) === i);
      expect(runs.length).toBeGreaterThan(0);
      const fixed = runs.reduceRight((t, d) => t.slice(0, d.span!.offset) + String(d.args['replacement']) + t.slice(d.span!.offset + d.span!.length), text);
      expect(fixed).toBe(runs[0]!.args['fix']);
    });
    expect(formatMessage(found[1]!, 'vi')).toBe('Nhiệm vụ 1.1 (items): thừa dấu cách: hai dấu cách liền nhau');
    expect(formatMessage(found[7]!, 'vi')).toBe('Nhiệm vụ 1.1 (items): thừa dấu cách: hai dấu cách liền nhau và trước dấu , . ; :');
    expect(formatMessage(found[7]!, 'en')).toBe('Task 1.1 (items): stray spaces: two in a row and before , . ; :');
  });

  it('shows ten stray spaces of a text one by one, the last counting the others', () => {
    const files = { tasks: tasks([`${Array.from({ length: 26 }, () => 'chữ').join('  ')}. # expect: ${RULE}`]) };
    const found = compileMini(files).diagnostics.filter((d) => d.code === RULE);
    expect(found).toHaveLength(10);
    expect(found.slice(0, 9).every((d) => d.args['more'] === undefined)).toBe(true);
    expect(found[9]!.args['more']).toBe(15);
    expect(formatMessage(found[9]!, 'vi')).toBe('Nhiệm vụ 1.1 (items): thừa dấu cách: hai dấu cách liền nhau (và 15 chỗ khác trong văn bản này)');
    expect(formatMessage(found[9]!, 'en')).toBe('Task 1.1 (items): stray spaces: two in a row (and 15 more in this text)');
  });
});

describe(`${RULE}: findings of one file`, () => {
  it(`shows the first ${MAX_PER_FILE} of a file, the last counting the others; check --fix still sees them all`, () => {
    const items = Array.from({ length: MAX_PER_FILE + 5 }, (_, i) => `Việc  ${i}.`);
    const found = compileMini({ tasks: tasks(items) }).diagnostics.filter((d) => d.code === RULE);
    expect(found).toHaveLength(MAX_PER_FILE);
    expect(found.slice(0, -1).every((d) => d.args['moreInFile'] === undefined)).toBe(true);
    const last = found[found.length - 1]!;
    expect(last.args['moreInFile']).toBe(5);
    expect(formatMessage(last, 'vi')).toMatch(/ \(và 5 chỗ khác cùng loại trong tệp này\)$/);
    expect(formatMessage(last, 'en')).toMatch(/ \(and 5 more of this kind in this file\)$/);
    const all = compilePlan(compileMini({ tasks: tasks(items) }).dir, { findingsPerFile: Number.POSITIVE_INFINITY }).diagnostics.filter((d) => d.code === RULE);
    expect(all).toHaveLength(MAX_PER_FILE + 5);
  });
});

