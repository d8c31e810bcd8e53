import { describe, expect, it } from 'vitest';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';

const tasks = (deadlines: string[]) => `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
${deadlines
  .map(
    (d, i) => `      - id: t${i}
        content: Việc ${i}.
        lead: van-phong
        deadline: ${d}
`,
  )
  .join('')}`;

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
});
