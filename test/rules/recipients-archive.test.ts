import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';
import { MINI_PLAN } from '../support/mini-plan.js';

const RULE = 'recipients-archive';

describe(RULE, () => {
  it('passes when the archive unit has an abbreviation and no recipient is a "Lưu" line', () => {
    const files = { plan: MINI_PLAN.plan.replace('  - name: Lãnh đạo Sở\n', '  - name: Lãnh đạo Sở\n  - name: Trung tâm Lưu trữ lịch sử tỉnh\n  - name: Lưu trữ lịch sử tỉnh\n') };
    expect(findingLines(compileMini(files).diagnostics, RULE)).toEqual([]);
  });

  it('reports an archive unit without an abbreviation at plan.yaml archive, in Vietnamese and in English', () => {
    const files = {
      plan: MINI_PLAN.plan.replace('archive: van-phong', `archive: chi-cuc-tdc # expect: ${RULE}`),
    };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
    const finding = diagnostics.find((d) => d.code === RULE)!;
    expect(formatMessage(finding, 'vi')).toBe(
      'Đơn vị lưu chi-cuc-tdc (Chi cục Tiêu chuẩn Đo lường Chất lượng) chưa có chữ viết tắt (abbreviation) trong units.yaml; dòng cuối Nơi nhận "Lưu: VT, ..." cần chữ viết tắt này',
    );
    expect(formatMessage(finding, 'en')).toBe(
      'The archive unit chi-cuc-tdc (Chi cục Tiêu chuẩn Đo lường Chất lượng) has no abbreviation in units.yaml; the last recipients line "Lưu: VT, ..." needs it',
    );
  });

  it('reports a recipient that is a "Lưu" line, which would print twice', () => {
    const files = {
      plan: MINI_PLAN.plan.replace('  - name: Lãnh đạo Sở\n', `  - name: Lãnh đạo Sở\n  - name: "Lưu: VT, VP." # expect: ${RULE}\n  - name: lưu VT # expect: ${RULE}\n`),
    };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
    const finding = diagnostics.find((d) => d.code === RULE)!;
    expect(formatMessage(finding, 'vi')).toBe(
      'Nơi nhận 2: "Lưu: VT, VP." là dòng Lưu, chương trình tự thêm dòng này từ đơn vị lưu (archive); xóa nơi nhận này để không in hai lần',
    );
  });
});
