import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx, type Paragraph } from '../support/docx-reader.js';
import MarkdownIt from 'markdown-it';
import { MINI_PLAN, taskWithSteps, type MiniFiles } from '../support/mini-plan.js';
import { collapseWhitespace, freshTempDir, paragraphsOf, runCli } from './build-helpers.js';

/** Builds the mini plan with some files replaced; returns every paragraph (table cells included) and the review. */
async function build(files: MiniFiles & { appendices?: string }): Promise<{ paragraphs: Paragraph[]; texts: string[]; markdown: string }> {
  const root = freshTempDir('plan-outline-');
  const dir = join(root, 'mini');
  mkdirSync(dir);
  for (const [kind, text] of Object.entries({ ...MINI_PLAN, ...files })) writeFileSync(join(dir, `${kind}.yaml`), text);
  const run = await runCli(['build', dir, '--out', join(root, 'out'), '--md', '--quiet']);
  if (run.code !== 0) throw new Error(`plan build exited ${run.code}\n${run.stdout}\n${run.stderr}`);
  const paragraphs = paragraphsOf(readDocx(join(root, 'out', 'mini.docx')).body);
  return { paragraphs, texts: paragraphs.map((p) => collapseWhitespace(p.text)).filter((t) => t !== ''), markdown: readFileSync(join(dir, 'mini.md'), 'utf8') };
}

/** plan.yaml of the mini plan with `outline` (and other lines) in place of purposes and requirements. */
function withOutline(outline: string, extra = ''): string {
  return MINI_PLAN.plan.replace(/purposes:\n(?: {2}.*\n)+requirements:\n(?: {2}.*\n)+/, `${extra}outline:\n${outline}`);
}

/** tasks.yaml up to a group's tasks: the task lines follow, indented 6. */
const GROUP = 'groups:\n  - id: giao\n    title: Nhiệm vụ được giao\n    tasks:\n';

const isBold = (p: Paragraph) => p.runs.filter((r) => r.text.trim() !== '').every((r) => r.bold);

describe('the outline is the plan data', () => {
  it('prints the sections a real plan has, numbered from their depth, with free text and numbered items', async () => {
    const plan = withOutline(`  - heading: CĂN CỨ XÂY DỰNG KẾ HOẠCH
    content:
      - numbered:
          - Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
          - Quyết định số 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính phủ.
  - heading: MỤC TIÊU
    content:
      - Đoạn văn trước các mục nhỏ.
      - heading: Mục tiêu chung
        content: [Phát triển bền vững.]
      - heading: Mục tiêu cụ thể
        content:
          - points: [Có 10 sản phẩm., Có 5 chủ thể.]
      - Đoạn văn giữa hai mục.
  - heading: NHIỆM VỤ VÀ GIẢI PHÁP
    content:
      - tasks: all
        layout: numbered
  - heading: KINH PHÍ THỰC HIỆN
    content:
      - items: [Ngân sách tỉnh., Nguồn xã hội hóa.]
  - heading: TỔ CHỨC THỰC HIỆN
    content:
      - implementation: true
`);
    const { texts, paragraphs } = await build({ plan });
    const start = texts.indexOf('I. CĂN CỨ XÂY DỰNG KẾ HOẠCH');
    expect(texts.slice(start, texts.indexOf('Trên đây là Kế hoạch./.'))).toEqual([
      'I. CĂN CỨ XÂY DỰNG KẾ HOẠCH',
      '1. Luật Tổ chức chính quyền địa phương ngày 19/6/2015;',
      '2. Quyết định số 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính phủ.',
      'II. MỤC TIÊU',
      'Đoạn văn trước các mục nhỏ.',
      '1. Mục tiêu chung',
      'Phát triển bền vững.',
      '2. Mục tiêu cụ thể',
      'a) Có 10 sản phẩm.',
      'b) Có 5 chủ thể.',
      'Đoạn văn giữa hai mục.',
      'III. NHIỆM VỤ VÀ GIẢI PHÁP',
      '1. Nhiệm vụ được giao',
      '1.1. Tham mưu ban hành Quy định.',
      'IV. KINH PHÍ THỰC HIỆN',
      '- Ngân sách tỉnh.',
      '- Nguồn xã hội hóa.',
      'V. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng Sở',
      'Theo dõi, đôn đốc.',
      '2. Chi cục Tiêu chuẩn Đo lường Chất lượng',
      'Chủ trì thực hiện nhiệm vụ: Tham mưu ban hành Quy định.',
    ]);
    const byText = (t: string) => paragraphs.find((p) => collapseWhitespace(p.text) === t)!;
    // Headings I. and 1. are bold (Nghị định 30, Phụ lục I, mục V); numbered items and points are body text.
    for (const t of ['I. CĂN CỨ XÂY DỰNG KẾ HOẠCH', '1. Mục tiêu chung', '1. Nhiệm vụ được giao']) expect(isBold(byText(t)), t).toBe(true);
    for (const t of ['1. Luật Tổ chức chính quyền địa phương ngày 19/6/2015;', 'a) Có 10 sản phẩm.', '1.1. Tham mưu ban hành Quy định.']) expect(isBold(byText(t)), t).toBe(false);
  });

  it('leaves out a section the plan leaves out: no empty "1. Mục đích" without purposes', async () => {
    const plan = MINI_PLAN.plan.replace(/purposes:\n(?: {2}.*\n)+requirements:\n(?: {2}.*\n)+/, '');
    const { texts } = await build({ plan });
    expect(texts.filter((t) => /^[IV]+\. /.test(t))).toEqual(['I. NỘI DUNG VÀ GIẢI PHÁP THỰC HIỆN', 'II. TỔ CHỨC THỰC HIỆN']);
    expect(texts).not.toContain('1. Mục đích');
  });

  it('lays tasks out as the plan chooses: detailed, numbered, points or dashes, with the lead and time when asked', async () => {
    const tasks = `${GROUP}      - id: a
        content: Việc A.
        lead: chi-cuc-tdc
        deadline: Quý II/2023
        solutions: [Giải pháp của việc A.]
`;
    const layouts: [string, string[]][] = [
      ['detailed', ['1.1. Nhiệm vụ 1: Việc A.', 'a) Giải pháp thực hiện:', 'Giải pháp của việc A.', 'b) Thời gian hoàn thành: Quý II/2023.']],
      ['numbered\n        details: true', ['1.1. Việc A.', 'Giải pháp của việc A.', '- Đơn vị chủ trì: Chi cục Tiêu chuẩn Đo lường Chất lượng.', '- Thời gian hoàn thành: Quý II/2023.']],
      ['points', ['a) Việc A.', 'Giải pháp của việc A.']],
      ['dashes', ['- Việc A.', 'Giải pháp của việc A.']],
    ];
    for (const [layout, expected] of layouts) {
      const plan = withOutline(`  - heading: NHIỆM VỤ\n    content:\n      - tasks: all\n        layout: ${layout}\n`);
      const { texts } = await build({ plan, tasks });
      const at = texts.indexOf('1. Nhiệm vụ được giao');
      expect(texts.slice(at + 1, at + 1 + expected.length), layout).toEqual(expected);
    }
  });

  it('gives each unit its own paragraphs of responsibilities, without "Chủ trì thực hiện" when the plan says so', async () => {
    const units = `units:
  - id: van-phong
    name: Văn phòng Sở
    abbreviation: VP
    role:
      - Chủ trì theo dõi, đôn đốc.
      - items: [Tổng hợp báo cáo định kỳ., Tham mưu sơ kết.]
  - id: chi-cuc-tdc
    name: Chi cục Tiêu chuẩn Đo lường Chất lượng
    role: Thực hiện nhiệm vụ được giao.
  - id: ubnd-huyen
    name: UBND các huyện, thành phố
    external: true
    role: Phối hợp triển khai trên địa bàn.
`;
    const plan = withOutline(`  - heading: TỔ CHỨC THỰC HIỆN\n    content:\n      - implementation: { tasks: false }\n`);
    const { texts } = await build({ plan, units, tasks: MINI_PLAN.tasks.replace('        lead: chi-cuc-tdc\n', '        lead: chi-cuc-tdc\n        cooperating: [ubnd-huyen]\n') });
    const at = texts.indexOf('I. TỔ CHỨC THỰC HIỆN');
    expect(texts.slice(at, texts.indexOf('Trên đây là Kế hoạch./.'))).toEqual([
      'I. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng Sở',
      'Chủ trì theo dõi, đôn đốc.',
      '- Tổng hợp báo cáo định kỳ.',
      '- Tham mưu sơ kết.',
      '2. Chi cục Tiêu chuẩn Đo lường Chất lượng',
      'Thực hiện nhiệm vụ được giao.',
      '3. UBND các huyện, thành phố',
      'Phối hợp triển khai trên địa bàn.',
    ]);
  });

  it('prints a reference as the current number of what it names, and follows it when sections move', async () => {
    const outline = (first: string, second: string) => `${first}${second}  - heading: KINH PHÍ
    content: ["Theo mục [#to-chuc], nhiệm vụ [#quy-dinh], nhóm [#giao] và [#danh-muc]."]
`;
    const org = `  - heading: TỔ CHỨC THỰC HIỆN\n    id: to-chuc\n    content: [{ implementation: true }]\n`;
    const tasks = `  - heading: NHIỆM VỤ\n    content: [{ tasks: all }]\n`;
    const appendices = `appendices:\n  - id: danh-muc\n    kind: tasks\n    title: Danh mục nhiệm vụ\n`;
    const recipients = MINI_PLAN.plan.replace('  - name: Lãnh đạo Sở', '  - name: Như mục [#to-chuc]');
    const planOf = (o: string) => withOutline(o).replace('  - name: Lãnh đạo Sở', recipients.includes('[#') ? '  - name: Như mục [#to-chuc]' : '');
    const first = await build({ plan: planOf(outline(org, tasks)), appendices });
    expect(first.texts).toContain('Theo mục I, nhiệm vụ 1.1, nhóm 1 và Phụ lục.');
    expect(first.texts).toContain('- Như mục I;');
    const moved = await build({ plan: planOf(outline(tasks, org)), appendices });
    expect(moved.texts).toContain('Theo mục II, nhiệm vụ 1.1, nhóm 1 và Phụ lục.');
    expect(moved.texts).toContain('- Như mục II;');
    expect(moved.markdown).toContain('Theo mục II, nhiệm vụ 1.1, nhóm 1 và Phụ lục.');
  });
});

describe('issuer and signer lines', () => {
  it('prints a UBND without a superior as two bold lines, and names it in the appendix as written', async () => {
    const plan = MINI_PLAN.plan
      .replace('  superior: UBND tỉnh Bắc Giang\n  name: Sở Khoa học và Công nghệ\n  abbreviation: KHCN', '  name: [Ủy ban nhân dân, tỉnh Lai Châu]\n  abbreviation: UBND')
      .replace('  title: Giám đốc', '  authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]\n  title: Phó Chủ tịch');
    const appendices = `appendices:\n  - id: danh-muc\n    kind: tasks\n    title: Danh mục nhiệm vụ\n`;
    const { paragraphs, texts } = await build({ plan, appendices });
    const issuer = paragraphs.filter((p) => ['ỦY BAN NHÂN DÂN', 'TỈNH LAI CHÂU'].includes(collapseWhitespace(p.text)));
    expect(issuer.map((p) => collapseWhitespace(p.text))).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH LAI CHÂU']);
    for (const p of issuer) expect(isBold(p)).toBe(true);
    expect(texts.find((t) => t.startsWith('(Kèm theo'))).toMatch(/ của Ủy ban nhân dân tỉnh Lai Châu\)$/);
    const signer = texts.indexOf('TM. ỦY BAN NHÂN DÂN');
    expect(texts.slice(signer, signer + 4)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn A']);
  });

  it('keeps a Sở under its superior: the superior not bold, the Sở bold', async () => {
    const { paragraphs } = await build({});
    const superior = paragraphs.find((p) => collapseWhitespace(p.text) === 'UBND TỈNH BẮC GIANG')!;
    const issuer = paragraphs.find((p) => collapseWhitespace(p.text) === 'SỞ KHOA HỌC VÀ CÔNG NGHỆ')!;
    expect(superior.runs.some((r) => r.bold)).toBe(false);
    expect(isBold(issuer)).toBe(true);
  });
});

describe('times and leads of real plans', () => {
  it('prints the times offices write, and lists a task with two leads under each', async () => {
    const tasks = `${GROUP}      - id: a
        content: Việc A.
        lead: [van-phong, chi-cuc-tdc]
        deadline: Thường xuyên
      - id: b
        content: Việc B.
        lead: van-phong
        deadline: 2023-Q3
      - id: c
        content: Việc C.
        lead: van-phong
        deadline: Trước ngày 15/6/2023
`;
    const plan = `${MINI_PLAN.plan}rules:\n  lead-single:\n    severity: off\n    reason: Việc A do hai đơn vị cùng chủ trì.\n`;
    const appendices = `appendices:\n  - id: danh-muc\n    kind: tasks\n    title: Danh mục\n`;
    const { texts } = await build({ plan, tasks, appendices });
    expect(texts).toContain('a) Thời gian hoàn thành: Thường xuyên.');
    expect(texts).toContain('a) Thời gian hoàn thành: Quý III/2023.');
    expect(texts).toContain('a) Thời gian hoàn thành: Trước ngày 15/6/2023.');
    expect(texts).toContain('Văn phòng Sở; Chi cục Tiêu chuẩn Đo lường Chất lượng');
    expect(texts).toContain('Chủ trì thực hiện 03 nhiệm vụ:');
    expect(texts).toContain('Chủ trì thực hiện nhiệm vụ: Việc A.');
  });
});

describe('defects found on real plans', () => {
  it('builds a task without a deadline when the plan turns task-deadline-required off (it crashed)', async () => {
    const plan = `${MINI_PLAN.plan}rules:\n  task-deadline-required:\n    severity: off\n    reason: Nhiệm vụ thường xuyên, không đặt thời hạn.\n`;
    const tasks = MINI_PLAN.tasks.replace('        deadline: 2023-06\n', '');
    const { texts } = await build({ plan, tasks });
    expect(texts).toContain('1.1. Nhiệm vụ 1: Tham mưu ban hành Quy định.');
    expect(texts.some((t) => t.includes('Thời gian hoàn thành'))).toBe(false);
  });

  it('keeps the start day of a step that starts and ends in one month (it printed only the end)', async () => {
    const tasks = `${GROUP}      - id: a
        content: Việc A.
        lead: chi-cuc-tdc
        start: 2023-10
        deadline: 2023-10-31
        solutions:
          - steps: true
            items:
              - text: Bước một.
                start: 2023-10-01
                deadline: 2023-10-10
`;
    const appendices = `appendices:\n  - id: chi-tiet\n    kind: steps\n    title: Kế hoạch chi tiết\n`;
    const { texts } = await build({ tasks, appendices });
    expect(texts).toContain('01/10/2023 - 10/10/2023');
    expect(texts).not.toContain('Ngày 10/10/2023');
  });
});

describe('what the real plans needed besides the outline', () => {
  it('prints a trích yếu on the lines the plan breaks it into, an unnumbered heading, and a heading bold or not as the plan says', async () => {
    const plan = withOutline(`  - heading: Phần mở đầu
    number: false
    content: [Đoạn không số.]
  - heading: MỤC TIÊU
    content:
      - heading: Mục tiêu chung
        bold: false
        content: [Phát triển.]
`).replace('title: Thực hiện nhiệm vụ năm 2023', 'title:\n  - Thực hiện nhiệm vụ\n  - năm 2023');
    const { texts, paragraphs } = await build({ plan });
    const type = texts.indexOf('KẾ HOẠCH');
    expect(texts.slice(type + 1, type + 3)).toEqual(['Thực hiện nhiệm vụ', 'năm 2023']);
    expect(texts).toContain('Phần mở đầu');
    expect(texts).toContain('I. MỤC TIÊU');
    expect(isBold(paragraphs.find((p) => collapseWhitespace(p.text) === '1. Mục tiêu chung')!)).toBe(false);
    expect(isBold(paragraphs.find((p) => collapseWhitespace(p.text) === 'Phần mở đầu')!)).toBe(true);
  });

  it('prints an appendix with its own column headers and fields, groups numbered I with rows 1, 2 again, a continued row, times in words, and its own caption', async () => {
    const tasks = `groups:
  - id: the-che
    title: Cải cách thể chế
    tasks:
      - id: a
        content: Rà soát văn bản.
        lead: [van-phong, chi-cuc-tdc]
        deadline: { words: Theo hướng dẫn của Trung ương }
        fields: { theo-doi: Sở Tư pháp }
      - id: a2
        continues: true
        content: Rà soát văn bản.
        lead: van-phong
        deadline: Hằng năm
      - id: b
        content: Công bố danh mục.
        lead: van-phong
        deadline: { words: Trong quý I năm 2023, by: 2023-Q1 }
  - id: thu-tuc
    title: Cải cách thủ tục hành chính
    tasks:
      - id: c
        content: Kiểm soát thủ tục.
        lead: van-phong
        deadline: 2023
`;
    const appendices = `appendices:
  - id: phan-cong
    kind: tasks
    title: Phân công nhiệm vụ
    numbering: groups
    label: PHỤ LỤC
    attachment: (Ban hành kèm theo Kế hoạch số /KH-UBND)
    columns:
      - stt
      - task
      - { field: deadline, header: Thời gian hoàn thành }
      - { field: lead, header: Chủ trì thực hiện }
      - { field: theo-doi, header: "Theo dõi, kiểm tra, đôn đốc" }
`;
    const plan = `${MINI_PLAN.plan}rules:\n  lead-single:\n    severity: off\n    reason: Một nhiệm vụ do hai đơn vị cùng chủ trì.\n`;
    const { texts, markdown } = await build({ plan, tasks, appendices });
    const at = texts.indexOf('PHỤ LỤC');
    expect(texts.slice(at, at + 3)).toEqual(['PHỤ LỤC', 'PHÂN CÔNG NHIỆM VỤ', '(Ban hành kèm theo Kế hoạch số /KH-UBND)']);
    const table = texts.slice(texts.indexOf('STT'));
    expect(table).toEqual([
      'STT', 'Nhiệm vụ', 'Thời gian hoàn thành', 'Chủ trì thực hiện', 'Theo dõi, kiểm tra, đôn đốc',
      'I', 'Cải cách thể chế',
      '1', 'Rà soát văn bản.', 'Theo hướng dẫn của Trung ương', 'Văn phòng Sở; Chi cục Tiêu chuẩn Đo lường Chất lượng', 'Sở Tư pháp',
      'Hằng năm', 'Văn phòng Sở',
      '2', 'Công bố danh mục.', 'Trong quý I năm 2023', 'Văn phòng Sở',
      'II', 'Cải cách thủ tục hành chính',
      '1', 'Kiểm soát thủ tục.', 'Năm 2023', 'Văn phòng Sở',
    ]);
    expect(markdown).toContain('| **I** | **Cải cách thể chế** |  |  |  |');
    expect(markdown).toContain('|  |  | Hằng năm | Văn phòng Sở |  |');
  });
});

describe('the timeline places the times offices write', () => {
  it('fills a recurring time in every month it falls due, and "Thường xuyên" in every month without a deadline mark', async () => {
    const tasks = `${GROUP}      - id: quy
        content: Báo cáo quý.
        lead: van-phong
        deadline: Hằng quý
      - id: luon
        content: Theo dõi.
        lead: van-phong
        deadline: Thường xuyên
      - id: q2
        content: Sơ kết.
        lead: van-phong
        deadline: Quý II/2023
`;
    const appendices = `appendices:\n  - id: tien-do\n    kind: timeline\n    title: Tiến độ\n`;
    const { markdown } = await build({ tasks, appendices });
    // Task rows of a timeline print bold, as in the .docx.
    const row = (label: string) => markdown.split('\n').find((l) => l.startsWith(`| **${label}** |`))!.split(' | ').slice(2).map((c) => c.replace(/ \|$/, '').trim());
    expect(row('1.1')).toEqual(['░', '░', '◆', '░', '░', '◆', '░', '░', '◆', '░', '░', '◆']);
    expect(row('1.2')).toEqual(Array(12).fill('░'));
    expect(row('1.3')).toEqual(['░', '░', '░', '░', '░', '◆', '', '', '', '', '', '']);
  });
});

describe('found in review', () => {
  it('prints nothing for implementation: false', async () => {
    const plan = withOutline(`  - heading: TỔ CHỨC THỰC HIỆN\n    content:\n      - Các đơn vị thực hiện.\n      - implementation: false\n`);
    const { texts } = await build({ plan });
    const at = texts.indexOf('I. TỔ CHỨC THỰC HIỆN');
    expect(texts.slice(at, texts.indexOf('Trên đây là Kế hoạch./.'))).toEqual(['I. TỔ CHỨC THỰC HIỆN', 'Các đơn vị thực hiện.']);
  });

  it('prints a continuing task with the task above: not as a task of its own in the body, no number skipped in the table', async () => {
    const tasks = `${GROUP}      - { id: a, content: Việc A., lead: van-phong, deadline: 2023-06 }
      - { id: a2, continues: true, content: Việc A., lead: chi-cuc-tdc, deadline: 2023-09 }
      - { id: b, content: Việc B., lead: van-phong, deadline: 2023-12 }
`;
    const appendices = `appendices:\n  - id: danh-muc\n    kind: tasks\n    title: Danh mục\n    columns: [stt, task, deadline]\n`;
    const { texts } = await build({ tasks, appendices });
    expect(texts.filter((t) => /^1\.\d\. Nhiệm vụ/.test(t))).toEqual(['1.1. Nhiệm vụ 1: Việc A.', '1.2. Nhiệm vụ 2: Việc B.']);
    const table = texts.slice(texts.lastIndexOf('STT'));
    expect(table).toEqual(['STT', 'Nhiệm vụ', 'Thời gian hoàn thành', 'I. Nhiệm vụ được giao', '1.1', 'Việc A.', 'Tháng 6/2023', 'Tháng 9/2023', '1.2', 'Việc B.', 'Tháng 12/2023']);
  });

  it('prints a time written in words from the step\'s own start in "Thời gian thực hiện", as the short form does', async () => {
    const tasks = taskWithSteps('        deadline: 2023-12\n', '              - text: Bước một.\n                start: 2023-03\n                deadline: Tháng 6/2023\n              - text: Bước hai.\n                start: 2023-03\n                deadline: 2023-06\n');
    const appendices = `appendices:\n  - id: chi-tiet\n    kind: steps\n    title: Kế hoạch chi tiết\n`;
    const { texts } = await build({ tasks, appendices });
    expect(texts.filter((t) => t === 'Tháng 3 - 6/2023')).toHaveLength(2);
  });

  it('escapes a list item of the review that starts like Markdown ("1.", "-", "#", ">")', async () => {
    const tasks = `${taskWithSteps('        deadline: 2023-06\n')}        solutions:\n          - items: ["1. mục số", "- mục gạch", "# mục thăng", "> trích"]\n`;
    const { markdown } = await build({ tasks });
    const html = new MarkdownIt('commonmark').render(markdown);
    for (const item of ['1. mục số', '- mục gạch', '# mục thăng', '&gt; trích']) expect(html).toContain(`<li>${item}</li>`);
  });
});
