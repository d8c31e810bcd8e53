import { describe, expect, it } from 'vitest';
import { showDay } from '../../src/model/days.js';
import { dataSpan } from '../../src/progress-report/build-report.js';
import { parseReportPeriod } from '../../src/progress-report/report-period.js';

/** The days a periodic report's data runs over, worked by hand: period, cut-off day, from, to. */
const TABLE: [string, number, string, string][] = [
  ['2023-06', 14, '2023-05-15', '2023-06-14'], // a month: the 15th of the month before to the 14th
  ['2023-01', 14, '2022-12-15', '2023-01-14'], // January reaches into the year before
  ['2023-Q2', 14, '2023-03-15', '2023-06-14'],
  ['2023-H1', 14, '2022-12-15', '2023-06-14'],
  ['2023', 14, '2022-12-15', '2023-12-14'],
  ['2024-02', 30, '2024-01-31', '2024-02-29'], // a cut-off past February's end is its last day
  ['2023-03', 30, '2023-03-01', '2023-03-30'], // ...and February, closed on its last day, leaves March to start on the 1st
  ['2023-Q3', 31, '2023-07-01', '2023-09-30'], // 31: the period's own days
];

describe('dataSpan: the cut-off of a periodic report', () => {
  it.each(TABLE)('%s, cut-off %i: from %s to %s', (name, cutOff, from, to) => {
    const span = dataSpan(parseReportPeriod(name)!, cutOff);
    expect([showDay(span.from), showDay(span.to)]).toEqual([from, to]);
  });

  it('reads only the periods a progress file may be named for', () => {
    expect(['2023-6', '2023-Q5', '2023-H3', '23', '2023-13'].map(parseReportPeriod)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(parseReportPeriod('2023-Q4')).toMatchObject({ kind: 'quarter', quarter: 'IV', from: { month: 10, day: 1 }, to: { month: 12, day: 31 } });
  });
});
