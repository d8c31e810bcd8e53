import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx, type Block, type DocxView, type Paragraph, type Run, type Table } from '../support/docx-reader.js';
import { REPO_ROOT, collapseWhitespace, firstSectionBlocks, freshTempDir, paragraphsOf, runCli } from './build-helpers.js';

/**
 * The layout items of Nghị định 30/2020/NĐ-CP every plan in plans/ must meet, whatever its issuer
 * and outline (the sample's own layout test checks more, with its values): header lines and
 * weights, Số/ký hiệu, place and date, title, body paragraphs, headings, page numbers from page 2,
 * signature and Nơi nhận.
 */
const PLANS = readdirSync(join(REPO_ROOT, 'plans'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

const visible = (p: Paragraph): Run[] => p.runs.filter((r) => r.text.trim() !== '');
const sizes = (p: Paragraph) => [...new Set(visible(p).map((r) => r.size))];
const allBold = (p: Paragraph) => visible(p).length > 0 && visible(p).every((r) => r.bold);
const noneBold = (p: Paragraph) => visible(p).every((r) => !r.bold);
const allItalic = (p: Paragraph) => visible(p).length > 0 && visible(p).every((r) => r.italic);
const text = (p: Paragraph) => collapseWhitespace(p.text);
const lines = (raw: unknown): string[] => (raw === undefined ? [] : (Array.isArray(raw) ? raw : String(raw).split('\n')).map((l) => String(l).trim()).filter((l) => l !== ''));
const upper = (s: string) => s.toLocaleUpperCase('vi-VN');

interface RawPlan {
  issuer: { superior?: unknown; name: unknown; abbreviation: string };
  title: unknown;
  signer?: { authority?: unknown; title?: unknown; name?: string };
  recipients: { name: string }[];
}

for (const name of PLANS) {
  describe(`${name}: Nghị định 30 layout`, () => {
    const raw = parse(readFileSync(join(REPO_ROOT, 'plans', name, 'plan.yaml'), 'utf8')) as RawPlan;
    let outDir: string;
    let doc: DocxView;
    let blocks: Block[];
    let header: Table;
    let closing: Table;

    beforeAll(async () => {
      outDir = freshTempDir();
      const run = await runCli(['build', join(REPO_ROOT, 'plans', name), '--out', outDir, '--quiet']);
      if (run.code !== 0) throw new Error(`plan build exited ${run.code}\n${run.stdout}\n${run.stderr}`);
      doc = readDocx(join(outDir, `${name}.docx`));
      blocks = firstSectionBlocks(doc);
      const tables = blocks.filter((b): b is Table => b.kind === 'table');
      header = tables[0]!;
      closing = tables[tables.length - 1]!;
    });

    afterAll(() => rmSync(outDir, { recursive: true, force: true }));

    it('is A4 portrait within the margins of Phụ lục I, mục I.3', () => {
      const s = doc.sections[0]!;
      expect([s.pageWidth, s.pageHeight]).toEqual([11906, 16838]);
      expect(s.marginTop!).toBeGreaterThanOrEqual(1134 - 1);
      expect(s.marginTop!).toBeLessThanOrEqual(1417 + 1);
      expect(s.marginLeft!).toBeGreaterThanOrEqual(1701 - 1);
      expect(s.marginLeft!).toBeLessThanOrEqual(1984 + 1);
      expect(s.marginRight!).toBeGreaterThanOrEqual(850 - 1);
      expect(s.marginRight!).toBeLessThanOrEqual(1134 + 1);
    });

    it('header: superior lines regular, issuer lines bold, in capitals, as plan.yaml gives them; Quốc hiệu and Tiêu ngữ bold', () => {
      expect(blocks[0]).toBe(header);
      const left = header.rows[0]!.cells[0]!.paragraphs.filter((p) => p.text.trim() !== '');
      const superior = lines(raw.issuer.superior).map(upper);
      const issuer = lines(raw.issuer.name).map(upper);
      expect(left.map(text)).toEqual([...superior, ...issuer]);
      left.slice(0, superior.length).forEach((p) => expect(noneBold(p), text(p)).toBe(true));
      left.slice(superior.length).forEach((p) => expect(allBold(p), text(p)).toBe(true));
      for (const p of left) expect(sizes(p)).toEqual([24]);
      const line = header.rows[0]!.cells[0]!.paragraphs.find((p) => p.borderBottom);
      expect(line, 'the short line under the issuer').toBeDefined();
      const [national, motto] = header.rows[0]!.cells[1]!.paragraphs;
      expect(text(national!)).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(allBold(national!)).toBe(true);
      expect(text(motto!)).toBe('Độc lập - Tự do - Hạnh phúc');
      expect(allBold(motto!)).toBe(true);
      expect(motto!.borderBottom).toBe(true);
    });

    it('Số/ký hiệu (13 pt, regular) and the place and date (13 pt italic) share a row', () => {
      const [number, placeDate] = header.rows[1]!.cells.map((c) => c.paragraphs.find((p) => p.text.trim() !== '')!);
      expect(text(number!)).toMatch(new RegExp(`^Số: (\\d+)?/KH-${raw.issuer.abbreviation}$`));
      expect(noneBold(number!)).toBe(true);
      expect(sizes(number!)).toEqual([26]);
      expect(text(placeDate!)).toMatch(/^.+, ngày (\d{2} )?tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$/);
      expect(allItalic(placeDate!)).toBe(true);
      expect(sizes(placeDate!)).toEqual([26]);
    });

    it('"KẾ HOẠCH" and the trích yếu lines are centred, bold, 14 pt', () => {
      const top = blocks.filter((b): b is Paragraph => b.kind === 'p');
      const type = top.findIndex((p) => p.text === 'KẾ HOẠCH');
      expect(type).toBeGreaterThanOrEqual(0);
      const title = lines(raw.title);
      const printed = top.slice(type + 1, type + 1 + title.length);
      expect(printed.map(text)).toEqual(title);
      for (const p of [top[type]!, ...printed]) {
        expect(p.align).toBe('center');
        expect(allBold(p)).toBe(true);
        expect(sizes(p)).toEqual([28]);
      }
    });

    it('body paragraphs: 13-14 pt, justified, first line indented 1-1.27 cm, 6 pt or more apart, single to 1.5 lines; numbered headings "I." bold', () => {
      const top = blocks.filter((b): b is Paragraph => b.kind === 'p' && b.text.trim() !== '' && b.align === 'both');
      expect(top.length).toBeGreaterThan(5);
      for (const p of top) {
        const where = text(p).slice(0, 50);
        expect([26, 28], where).toContain(sizes(p)[0]);
        expect([567, 720], where).toContain(p.indentFirstLine);
        expect(p.spacingBefore ?? 0, where).toBeGreaterThanOrEqual(120);
        expect(p.spacingLine!, where).toBeGreaterThanOrEqual(240);
        expect(p.spacingLine!, where).toBeLessThanOrEqual(360);
        if (/^[IVX]+\. /.test(text(p))) expect(allBold(p), where).toBe(true);
        expect(p.numbering, where).toBeFalsy();
      }
    });

    it('page numbers from page 2: an empty first-page header and a PAGE field on the others', () => {
      const s = doc.sections[0]!;
      expect(s.titlePage).toBe(true);
      const defaultRef = s.headerRefs.find((r) => r.type === 'default')!;
      const firstRef = s.headerRefs.find((r) => r.type === 'first')!;
      expect(paragraphsOf(doc.headers[defaultRef.target!] ?? []).filter((p) => p.fields.some((f) => /^PAGE\b/.test(f)))).toHaveLength(1);
      expect(doc.partText(firstRef.target!).trim()).toBe('');
    });

    it('signature: authority and title lines bold capitals 14 pt, then the name bold; Nơi nhận: bold italic 12 pt, items 11 pt, "- Lưu: VT, ..." last', () => {
      const [left, right] = closing.rows[0]!.cells;
      const signer = right!.paragraphs.filter((p) => p.text.trim() !== '');
      const expected = [...lines(raw.signer?.authority), ...lines(raw.signer?.title)].map(upper);
      expect(signer.slice(0, expected.length).map(text)).toEqual(expected);
      for (const p of signer) {
        expect(allBold(p), text(p)).toBe(true);
        expect(sizes(p)).toEqual([28]);
      }
      if (raw.signer?.name) expect(text(signer[signer.length - 1]!)).toBe(raw.signer.name);
      const [heading, ...items] = left!.paragraphs.filter((p) => p.text.trim() !== '');
      expect(text(heading!)).toBe('Nơi nhận:');
      expect(allBold(heading!) && allItalic(heading!)).toBe(true);
      expect(sizes(heading!)).toEqual([24]);
      expect(items).toHaveLength(raw.recipients.length + 1);
      for (const p of items) {
        expect(text(p)).toMatch(/^- /);
        expect(sizes(p)).toEqual([22]);
      }
      expect(text(items[items.length - 1]!)).toMatch(/^- Lưu: VT, .+\.$/);
    });
  });
}
