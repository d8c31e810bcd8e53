import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';

describe('unit-known', () => {
  it('accepts units referred to by id or by name', () => {
    const files = {
      tasks: `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a
        content: Việc A.
        lead: Chi cục Tiêu chuẩn Đo lường Chất lượng
        cooperating: [van-phong]
        deadline: 2023-06
`,
    };
    expect(findingLines(compileMini(files).diagnostics, 'unit-known')).toEqual([]);
  });

  it('reports each unknown lead and cooperating unit on its own line, suggesting the closest', () => {
    const files = {
      tasks: `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a
        content: Việc A.
        lead: Chi tiêu chuẩn Đo lường Chất lượng # expect: unit-known
        cooperating:
          - van-phong
          - van-phon # expect: unit-known
        deadline: 2023-06
`,
    };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, 'unit-known')).toEqual(markerLines(files, 'unit-known'));
    const lead = diagnostics.find((d) => d.code === 'unit-known' && d.args['ref'] === 'Chi tiêu chuẩn Đo lường Chất lượng');
    expect(lead?.args['suggestion']).toBe('Chi cục Tiêu chuẩn Đo lường Chất lượng (chi-cuc-tdc)');
    expect(lead?.start.column).toBe(15);
  });

  it('reports an unknown archive unit in plan.yaml', () => {
    const files = { plan: planWithArchive('van-phongg # expect: unit-known') };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, 'unit-known')).toEqual(markerLines(files, 'unit-known'));
    expect(diagnostics.find((d) => d.code === 'unit-known')?.args['suggestion']).toBe('Văn phòng Sở (van-phong)');
  });

  it('suggests nothing for a name that is no near miss of any unit', () => {
    const files = { plan: planWithArchive('zzzzzz # expect: unit-known') };
    const found = compileMini(files).diagnostics.find((d) => d.code === 'unit-known')!;
    expect(found.args['suggestion']).toBe('');
    expect(formatMessage(found, 'en')).toBe('Plan: no unit "zzzzzz" in units.yaml');
  });
});

function planWithArchive(value: string): string {
  return `issuer:
  name: Sở Khoa học và Công nghệ
  abbreviation: KHCN
place: Bắc Giang
date: 2023-01
title: Kế hoạch
opening: [Mở đầu.]
closing: Kết./.
signer: { title: Giám đốc, name: Nguyễn Văn A }
recipients: [{ name: Lãnh đạo Sở }]
archive: ${value}
`;
}

describe('unit-known with several leads', () => {
  it('reports an unknown unit among several leads, at that lead (only the first was checked)', () => {
    const files = { tasks: `groups:\n  - id: giao\n    title: Nhiệm vụ\n    tasks:\n      - id: a\n        content: Việc A.\n        lead:\n          - van-phong\n          - khong-co # expect: unit-known\n        deadline: 2023-06\n` };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, 'unit-known')).toEqual(markerLines(files, 'unit-known'));
  });
});
