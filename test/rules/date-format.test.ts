import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';

const tasks = (content: string, solutions: string[] = []) => `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a
        content: ${content}
        lead: van-phong
        deadline: 2023-06
${solutions.length ? `        solutions:\n${solutions.map((s) => `          - ${s}\n`).join('')}` : ''}`;

describe('date-format', () => {
  it('accepts dates written the Nghị định 30 way (the sample plan\'s among them)', () => {
    const files = {
      tasks: tasks('Thực hiện Công văn số 3781/UBND-KGVX ngày 27/7/2021.', [
        'Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016.',
        'Họp ngày 05/01/2023 và ngày 09 tháng 02 năm 2023.',
        'Báo cáo UBND tỉnh tại phiên họp tháng 7/2023.',
      ]),
    };
    expect(findingLines(compileMini(files).diagnostics, 'date-format')).toEqual([]);
  });

  it('reports a day or month without its leading zero, or March with one, giving the fix', () => {
    const files = {
      tasks: tasks('Thực hiện Quyết định ngày 5/1/2023. # expect: date-format', [
        'Họp ngày 5 tháng 1 năm 2023. # expect: date-format',
        'Báo cáo ngày 05/03/2023. # expect: date-format',
        'Họp ngày 31/6/2023.',
      ]),
    };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, 'date-format')).toEqual(markerLines(files, 'date-format'));
    const found = diagnostics.filter((d) => d.code === 'date-format');
    expect(found.map((d) => d.args['fix'])).toEqual(['ngày 05/01/2023', 'ngày 05 tháng 01 năm 2023', 'ngày 05/3/2023']);
    expect(found.every((d) => d.severity === 'warning')).toBe(true);
    expect(formatMessage(found[0]!, 'vi')).toBe(
      'Nhiệm vụ 1.1 (content): "ngày 5/1/2023" chưa viết theo Nghị định 30 (ngày dưới 10 và tháng 1, 2 có số 0 phía trước, các tháng khác không); sửa thành "ngày 05/01/2023"',
    );
    expect(formatMessage(found[0]!, 'en')).toBe(
      'Task 1.1 (content): "ngày 5/1/2023" is not written the Nghị định 30 way (a leading zero for days below 10 and months 1 and 2, none for other months); write "ngày 05/01/2023"',
    );
  });
  it('shows ten findings of one text one by one, the last counting the rest (a 16 MB file of dates made a million and ran out of stack)', () => {
    const files = { tasks: tasks(`"${Array.from({ length: 25 }, (_, i) => `ngày ${(i % 9) + 1}/1/2023`).join(', ')}." # expect: date-format`) };
    const found = compileMini(files).diagnostics.filter((d) => d.code === 'date-format');
    expect(found).toHaveLength(10);
    expect(found.slice(0, 9).every((d) => d.args['more'] === undefined)).toBe(true);
    expect(found[9]!.args['more']).toBe(15);
    expect(formatMessage(found[9]!, 'vi')).toMatch(/ \(và 15 chỗ khác trong văn bản này\)$/);
    expect(formatMessage(found[9]!, 'en')).toMatch(/ \(and 15 more in this text\)$/);
  });
});
