import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';
import { MINI_PLAN } from '../support/mini-plan.js';

const RULE = 'signer-present';
const SIGNER = 'signer:\n  title: Giám đốc\n  name: Nguyễn Văn A\n';

describe(RULE, () => {
  it('passes with a title and a name, and with an authority of the allowed kinds', () => {
    expect(findingLines(compileMini({}).diagnostics, RULE)).toEqual([]);
    for (const authority of ['KT. Giám đốc', 'TM. Ủy ban nhân dân', 'TL. Giám đốc', 'TUQ. Giám đốc', 'Q. Giám đốc']) {
      const files = { plan: MINI_PLAN.plan.replace(SIGNER, `signer:\n  authority: ${authority}\n  title: Phó Giám đốc\n  name: Nguyễn Văn A\n`) };
      expect(findingLines(compileMini(files).diagnostics, RULE)).toEqual([]);
    }
  });

  it('reports a plan without a signer at the top of plan.yaml, in Vietnamese and in English', () => {
    const plan = MINI_PLAN.plan.replace(SIGNER, '').replace('issuer:\n', `issuer: # expect: ${RULE}\n`);
    const files = { plan };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
    const finding = diagnostics.find((d) => d.code === RULE)!;
    expect(formatMessage(finding, 'vi')).toBe('Kế hoạch chưa có người ký (signer: chức vụ và họ tên)');
    expect(formatMessage(finding, 'en')).toBe('The plan has no signer (signer: title and name)');
  });

  it('reports a missing title or name at signer, and an authority of another kind at it', () => {
    const files = { plan: MINI_PLAN.plan.replace(SIGNER, `signer: # expect: ${RULE}\n  authority: Ký thay Giám đốc # expect: ${RULE}\n  name: Nguyễn Văn A\n`) };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
    expect(diagnostics.filter((d) => d.code === RULE).map((d) => d.messageId)).toEqual(['signer-present.title', 'signer-present.authority']);
    const authority = diagnostics.find((d) => d.messageId === 'signer-present.authority')!;
    expect(formatMessage(authority, 'vi')).toBe(
      'Người ký: thẩm quyền ký "Ký thay Giám đốc" phải bắt đầu bằng TM., KT., TL., TUQ., Q. (Nghị định 30, Phụ lục I, mục II.7)',
    );
  });
});
