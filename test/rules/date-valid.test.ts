import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { tasksYaml } from '../support/mini-plan.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';

const tasks = (deadlines: string[]) => tasksYaml(deadlines.map((deadline) => ({ deadline })));

describe('date-valid', () => {
  it('accepts real months and dates, 29 February of a leap year included', () => {
    const files = { tasks: tasks(['2023-06', '2023-06-30', '2024-02-29', '2023-12-31']) };
    expect(findingLines(compileMini(files).diagnostics, 'date-valid')).toEqual([]);
  });

  it('reports 31 June, 29 February 2023 and month 13 on their own lines', () => {
    const files = { tasks: tasks(['2023-06-31 # expect: date-valid', '2023-02-29 # expect: date-valid', '2023-13 # expect: date-valid', '2023-06']) };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, 'date-valid')).toEqual(markerLines(files, 'date-valid'));
    expect(diagnostics.filter((d) => d.code === 'date-valid').map((d) => d.messageId)).toEqual(['date-valid', 'date-valid', 'date-valid.month']);
  });

  const textTasks = (texts: string[]) => `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a
        content: Việc A.
        lead: van-phong
        deadline: 2023-06
        solutions:
${texts.map((t) => `          - ${t}\n`).join('')}`;

  it('accepts real dates written in text, in either form', () => {
    const files = { tasks: textTasks(['Công văn số 3781/UBND-KGVX ngày 27/7/2021.', 'Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016.', 'Ngày 29/02/2024 họp.']) };
    expect(findingLines(compileMini(files).diagnostics, 'date-valid')).toEqual([]);
  });

  it('reports an impossible date written in text at that text, in Vietnamese and in English', () => {
    const files = {
      tasks: textTasks([
        'Họp ngày 31/6/2023. # expect: date-valid',
        'Báo cáo ngày 15 tháng 13 năm 2023. # expect: date-valid',
        '>- # expect: date-valid +1\n            Kế hoạch số 54-KH/TU ngày\n            29/02/2023 của Tỉnh ủy.',
        'Ngày 30/6/2023 tổng kết.',
      ]),
    };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, 'date-valid')).toEqual(markerLines(files, 'date-valid'));
    const found = diagnostics.filter((d) => d.code === 'date-valid');
    expect(found.map((d) => d.messageId)).toEqual(['date-valid.text', 'date-valid.text', 'date-valid.text']);
    expect(formatMessage(found[0]!, 'vi')).toBe('Nhiệm vụ 1.1 (solutions): "ngày 31/6/2023" không phải ngày có thật (tháng 6 năm 2023 không có ngày 31)');
    expect(formatMessage(found[0]!, 'en')).toBe('Task 1.1 (solutions): "ngày 31/6/2023" is not a real date (month 6 of 2023 has no day 31)');
    expect(formatMessage(found[1]!, 'vi')).toBe('Nhiệm vụ 1.1 (solutions): "ngày 15 tháng 13 năm 2023" không phải ngày có thật (không có tháng 13)');
  });
});

describe('date-valid in text, whatever word comes before the date', () => {
  it('reports "hạn 31/6/2026" (only dates after "ngày" were read), and leaves real dates and numbers alone', () => {
    const files = { tasks: tasksYaml([{ content: '"Hoàn thành hạn 31/6/2023, báo cáo (30/6/2023), số 15/2023/NĐ-CP." # expect: date-valid' }]) };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, 'date-valid')).toEqual(markerLines(files, 'date-valid'));
    expect(diagnostics.filter((d) => d.code === 'date-valid')).toHaveLength(1);
  });
});
