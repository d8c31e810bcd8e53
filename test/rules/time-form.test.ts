import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { tasksYaml } from '../support/mini-plan.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';

const RULE = 'time-form';

describe(RULE, () => {
  it('reads the times offices write, and the short machine forms', () => {
    const times = ['Quý II/2023', '2023-Q2', '2023-H1', '2023', 'Năm 2023', '6 tháng cuối năm 2023', 'Trước ngày 15/6/2023', 'Tháng 3 - 6/2023', 'Từ tháng 3/2023 đến tháng 6/2023', 'Thường xuyên', 'Hằng quý', 'Hàng tháng', 'Hằng năm', '30/6/2023', 'Ngày 30/6/2023', 'Quý II năm 2023'];
    const { diagnostics } = compileMini({ tasks: tasksYaml(times.map((deadline) => ({ deadline }))) });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reports a time it cannot read at the value, once, in Vietnamese and in English', () => {
    const files = { tasks: tasksYaml([{ deadline: `tháng 8 # expect: ${RULE}` }, { deadline: `sớm nhất # expect: ${RULE}` }]) };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
    expect(diagnostics.filter((d) => d.code === 'task-deadline-required')).toEqual([]);
    const found = diagnostics.find((d) => d.code === RULE)!;
    expect(formatMessage(found, 'vi')).toMatch(/^Thời gian "tháng 8" không đọc được; viết một trong các cách: .*Quý II\/2024/);
    expect(formatMessage(found, 'en')).toMatch(/^The time "tháng 8" cannot be read; write it in one of these forms: /);
  });
});
