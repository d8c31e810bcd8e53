import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';
import { MINI_PLAN } from '../support/mini-plan.js';

const RULE = 'final-number-filled';

describe(RULE, () => {
  it('asks nothing of a draft', () => {
    expect(findingLines(compileMini({}).diagnostics, RULE)).toEqual([]);
  });

  it('passes a final document with its number and full date', () => {
    const files = { plan: MINI_PLAN.plan.replace('number: ""', 'number: "15"').replace('date: 2023-01', 'date: 2023-01-05') };
    expect(findingLines(compileMini(files, true).diagnostics, RULE)).toEqual([]);
  });

  it('reports a final document without a number or a day, in Vietnamese and in English', () => {
    const files = {
      plan: MINI_PLAN.plan.replace('number: ""', `number: "" # expect: ${RULE}`).replace('date: 2023-01', `date: 2023-01 # expect: ${RULE}`),
    };
    const { diagnostics } = compileMini(files, true);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
    const [number, date] = diagnostics.filter((d) => d.code === RULE);
    expect(formatMessage(number!, 'vi')).toBe('Kế hoạch chưa có số văn bản (number); văn bản phát hành phải có số');
    expect(formatMessage(number!, 'en')).toBe('The plan has no number; a document being issued must have one');
    expect(formatMessage(date!, 'vi')).toBe('Kế hoạch chưa có ngày ban hành (date: 2023-01); văn bản phát hành ghi đủ ngày, ví dụ 2023-01-05');
  });
});
