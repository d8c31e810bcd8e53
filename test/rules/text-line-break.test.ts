import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { MINI_PLAN } from '../support/mini-plan.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';

const RULE = 'text-line-break';

describe(RULE, () => {
  it('leaves the lines of the issuer and of the signer above the name alone', () => {
    const plan = MINI_PLAN.plan
      .replace('  name: Sở Khoa học và Công nghệ', '  name: |-\n    Sở Khoa học\n    và Công nghệ')
      .replace('  title: Giám đốc', '  authority: |-\n    TM. Ủy ban nhân dân\n    KT. Chủ tịch\n  title: Phó Chủ tịch');
    expect(findingLines(compileMini({ plan }).diagnostics, RULE)).toEqual([]);
  });

  it('warns at a line break in a paragraph, in Vietnamese and in English; a final line break is none', () => {
    const plan = MINI_PLAN.plan.replace('  - Giao rõ người, rõ việc.', `  - |- # expect: ${RULE} +2\n    Giao rõ người,\n    rõ việc.\n  - |\n    Một dòng.\n`);
    const { diagnostics } = compileMini({ plan });
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines({ plan }, RULE));
    const found = diagnostics.find((d) => d.code === RULE)!;
    expect(formatMessage(found, 'vi')).toMatch(/^Kế hoạch \(requirements\): văn bản có dấu xuống dòng nhưng được in thành một đoạn/);
    expect(formatMessage(found, 'en')).toMatch(/^Plan \(requirements\): the text holds a line break but prints as one paragraph/);
  });
});
