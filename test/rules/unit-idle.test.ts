import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';

const RULE = 'unit-idle';

const units = (extra: string) => `units:
  - id: van-phong
    name: Văn phòng Sở
    abbreviation: VP
  - id: chi-cuc-tdc
    name: Chi cục Tiêu chuẩn Đo lường Chất lượng
  - id: phong-hop-tac
    name: Phòng Hợp tác
  - id: phong-thuc-hien
    name: Phòng Thực hiện
  - id: phong-thuong-truc
    name: Phòng Thường trực
    role: Thường trực.
  - id: bo-khcn
    name: Bộ Khoa học và Công nghệ
    external: true
${extra}`;

const tasks = `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a
        content: Việc A.
        lead: chi-cuc-tdc
        cooperating: [phong-hop-tac]
        deadline: 2023-06
        solutions:
          - steps: true
            items:
              - { text: Bước một., owner: Phòng Thực hiện }
`;

describe(RULE, () => {
  it('accepts units with a role, a lead, a cooperation, a step, the archive, and idle external bodies', () => {
    expect(findingLines(compileMini({ units: units(''), tasks }).diagnostics, RULE)).toEqual([]);
  });

  it('reports a unit of the office nothing refers to, at the unit, as a warning, in Vietnamese and in English', () => {
    const files = { units: units(`  - id: phong-moi # expect: ${RULE}\n    name: Phòng Mới\n`), tasks };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
    const finding = diagnostics.find((d) => d.code === RULE)!;
    expect(finding.severity).toBe('warning');
    expect(formatMessage(finding, 'vi')).toBe(
      'Đơn vị phong-moi (Phòng Mới) không có nhiệm vụ thường xuyên (role), không chủ trì, phối hợp hay thực hiện việc nào: đơn vị sẽ không có trong mục "Tổ chức thực hiện"',
    );
    expect(formatMessage(finding, 'en')).toBe('Unit phong-moi (Phòng Mới) has no role and leads, cooperates on and carries out nothing: it will not appear in "Tổ chức thực hiện"');
  });

  it('judges nothing while a reference is unknown: the misspelt name most likely meant the unit that looks idle', () => {
    const misspelt = tasks.replace('lead: chi-cuc-tdc', 'lead: Chi tiêu Tiêu chuẩn Đo lường Chất lượng');
    const { diagnostics } = compileMini({ units: units(''), tasks: misspelt });
    expect(diagnostics.filter((d) => d.code === 'unit-known')).toHaveLength(1);
    expect(findingLines(diagnostics, RULE)).toEqual([]);
    // Once the name is right, an idle unit is reported again.
    const files = { units: units(`  - id: phong-moi # expect: ${RULE}\n    name: Phòng Mới\n`), tasks };
    expect(findingLines(compileMini(files).diagnostics, RULE)).toEqual(markerLines(files, RULE));
  });
});
