import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx, type Paragraph } from '../support/docx-reader.js';
import { REPO, runCli } from './run-cli.js';

const visible = (p: Paragraph) => p.runs.filter((r) => r.text.trim() !== '');

async function report(period: string) {
  const out = mkdtempSync(join(tmpdir(), 'plan-report-'));
  const result = await runCli(['report', 'plans/ke-hoach-2023', '--period', period, '--out', out]);
  return { ...result, file: join(out, `ke-hoach-2023-bao-cao-${period.toLowerCase()}.docx`) };
}

describe('plan report --period', () => {
  it('writes the Báo cáo of the first half-year: BC ký hiệu, title, the counts as of the cut-off 14/6/2023, each task in order', async () => {
    const { code, stdout, file } = await report('2023-H1');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Đã ghi .*ke-hoach-2023-bao-cao-2023-h1\.docx \(\d+ KB\)\n$/);
    const doc = readDocx(readFileSync(file));
    const paragraphs = doc.paragraphs();
    const texts = paragraphs.map((p) => p.text.replace(/\s+/g, ' ').trim());
    expect(texts).toContain('Số: /BC-KHCN');
    expect(texts).toContain('Bắc Giang, ngày tháng 6 năm 2023');
    const type = paragraphs.find((p) => p.text === 'BÁO CÁO')!;
    expect(visible(type).every((r) => r.bold && r.size === 28)).toBe(true); // half-points: 14 pt, bold (mục II.5)
    expect(texts).toContain('Kết quả thực hiện Kế hoạch thực hiện nhiệm vụ trọng tâm của Giám đốc Sở Khoa học và Công nghệ năm 2023 (6 tháng đầu năm 2023)');
    // Data from 15/12/2022 to 14/6/2023 (the default cut-off): June's entries; 2.1 is due on 30/6, 16 days on; 1.3 not begun.
    expect(texts).toContain('Số liệu báo cáo tính từ ngày 15/12/2022 đến ngày 14/6/2023.');
    expect(texts).toContain('Tổng số 06 nhiệm vụ: đang thực hiện trong hạn 05, chưa đến hạn 01.');
    const headings = texts.filter((t) => t.startsWith('Nhiệm vụ ')).map((t) => t.slice(0, 'Nhiệm vụ 1.1'.length));
    expect(headings).toEqual(['Nhiệm vụ 1.1', 'Nhiệm vụ 1.2', 'Nhiệm vụ 1.3', 'Nhiệm vụ 2.1', 'Nhiệm vụ 2.2', 'Nhiệm vụ 2.3']);
    expect(texts).toContain('Văn bản, sản phẩm: Công văn số 512/KHCN-TĐC ngày 12/6/2023 của Sở Khoa học và Công nghệ.');
    expect(texts.some((t) => t.startsWith('Khó khăn, vướng mắc: Còn chờ ý kiến thẩm định của Sở Tư pháp'))).toBe(true);
    // The plan's closing block, unchanged: Nơi nhận and the signer.
    expect(texts).toContain('Nơi nhận:');
    expect(texts).toContain('- Lưu: VT, VP.');
    expect(doc.text()).toContain('GIÁM ĐỐC');
    expect(Object.keys(doc.headers).length).toBeGreaterThan(0);
  });

  it('writes the year\'s report with December\'s entries standing, done days and late tasks told', async () => {
    const { code, file } = await report('2023');
    expect(code).toBe(0);
    const texts = readDocx(readFileSync(file)).paragraphs().map((p) => p.text.replace(/\s+/g, ' ').trim());
    // As of 14/12/2023: 1.1 and 1.3 are due on 31/12, 17 days on.
    expect(texts).toContain('Tổng số 06 nhiệm vụ: đã hoàn thành đúng hạn 01, đã hoàn thành quá hạn 02, đang thực hiện trong hạn 01, đang thực hiện quá hạn 01, chưa đến hạn 01.');
    expect(texts.some((t) => t.startsWith('Tình hình: đã hoàn thành quá hạn (hoàn thành ngày 05/12/2023). UBND tỉnh đã ban hành Quy định'))).toBe(true);
    expect(texts).toContain('Bắc Giang, ngày tháng 12 năm 2023');
    // The parts the year's file (progress/2023.yaml) writes, numbered on from I.
    const headings = texts.filter((t) => /^[IV]+\. /.test(t));
    expect(headings).toEqual(['I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ', 'II. ĐÁNH GIÁ CHUNG', 'III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN', 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI', 'V. KIẾN NGHỊ, ĐỀ XUẤT']);
    expect(texts[texts.indexOf('V. KIẾN NGHỊ, ĐỀ XUẤT') + 1]).toBe('Đề nghị UBND tỉnh cho ý kiến đối với dự thảo Kế hoạch tại phiên họp tháng 01/2024.');
    // The plan's signer and Nơi nhận: the year's file gives none of its own.
    expect(texts).toContain('- Lãnh đạo Sở;');
  });

  it('takes the signer and Nơi nhận from the period\'s file when it gives them; a period without words has only part I', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'plan-report-plan-')), 'ke-hoach-2023');
    cpSync(join(REPO, 'plans/ke-hoach-2023'), dir, { recursive: true });
    const year = readFileSync(join(dir, 'progress/2023.yaml'), 'utf8');
    writeFileSync(join(dir, 'progress/2023.yaml'), `${year}  signer:\n    authority: KT. Giám đốc\n    title: Phó Giám đốc\n    name: Trần Văn C\n  recipients:\n    - name: Sở Nội vụ\n    - name: Văn phòng UBND tỉnh\n      note: b/cáo\n`);
    const out = mkdtempSync(join(tmpdir(), 'plan-report-'));
    expect((await runCli(['report', dir, '--period', '2023', '--out', out])).code).toBe(0);
    const texts = readDocx(readFileSync(join(out, 'ke-hoach-2023-bao-cao-2023.docx'))).paragraphs().map((p) => p.text.replace(/\s+/g, ' ').trim());
    expect(texts).toContain('Trần Văn C');
    expect(texts).toContain('- Văn phòng UBND tỉnh (b/cáo);');
    expect(texts).not.toContain('- Lãnh đạo Sở;');
    expect(texts).toContain('- Lưu: VT, VP.');
    const { file } = await report('2023-06');
    const june = readDocx(readFileSync(file)).paragraphs().map((p) => p.text.trim());
    expect(june.filter((t) => /^[IV]+\. /.test(t))).toEqual(['I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ']);
  });

  it('gives the same bytes for the same input', async () => {
    const first = await report('2023-Q2');
    const second = await report('2023-Q2');
    expect(readFileSync(first.file).equals(readFileSync(second.file))).toBe(true);
  });

  it('--period latest writes each plan\'s newest period (the year, of 2023-12 and 2023 ending together) and passes over a plan with none', async () => {
    const out = mkdtempSync(join(tmpdir(), 'plan-report-'));
    const result = await runCli(['report', 'plans/ke-hoach-2023', 'plans/ubnd-can-tho-kh-160-2025', '--period', 'latest', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ubnd-can-tho-kh-160-2025: chưa có tệp tiến độ nào');
    expect(readdirSync(out)).toEqual(['ke-hoach-2023-bao-cao-2023.docx']);
  });

  it('says when --period is no period, and writes nothing', async () => {
    const out = mkdtempSync(join(tmpdir(), 'plan-report-'));
    const { code, stderr } = await runCli(['report', 'plans/ke-hoach-2023', '--period', '2023-13', '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toBe('Lỗi: --period "2023-13" không phải một kỳ báo cáo; ghi 2023-06 (tháng), 2023-Q2 (quý), 2023-H1 (6 tháng) hoặc 2023 (năm)\n');
  });

  it('ends with a landscape appendix, its pages numbered from 1: every task with lead, deadline, state and result', async () => {
    const { file } = await report('2023');
    const doc = readDocx(readFileSync(file));
    expect(doc.sections.map((s) => [s.orientation, s.titlePage, s.pageNumberStart])).toEqual([
      ['portrait', true, null],
      ['landscape', true, 1],
    ]);
    const texts = doc.paragraphs().map((p) => p.text.replace(/\s+/g, ' ').trim());
    expect(texts).toContain('TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ NĂM 2023');
    expect(texts).toContain('(Kèm theo Báo cáo số /BC-KHCN ngày tháng 12 năm 2023 của Sở Khoa học và Công nghệ)');
    const table = doc.tables().find((t) => t.rows[0]!.cells[0]!.text === 'STT')!;
    expect(table.rows[0]!.isHeader).toBe(true);
    expect(table.rows.every((r) => r.cantSplit)).toBe(true);
    expect(table.rows[0]!.cells.map((c) => c.text)).toEqual(['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Tình hình', 'Kết quả thực hiện']);
    const rows = table.rows.slice(1).map((r) => r.cells.map((c) => c.text));
    expect(rows.map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ['1.1', 'Trung tâm Ứng dụng KH&CN', 'Tháng 12/2023', 'Đang thực hiện trong hạn'],
      ['1.2', 'Phòng Quản lý Khoa học', 'Tháng 12/2023', 'Đã hoàn thành đúng hạn'],
      ['1.3', 'Phòng Quản lý Khoa học', 'Tháng 12/2023', 'Chưa đến hạn'],
      ['2.1', 'Chi cục Tiêu chuẩn Đo lường Chất lượng', 'Tháng 6/2023', 'Đã hoàn thành quá hạn'],
      ['2.2', 'Trung tâm Ứng dụng KH&CN', 'Tháng 7/2023', 'Đã hoàn thành quá hạn'],
      ['2.3', 'Phòng Quản lý Công nghệ và TTCN', 'Tháng 8/2023', 'Đang thực hiện quá hạn'],
    ]);
    expect(rows[3]![5]).toBe('UBND tỉnh đã ban hành Quy định quản lý về tiêu chuẩn đo lường chất lượng sản phẩm, hàng hóa.');
  });

  it('--md also writes the review text: the same title, counts, parts and table as the .docx', async () => {
    const out = mkdtempSync(join(tmpdir(), 'plan-report-'));
    const { code } = await runCli(['report', 'plans/ke-hoach-2023', '--period', '2023', '--md', '--out', out]);
    expect(code).toBe(0);
    const review = readFileSync(join(out, 'ke-hoach-2023-bao-cao-2023.md'), 'utf8');
    const docx = readDocx(readFileSync(join(out, 'ke-hoach-2023-bao-cao-2023.docx'))).paragraphs().map((p) => p.text.replace(/\s+/g, ' ').trim());
    const counts = docx.find((t) => t.startsWith('Tổng số '))!;
    expect(review).toContain(`\n${counts}\n`);
    expect(review).toContain('# BÁO CÁO\n');
    expect(review.match(/^## [IV]+\. .*$/gm)).toEqual(['## I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ', '## II. ĐÁNH GIÁ CHUNG', '## III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN', '## IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI', '## V. KIẾN NGHỊ, ĐỀ XUẤT']);
    expect(review).toMatch(/^\| 2\.3 \| Kế hoạch triển khai .* \| Phòng Quản lý Công nghệ và TTCN \| Tháng 8\/2023 \| Đang thực hiện quá hạn \| Đã gửi dự thảo .* \|$/m);
    expect(review.match(/^### Nhiệm vụ \d\.\d/gm)).toHaveLength(6);
  });

  it('closes its data on the day plan.yaml sets: 31 counts to the period\'s last day', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'plan-report-plan-')), 'ke-hoach-2023');
    cpSync(join(REPO, 'plans/ke-hoach-2023'), dir, { recursive: true });
    writeFileSync(join(dir, 'plan.yaml'), `${readFileSync(join(dir, 'plan.yaml'), 'utf8')}progress:\n  cutOffDay: 31\n`);
    const out = mkdtempSync(join(tmpdir(), 'plan-report-'));
    expect((await runCli(['report', dir, '--period', '2023', '--out', out])).code).toBe(0);
    const texts = readDocx(readFileSync(join(out, 'ke-hoach-2023-bao-cao-2023.docx'))).paragraphs().map((p) => p.text.replace(/\s+/g, ' ').trim());
    expect(texts).toContain('Số liệu báo cáo tính từ ngày 01/01/2023 đến ngày 31/12/2023.');
    // As of 31/12: 1.1 and 1.3 are due that day.
    expect(texts).toContain('Tổng số 06 nhiệm vụ: đã hoàn thành đúng hạn 01, đã hoàn thành quá hạn 02, sắp đến hạn 02, đang thực hiện quá hạn 01.');
  });
});
