import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';
import { MINI_PLAN, type MiniFiles } from '../support/mini-plan.js';

const RULE = 'id-unique';

describe(RULE, () => {
  it('accepts distinct ids across tasks and steps', () => {
    const files = {
      tasks: `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a
        content: Việc A.
        lead: van-phong
        deadline: 2023-06
        solutions:
          - steps: true
            items:
              - { id: a-1, text: Bước một. }
              - { id: b, text: Bước hai. }
`,
    };
    expect(findingLines(compileMini(files).diagnostics, RULE)).toEqual([]);
  });

  it('reports each later duplicate task, step and group id at its id, naming the first', () => {
    const files = {
      tasks: `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a
        content: Việc A.
        lead: van-phong
        deadline: 2023-06
        solutions:
          - steps: true
            items:
              - text: Bước một.
                id: buoc
              - text: Bước hai.
                id: buoc # expect: ${RULE}
  - id: giao # expect: ${RULE}
    title: Nhiệm vụ khác
    tasks:
      - id: b
        content: Việc B.
        lead: van-phong
        deadline: 2023-06
      - id: a # expect: ${RULE}
        content: Việc A lần nữa.
        lead: van-phong
        deadline: 2023-06
`,
    };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
    const task = diagnostics.find((d) => d.code === RULE && d.args['item'] === 'task')!;
    expect(formatMessage(task, 'vi')).toBe('Nhiệm vụ 2.2: mã "a" đã dùng cho Nhiệm vụ 1.1');
    expect(formatMessage(task, 'en')).toBe('Task 2.2: the id "a" is already used by Task 1.1');
    const step = diagnostics.find((d) => d.code === RULE && d.args['item'] === 'step')!;
    expect(formatMessage(step, 'vi')).toBe('Công việc 1.1.2: mã "buoc" đã dùng cho Công việc 1.1.1');
  });

  it('reports duplicate unit and appendix ids', () => {
    const files = {
      units: `units:
  - id: van-phong
    name: Văn phòng Sở
    abbreviation: VP
    role: Theo dõi, đôn đốc.
  - id: chi-cuc-tdc
    name: Chi cục Tiêu chuẩn Đo lường Chất lượng
  - id: van-phong # expect: ${RULE}
    name: Văn phòng Sở (bản sao)
`,
      appendices: `appendices:
  - id: danh-muc
    kind: tasks
    title: Danh mục nhiệm vụ
  - id: danh-muc # expect: ${RULE}
    kind: steps
    title: Kế hoạch chi tiết
`,
    } as MiniFiles;
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE).sort()).toEqual(markerLines(files, RULE).sort());
    const unit = diagnostics.find((d) => d.code === RULE && d.args['item'] === 'unit')!;
    expect(formatMessage(unit, 'vi')).toBe('Đơn vị thứ 3 (Văn phòng Sở (bản sao)): mã "van-phong" đã dùng cho Đơn vị thứ 1 (Văn phòng Sở)');
    expect(formatMessage(unit, 'en')).toBe('Unit no. 3 (Văn phòng Sở (bản sao)): the id "van-phong" is already used by Unit no. 1 (Văn phòng Sở)');
  });
});

describe(`${RULE} across what a text may refer to`, () => {
  it('reports an id used twice across sections, groups, tasks and appendices ([#id] would name either)', () => {
    const plan = MINI_PLAN.plan.replace(
      'closing:',
      `outline:\n  - heading: MỤC A\n    id: muc\n    content: [{ tasks: all }]\n  - heading: MỤC B\n    id: muc # expect: ${RULE}\n  - heading: MỤC C\n    id: quy-dinh\nclosing:`,
    );
    const files = { plan, appendices: `appendices:\n  - id: giao # expect: ${RULE}\n    kind: tasks\n    title: Danh mục\n` } as MiniFiles;
    const { diagnostics } = compileMini(files);
    // The task "quy-dinh" comes after the section of that id: it is reported in tasks.yaml.
    expect(findingLines(diagnostics, RULE).sort()).toEqual([...markerLines(files, RULE), 'tasks.yaml:5'].sort());
  });
});

describe(`${RULE} for the names of units`, () => {
  it('reports a unit named as another is named, or as another unit\'s id (a task naming it names two units)', () => {
    const units = `units:
  - id: van-phong
    name: Văn phòng Sở
    abbreviation: VP
    role: Theo dõi, đôn đốc.
  - id: chi-cuc-tdc
    name: Chi cục Tiêu chuẩn Đo lường Chất lượng
  - id: van-phong-2
    name: Văn phòng Sở # expect: ${RULE}
  - id: khac
    name: chi-cuc-tdc # expect: ${RULE}
`;
    const { diagnostics } = compileMini({ units });
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines({ units }, RULE));
    expect(formatMessage(diagnostics.find((d) => d.code === RULE)!, 'vi')).toMatch(/^Đơn vị thứ 3: tên "Văn phòng Sở" trùng với tên hay mã của Đơn vị thứ 1 \(Văn phòng Sở\)/);
  });
});
