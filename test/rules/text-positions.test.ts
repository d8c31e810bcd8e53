import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { tasksYaml } from '../support/mini-plan.js';
import { compileMini } from '../support/rule-harness.js';

/** 1-based line and column of a character offset in a text, counted the way an editor does. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Where `fault` stands in the file, found after the `after` words that precede it (unique in the file). */
function expectedAt(file: string, after: string, fault: string): { start: { line: number; column: number }; end: { line: number; column: number } } {
  const at = file.indexOf(after + fault);
  if (at < 0 || file.indexOf(after + fault, at + 1) >= 0) throw new Error(`"${after}${fault}" is not once in the file`);
  const start = at + after.length;
  return { start: lineColumn(file, start), end: lineColumn(file, start + fault.length) };
}

function finding(diagnostics: readonly Diagnostic[], rule: string): Diagnostic {
  const found = diagnostics.filter((d) => d.code === rule);
  expect(found, rule).toHaveLength(1);
  return found[0]!;
}

/** One task whose content is the given YAML scalar; checks that `rule` points at `fault`. */
function expectPointsAt(content: string, rule: string, after: string, fault: string, lineEnd = '\n'): void {
  const tasks = tasksYaml([{ content }]).replace(/\n/g, lineEnd);
  const d = finding(compileMini({ tasks }).diagnostics, rule);
  expect(d.file).toBe('tasks.yaml');
  expect({ start: d.start, end: d.end }).toEqual(expectedAt(tasks, after, fault));
}

describe('a finding inside a text points at the fault, not at the start of the text', () => {
  it('a doubled space on the third line of a plain text', () => {
    expectPointsAt('Tham mưu UBND tỉnh ban hành\n          Quy định quản lý nhiệm vụ\n          khoa học và  công nghệ.', 'text-spacing', 'và', '  ');
  });

  it('a date on the second line of a literal block, even when the header comment has the same date', () => {
    expectPointsAt('| # theo ngày 5/1/2023\n          Báo cáo kết quả.\n          Họp ngày 5/1/2023 tại Sở.', 'date-format', 'Họp ', 'ngày 5/1/2023');
  });

  it('a date across two lines of a folded block, from its first word to its last', () => {
    expectPointsAt('>-\n          Theo Kế hoạch số 54-KH/TU ngày\n          31/6/2023 của Tỉnh ủy.', 'date-valid', 'KH/TU ', 'ngày\n          31/6/2023');
  });

  it("a space before a comma in single quotes, after a quote written ''", () => {
    expectPointsAt("'Theo ''Kế hoạch'' số 1\n          của Sở , Văn phòng đôn đốc.'", 'text-spacing', 'của Sở', ' ');
  });

  it('a space before a full stop in double quotes without escapes', () => {
    expectPointsAt('"Rà soát quy trình\n          nội bộ ."', 'text-spacing', 'nội bộ', ' ');
  });

  it('a decomposed word (NFD) on the second line', () => {
    const nfd = 'Kế'.normalize('NFD');
    expectPointsAt(`Triển khai\n          ${nfd} hoạch năm 2023.`, 'text-nfc', '\n          ', nfd);
  });

  it('a word pasted from TCVN3 after Unicode words', () => {
    expectPointsAt('Triển khai Kế hoạch\n          tại Hµ Néi và Bắc Giang.', 'text-nfc', 'tại ', 'Hµ');
  });

  it('spaces before a comma that starts a more-indented line of a literal block, not its indentation', () => {
    expectPointsAt('|-\n          Các nội dung chính\n            , khác.', 'text-spacing', 'chính\n          ', '  ');
  });

  it('a file with Windows line ends (CRLF)', () => {
    expectPointsAt('Rà soát quy trình\n          nội bộ  của Sở.', 'text-spacing', 'bộ', '  ', '\r\n');
  });

  it('a date after a blank line of a block, with Windows line ends', () => {
    expectPointsAt('|-\n          Báo cáo.\n\n          Họp ngày 5/1/2023.', 'date-format', 'Họp ', 'ngày 5/1/2023', '\r\n');
  });

  it('a date after a decomposed (NFD) word of the same text, and a date typed in NFD itself', () => {
    const nfd = 'tính'.normalize('NFD');
    expectPointsAt(`>-\n          Theo ${nfd} toán\n          họp ngày 5/1/2023 tại Sở.`, 'date-format', 'họp ', 'ngày 5/1/2023');
    const ngay = 'ngày'.normalize('NFD');
    expectPointsAt(`Báo cáo\n          trước ${ngay} 31/6/2023.`, 'date-valid', 'trước ', `${ngay} 31/6/2023`);
  });

  it('a text the file writes with escapes keeps the position of the whole text', () => {
    const tasks = tasksYaml([{ content: '"Họp\\tngày 5/1/2023."' }]);
    const d = finding(compileMini({ tasks }).diagnostics, 'date-format');
    expect(d.start).toEqual(lineColumn(tasks, tasks.indexOf('"Họp')));
  });
});
