import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx, type Table } from '../support/docx-reader.js';
import { MINI_PLAN, type MiniFiles } from '../support/mini-plan.js';
import { freshTempDir, runCli } from '../build/build-helpers.js';
import { appendixTable, cellText, sectionsOf } from './appendix-helpers.js';

/** Builds the mini plan with some files replaced; returns the table of each appendix, and the review. */
async function build(files: MiniFiles & { appendices: string }): Promise<{ tables: Table[]; markdown: string; code: number; output: string }> {
  const root = freshTempDir('plan-tables-');
  const dir = join(root, 'mini');
  mkdirSync(dir);
  for (const [kind, text] of Object.entries({ ...MINI_PLAN, ...files })) writeFileSync(join(dir, `${kind}.yaml`), text);
  const run = await runCli(['build', dir, '--out', join(root, 'out'), '--md', '--quiet']);
  if (run.code !== 0) return { tables: [], markdown: '', code: run.code, output: run.stdout + run.stderr };
  const sections = sectionsOf(readDocx(join(root, 'out', 'mini.docx')));
  return { tables: sections.slice(1).map(appendixTable), markdown: readFileSync(join(dir, 'mini.md'), 'utf8'), code: 0, output: run.stdout + run.stderr };
}

/** A cold first build loads docx and the templates: seconds on a busy machine. */
const SLOW = { timeout: 60_000 };

const texts = (table: Table) => table.rows.map((r) => r.cells.map(cellText));

/** Phụ lục I of Kế hoạch 235/KH-UBND (UBND tỉnh Thanh Hóa, 2025), cut to three rows: a two-row header and a total row. */
const MONITORING = `appendices:
  - id: doi-tuong
    kind: table
    title: Đối tượng, địa điểm quan trắc
    orientation: portrait
    table:
      columns:
        - { field: stt, header: STT }
        - { field: dia-diem, header: Địa điểm quan trắc }
        - header: Đối tượng quan trắc
          columns:
            - { field: nuoc-cap, header: Nguồn nước cấp nuôi tôm (vị trí), type: number, total: true }
            - { field: ao-nuoi, header: Môi trường ao nuôi tôm đại diện (vị trí), type: number, total: true }
      rows:
        - { dia-diem: Cửa sông lạch Càn, nuoc-cap: 1 }
        - { dia-diem: Cửa sông lạch Trường, nuoc-cap: 4 }
        - { dia-diem: xã Tân Tiến, ao-nuoi: 2 }
      total: Tổng cộng
      notes: ["Ghi chú: - Vị trí lấy mẫu theo Hệ tọa độ VN-2000;"]
`;

describe('a table written directly (kind: table)', () => {
  it('prints a two-row header with the group of columns merged over its sub-columns, STT computed, and the total row', SLOW, async () => {
    const { tables, markdown } = await build({ appendices: MONITORING });
    const table = tables[0]!;
    expect(texts(table)).toEqual([
      ['STT', 'Địa điểm quan trắc', 'Đối tượng quan trắc'],
      ['', '', 'Nguồn nước cấp nuôi tôm (vị trí)', 'Môi trường ao nuôi tôm đại diện (vị trí)'],
      ['1', 'Cửa sông lạch Càn', '1', ''],
      ['2', 'Cửa sông lạch Trường', '4', ''],
      ['3', 'xã Tân Tiến', '', '2'],
      ['', 'Tổng cộng', '5', '2'],
    ]);
    const [top, bottom] = table.rows;
    expect(top!.cells[2]!.gridSpan).toBe(2);
    expect([top!.isHeader, bottom!.isHeader, table.rows[2]!.isHeader]).toEqual([true, true, false]);
    // STT and "Địa điểm" reach down both header rows: merged, not two cells.
    expect(top!.cells[0]!.vMerge).toBe('restart');
    expect(bottom!.cells[0]!.vMerge).toBe('continue');
    expect(markdown).toContain('| STT | Địa điểm quan trắc | Đối tượng quan trắc / Nguồn nước cấp nuôi tôm (vị trí) | Đối tượng quan trắc / Môi trường ao nuôi tôm đại diện (vị trí) |');
    expect(markdown).toContain('Ghi chú: - Vị trí lấy mẫu theo Hệ tọa độ VN-2000;');
  });

  it('numbers groups I, II and rows 1, 2 again in each, sub-rows 1.1, 1.2; a row with lines merges its own cells down them', SLOW, async () => {
    const appendices = `appendices:
  - id: vi-tri
    kind: table
    title: Vị trí lấy mẫu
    table:
      columns:
        - { field: stt, header: TT }
        - { field: dia-diem, header: Địa điểm }
        - { field: tan-suat, header: Tần suất }
        - { field: so-mau, header: Số mẫu, type: number, total: true }
      rows:
        - group: Nguồn nước cấp
        - dia-diem: Cửa sông Cung
          rows:
            - { dia-diem: Hoằng Phong, tan-suat: 02 lần/tháng, so-mau: 1250.5 }
            - { dia-diem: Hoằng Châu, tan-suat: 02 lần/tháng, so-mau: 0.25 }
        - group: Môi trường nuôi ngao
        - dia-diem: Bãi ngao Hải Châu
          lines:
            - { tan-suat: 02 lần/tháng, so-mau: 64 }
            - { tan-suat: 02 lần/năm, so-mau: 8 }
      total: Tổng cộng
`;
    const { tables } = await build({ appendices });
    const table = tables[0]!;
    expect(texts(table)).toEqual([
      ['TT', 'Địa điểm', 'Tần suất', 'Số mẫu'],
      ['I', 'Nguồn nước cấp'],
      ['1', 'Cửa sông Cung', '', ''],
      ['1.1', 'Hoằng Phong', '02 lần/tháng', '1.250,5'],
      ['1.2', 'Hoằng Châu', '02 lần/tháng', '0,25'],
      ['II', 'Môi trường nuôi ngao'],
      ['1', 'Bãi ngao Hải Châu', '02 lần/tháng', '64'],
      ['', '', '02 lần/năm', '8'],
      ['', 'Tổng cộng', '', '1.322,75'],
    ]);
    const [first, second] = table.rows.slice(6);
    expect([first!.cells[0]!.vMerge, first!.cells[1]!.vMerge, first!.cells[2]!.vMerge]).toEqual(['restart', 'restart', null]);
    expect([second!.cells[0]!.vMerge, second!.cells[1]!.vMerge]).toEqual(['continue', 'continue']);
    // Numbers right-aligned, STT centred.
    expect(table.rows[3]!.cells[3]!.paragraphs[0]!.align).toBe('right');
    expect(table.rows[3]!.cells[0]!.paragraphs[0]!.align).toBe('center');
  });
});

describe('a cell written on several lines', () => {
  it('prints each item of a cell written as a list as a paragraph of its own in that cell', SLOW, async () => {
    const appendices = `appendices:
  - id: thong-so
    kind: table
    title: Thông số quan trắc
    table:
      columns:
        - { field: stt, header: TT }
        - { field: thong-so, header: Thông số quan trắc }
      rows:
        - thong-so: ["- Thuốc bảo vệ thực vật,", "- Kim loại nặng (Cd, Hg, As, Pb)"]
`;
    const { tables, markdown } = await build({ appendices });
    const cell = tables[0]!.rows[1]!.cells[1]!;
    expect(cell.paragraphs.map((p) => p.text)).toEqual(['- Thuốc bảo vệ thực vật,', '- Kim loại nặng (Cd, Hg, As, Pb)']);
    expect(markdown).toContain('| 1 | - Thuốc bảo vệ thực vật,<br>- Kim loại nặng (Cd, Hg, As, Pb) |');
  });
});

describe('task appendices: columns of numbers, a total row, numbering', () => {
  const tasks = `groups:
  - id: a
    title: Nhóm A
    tasks:
      - { id: a1, content: Việc một., lead: van-phong, deadline: 2023-03, fields: { kinh-phi: 1250.5 } }
      - { id: a2, content: Việc hai., lead: van-phong, deadline: 2023-06, fields: { kinh-phi: 300 } }
  - id: b
    title: Nhóm B
    tasks:
      - { id: b1, content: Việc ba., lead: chi-cuc-tdc, deadline: 2023-09, fields: { kinh-phi: 2000 } }
`;
  it('prints the tasks\' own numbers the Vietnamese way, right-aligned, and adds them in the total row', SLOW, async () => {
    const appendices = `appendices:
  - id: kinh-phi
    kind: tasks
    title: Kinh phí
    numbering: flat
    columns: [stt, task, { field: kinh-phi, header: Kinh phí (triệu đồng), type: number, total: true }]
    total: Tổng cộng
`;
    const { tables } = await build({ tasks, appendices });
    expect(texts(tables[0]!)).toEqual([
      ['STT', 'Nhiệm vụ', 'Kinh phí (triệu đồng)'],
      ['I. Nhóm A'],
      ['1', 'Việc một.', '1.250,5'],
      ['2', 'Việc hai.', '300'],
      ['II. Nhóm B'],
      ['3', 'Việc ba.', '2.000'],
      ['', 'Tổng cộng', '3.550,5'],
    ]);
    expect(tables[0]!.rows[2]!.cells[2]!.paragraphs[0]!.align).toBe('right');
  });

  it('leaves out a default column no row fills (no task names a person), but keeps one the plan lists', SLOW, async () => {
    const appendices = `appendices:
  - id: chi-tiet
    kind: steps
    title: Chi tiết
  - id: liet-ke
    kind: tasks
    title: Liệt kê
    columns: [stt, task, person]
`;
    const { tables } = await build({ tasks, appendices });
    expect(texts(tables[0]!)[0]).toEqual(['STT', 'Nhiệm vụ, công việc cụ thể', 'Đơn vị thực hiện', 'Thời gian thực hiện']);
    expect(texts(tables[1]!)[0]).toEqual(['STT', 'Nhiệm vụ', 'Người phụ trách']);
  });
});

describe('a task that continues the row above (continues: true)', () => {
  it('merges its STT and Nhiệm vụ cells into the row above, as the published table does', SLOW, async () => {
    const tasks = `groups:
  - id: giao
    title: Nhiệm vụ được giao
    tasks:
      - { id: a, content: Việc A., lead: van-phong, deadline: 2023-06 }
      - { id: a2, continues: true, content: Việc A., lead: chi-cuc-tdc, deadline: 2023-09 }
      - { id: b, content: Việc B., lead: van-phong, deadline: 2023-12 }
`;
    const appendices = `appendices:\n  - id: danh-muc\n    kind: tasks\n    title: Danh mục\n    columns: [stt, task, lead, deadline]\n`;
    const { tables } = await build({ tasks, appendices });
    const [, , first, second, third] = tables[0]!.rows;
    expect(first!.cells.map((c) => c.vMerge)).toEqual(['restart', 'restart', null, null]);
    expect(second!.cells.map((c) => c.vMerge)).toEqual(['continue', 'continue', null, null]);
    expect(second!.cells.map(cellText)).toEqual(['', '', 'Chi cục Tiêu chuẩn Đo lường Chất lượng', 'Tháng 9/2023']);
    expect(third!.cells.map((c) => c.vMerge)).toEqual([null, null, null, null]);
  });
});

describe('the timeline at any period', () => {
  const timeline = (scale = '') => `appendices:
  - id: tien-do
    kind: timeline
    title: Tiến độ${scale}
`;
  const plan = (from: string, to: string) => MINI_PLAN.plan.replace('date: 2023-01\n', `date: 2023-01\nperiod: { from: ${from}, to: ${to} }\n`);
  const tasks = (deadline: string) => MINI_PLAN.tasks.replace('deadline: 2023-06', `deadline: ${deadline}`);

  it('over 18 months: a year row over the months of each year', SLOW, async () => {
    const { tables } = await build({ plan: plan('2023-07', '2024-12'), tasks: tasks('2024-02'), appendices: timeline() });
    const [years, months, , row] = texts(tables[0]!);
    expect(years).toEqual(['STT', 'Nhiệm vụ, công việc cụ thể', 'Năm 2023', 'Năm 2024']);
    expect(tables[0]!.rows[0]!.cells.map((c) => c.gridSpan)).toEqual([1, 1, 6, 12]);
    expect(months).toEqual(['', '', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`)]);
    // Due in February 2024: the 8th month column.
    expect(row!.slice(2).indexOf('◆')).toBe(7);
  });

  it('over 36 months: quarters under their years, the deadline\'s quarter marked', SLOW, async () => {
    const { tables } = await build({ plan: plan('2024-01', '2026-12'), tasks: tasks('2025-05'), appendices: timeline() });
    const [years, quarters, , row] = texts(tables[0]!);
    expect(years).toEqual(['STT', 'Nhiệm vụ, công việc cụ thể', 'Năm 2024', 'Năm 2025', 'Năm 2026']);
    expect(quarters!.slice(2)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q1', 'Q2', 'Q3', 'Q4', 'Q1', 'Q2', 'Q3', 'Q4']);
    expect(row!.slice(2).indexOf('◆')).toBe(5);
  });

  it('marks each period of work with "x" as a roadmap (lộ trình) table does when asked, with no legend', SLOW, async () => {
    const { tables, markdown } = await build({ plan: plan('2026-01', '2030-12'), tasks: tasks('2028-06'), appendices: timeline('\n    scale: years\n    marks: x') });
    const [, , row] = texts(tables[0]!);
    expect(row!.slice(2)).toEqual(['x', 'x', 'x', '', '']);
    expect(tables[0]!.rows[2]!.cells.slice(2).map((c) => c.shading ?? null)).toEqual([null, null, null, null, null]);
    expect(markdown).not.toContain('ô màu xám');
  });

  it('over 60 months, or when the plan asks: a column per year, and the legend says so', SLOW, async () => {
    const { tables, markdown } = await build({ plan: plan('2026-01', '2030-12'), tasks: tasks('2028-06'), appendices: timeline('\n    scale: years') });
    const [years, , row] = texts(tables[0]!);
    expect(years).toEqual(['STT', 'Nhiệm vụ, công việc cụ thể', '2026', '2027', '2028', '2029', '2030']);
    expect(row!.slice(2)).toEqual(['', '', '◆', '', '']);
    expect(markdown).toContain('ô màu xám là các năm thực hiện');
  });
});

describe('a table too wide for its page (table-fits)', () => {
  const word = 'Chuyển-đổi-số-toàn-diện-cấp-tỉnh';
  const columns = Array.from({ length: 8 }, (_, i) => `        - { field: c${i}, header: ${word} }`).join('\n');
  const appendices = `appendices:
  - id: qua-rong
    kind: table
    title: Quá rộng
    orientation: portrait
    table:
      columns:
${columns}
      rows:
        - { c0: a }
`;

  it('is built at the smallest size, with a warning at the appendix naming the columns whose longest word breaks', SLOW, async () => {
    const { code, output, tables } = await build({ appendices });
    expect(code).toBe(0);
    expect(tables).toHaveLength(1);
    expect(output).toMatch(/appendices\.yaml:2:5 +cảnh báo +Phụ lục: bảng không vừa khổ giấy, kể cả ở cỡ chữ 10: cột "Chuyển-đổi-số-toàn-diện-cấp-tỉnh", .* table-fits/);
  });

  it('stops the build before anything is written with --fail-on warning', SLOW, async () => {
    const root = freshTempDir('plan-tables-');
    const dir = join(root, 'mini');
    mkdirSync(dir);
    for (const [kind, text] of Object.entries({ ...MINI_PLAN, appendices })) writeFileSync(join(dir, `${kind}.yaml`), text);
    const run = await runCli(['build', dir, '--out', join(root, 'out'), '--fail-on', 'warning']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('table-fits');
    expect(existsSync(join(root, 'out'))).toBe(false);
  });
});

describe('a table inside a body section (an outline block)', () => {
  it('prints its title and the table where the outline puts it, sized to the body width', SLOW, async () => {
    const plan = MINI_PLAN.plan.replace(/purposes:\n(?: {2}.*\n)+requirements:\n(?: {2}.*\n)+/, `outline:
  - heading: MỤC TIÊU
    content:
      - "Chỉ tiêu cụ thể như sau:"
      - title: Chỉ tiêu sản phẩm OCOP
        table:
          columns:
            - { field: stt, header: STT }
            - { field: huyen, header: Địa phương }
            - header: Số sản phẩm
              columns:
                - { field: n2024, header: Năm 2024, type: number, total: true }
                - { field: n2025, header: Năm 2025, type: number, total: true }
          rows:
            - { huyen: Huyện A, n2024: 3, n2025: 4 }
            - { huyen: Huyện B, n2024: 1250, n2025: 2 }
          total: Tổng cộng
      - Đoạn sau bảng.
`);
    const root = freshTempDir('plan-tables-');
    const dir = join(root, 'mini');
    mkdirSync(dir);
    for (const [kind, text] of Object.entries({ ...MINI_PLAN, plan })) writeFileSync(join(dir, `${kind}.yaml`), text);
    const run = await runCli(['build', dir, '--out', join(root, 'out'), '--md', '--quiet']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const doc = readDocx(join(root, 'out', 'mini.docx'));
    const body = sectionsOf(doc)[0]!;
    const table = body.find((b): b is Table => b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => cellText(c) === 'Huyện A')))!;
    expect(texts(table)).toEqual([
      ['STT', 'Địa phương', 'Số sản phẩm'],
      ['', '', 'Năm 2024', 'Năm 2025'],
      ['1', 'Huyện A', '3', '4'],
      ['2', 'Huyện B', '1.250', '2'],
      ['', 'Tổng cộng', '1.253', '6'],
    ]);
    // Portrait body width: A4 less the left and right margins (30 and 15 mm).
    expect(table.gridCols.reduce((a, b) => a + b, 0)).toBe(Math.round((210 * 1440) / 25.4) - Math.round((30 * 1440) / 25.4) - Math.round((15 * 1440) / 25.4));
    const markdown = readFileSync(join(dir, 'mini.md'), 'utf8');
    expect(markdown).toMatch(/Chỉ tiêu cụ thể như sau:\n\n\*\*Chỉ tiêu sản phẩm OCOP\*\*\n\n\| STT \| Địa phương \| Số sản phẩm \/ Năm 2024 \| Số sản phẩm \/ Năm 2025 \|/);
    expect(markdown.indexOf('Đoạn sau bảng.')).toBeGreaterThan(markdown.indexOf('Tổng cộng'));
  });
});

describe('the timeline shows progress when asked (progress: true)', () => {
  it('marks with ✓ the month each task was reported done in, beside the plan\'s own marks, and says so in the legend', SLOW, async () => {
    const root = freshTempDir('plan-tables-');
    const dir = join(root, 'mini');
    mkdirSync(join(dir, 'progress'), { recursive: true });
    const tasks = MINI_PLAN.tasks.replace('deadline: 2023-06', 'deadline: 2023-09');
    const appendices = `appendices:\n  - id: tien-do\n    kind: timeline\n    title: Tiến độ\n    progress: true\n`;
    for (const [kind, text] of Object.entries({ ...MINI_PLAN, tasks, appendices })) writeFileSync(join(dir, `${kind}.yaml`), text);
    writeFileSync(join(dir, 'progress', '2023-06.yaml'), 'entries:\n  - id: quy-dinh\n    state: da-hoan-thanh\n    done: 2023-06-20\n');
    const run = await runCli(['build', dir, '--out', join(root, 'out'), '--md', '--quiet']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const table = appendixTable(sectionsOf(readDocx(join(root, 'out', 'mini.docx')))[1]!);
    const row = texts(table)[3]!;
    expect(row.slice(2)).toEqual(['', '', '', '', '', '✓', '', '', '◆', '', '', '']);
    expect(readFileSync(join(dir, 'mini.md'), 'utf8')).toContain('dấu ✓ là tháng đã hoàn thành theo báo cáo tiến độ');
  });
});
