import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocx, type Block, type DocxView, type Paragraph, type Run, type Table } from '../support/docx-reader.js';
import { collapseWhitespace, firstSectionBlocks, freshTempDir, paragraphsOf } from '../build/build-helpers.js';
import { runCli } from './run-cli.js';

/** The Báo cáo against the same items of Nghị định 30 as every plan (test/build/nd30-every-plan.test.ts), with the sample's values. */
const visible = (p: Paragraph): Run[] => p.runs.filter((r) => r.text.trim() !== '');
const sizes = (p: Paragraph) => [...new Set(visible(p).map((r) => r.size))];
const allBold = (p: Paragraph) => visible(p).length > 0 && visible(p).every((r) => r.bold);
const noneBold = (p: Paragraph) => visible(p).every((r) => !r.bold);
const allItalic = (p: Paragraph) => visible(p).length > 0 && visible(p).every((r) => r.italic);
const text = (p: Paragraph) => collapseWhitespace(p.text);

describe('plan report: Nghị định 30 layout (the sample, --period 2023)', () => {
  let doc: DocxView;
  let blocks: Block[];
  let header: Table;
  let closing: Table;

  beforeAll(async () => {
    const out = freshTempDir();
    const run = await runCli(['report', 'plans/ke-hoach-2023', '--period', '2023', '--out', out]);
    if (run.code !== 0) throw new Error(run.stderr);
    doc = readDocx(readFileSync(join(out, 'ke-hoach-2023-bao-cao-2023.docx')));
    blocks = firstSectionBlocks(doc);
    const tables = blocks.filter((b): b is Table => b.kind === 'table');
    header = tables[0]!;
    closing = tables[tables.length - 1]!;
  });

  it('is A4 portrait within the margins of Phụ lục I, mục I.3', () => {
    const s = doc.sections[0]!;
    expect([s.pageWidth, s.pageHeight, s.orientation]).toEqual([11906, 16838, 'portrait']);
    expect([s.marginTop, s.marginBottom, s.marginLeft, s.marginRight].every((m) => m !== null && m >= 850 && m <= 1984)).toBe(true);
  });

  it('header: superior regular, issuer bold, capitals, 12 pt; Quốc hiệu and Tiêu ngữ bold; Số/ký hiệu BC 13 pt; place and date 13 pt italic', () => {
    expect(blocks[0]).toBe(header);
    const left = header.rows[0]!.cells[0]!.paragraphs.filter((p) => p.text.trim() !== '');
    expect(left.map(text)).toEqual(['UBND TỈNH BẮC GIANG', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ']);
    expect(noneBold(left[0]!) && allBold(left[1]!)).toBe(true);
    for (const p of left) expect(sizes(p)).toEqual([24]);
    const [national, motto] = header.rows[0]!.cells[1]!.paragraphs;
    expect([text(national!), text(motto!)]).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(allBold(national!) && allBold(motto!) && motto!.borderBottom).toBe(true);
    const [number, placeDate] = header.rows[1]!.cells.map((c) => c.paragraphs.find((p) => p.text.trim() !== '')!);
    expect(text(number!)).toBe('Số: /BC-KHCN');
    expect(noneBold(number!)).toBe(true);
    expect(sizes(number!)).toEqual([26]);
    expect(text(placeDate!)).toBe('Bắc Giang, ngày tháng 12 năm 2023');
    expect(allItalic(placeDate!)).toBe(true);
    expect(sizes(placeDate!)).toEqual([26]);
  });

  it('"BÁO CÁO" and the trích yếu: centred, bold, 14 pt', () => {
    const top = blocks.filter((b): b is Paragraph => b.kind === 'p');
    const type = top.findIndex((p) => p.text === 'BÁO CÁO');
    for (const p of [top[type]!, top[type + 1]!]) {
      expect(p.align).toBe('center');
      expect(allBold(p)).toBe(true);
      expect(sizes(p)).toEqual([28]);
    }
    expect(text(top[type + 1]!)).toMatch(/^Kết quả thực hiện Kế hoạch .* \(năm 2023\)$/);
  });

  it('body paragraphs: 14 pt, justified, first line indented, 6 pt or more apart, single to 1.5 lines; "I." headings bold', () => {
    const body = blocks.filter((b): b is Paragraph => b.kind === 'p' && b.text.trim() !== '' && b.align === 'both');
    expect(body.length).toBeGreaterThan(10);
    for (const p of body) {
      const where = text(p).slice(0, 50);
      expect(sizes(p), where).toEqual([28]);
      expect([567, 720], where).toContain(p.indentFirstLine);
      expect(p.spacingBefore ?? 0, where).toBeGreaterThanOrEqual(120);
      expect(p.spacingLine!, where).toBeGreaterThanOrEqual(240);
      expect(p.spacingLine!, where).toBeLessThanOrEqual(360);
      if (/^[IVX]+\. /.test(text(p))) expect(allBold(p), where).toBe(true);
    }
  });

  it('page numbers from page 2, and the signature and Nơi nhận as the plan\'s', () => {
    const s = doc.sections[0]!;
    expect(s.titlePage).toBe(true);
    const defaultRef = s.headerRefs.find((r) => r.type === 'default')!;
    expect(paragraphsOf(doc.headers[defaultRef.target!] ?? []).filter((p) => p.fields.some((f) => /^PAGE\b/.test(f)))).toHaveLength(1);
    const [left, right] = closing.rows[0]!.cells;
    const signer = right!.paragraphs.filter((p) => p.text.trim() !== '');
    expect(signer.map(text)).toEqual(['GIÁM ĐỐC', 'Nguyễn Thanh Bình']);
    for (const p of signer) expect(allBold(p) && sizes(p)[0] === 28).toBe(true);
    const [heading, ...items] = left!.paragraphs.filter((p) => p.text.trim() !== '');
    expect(text(heading!)).toBe('Nơi nhận:');
    expect(allBold(heading!) && allItalic(heading!) && sizes(heading!)[0] === 24).toBe(true);
    for (const p of items) expect(sizes(p)).toEqual([22]);
    expect(text(items[items.length - 1]!)).toBe('- Lưu: VT, VP.');
  });
});
