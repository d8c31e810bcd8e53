import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mmToTwips, type Block, type Cell, type Paragraph, type Run, type SectionProps, type Table } from '../support/docx-reader.js';
import {
  PLAN_DIR,
  buildReferencePlan,
  firstSectionBlocks,
  paragraphsOf,
  topLevelParagraphs,
  type BuiltPlan,
} from './build-helpers.js';

const FONT = 'Times New Roman';
const LANGUAGE = 'vi-VN';
const CLOSING_START = 'Trên đây là Kế hoạch';

/** Points to the half-points of w:sz. */
function halfPoints(pt: number): number {
  return pt * 2;
}

/** Runs that print something (empty runs carry no visible formatting). */
function textRuns(paragraph: Paragraph): Run[] {
  return paragraph.runs.filter((r) => r.text.trim() !== '');
}

/** Sizes of the visible runs of a paragraph, deduplicated. */
function sizesOf(paragraph: Paragraph): (number | null)[] {
  return [...new Set(textRuns(paragraph).map((r) => r.size))];
}

function allBold(paragraph: Paragraph): boolean {
  const runs = textRuns(paragraph);
  return runs.length > 0 && runs.every((r) => r.bold);
}

function noneBold(paragraph: Paragraph): boolean {
  return textRuns(paragraph).every((r) => !r.bold);
}

function allItalic(paragraph: Paragraph): boolean {
  const runs = textRuns(paragraph);
  return runs.length > 0 && runs.every((r) => r.italic);
}

/** Written in capitals (as letters, not through a caps property Word may drop). */
function isUpperCase(text: string): boolean {
  return text === text.toLocaleUpperCase('vi-VN') && text !== text.toLocaleLowerCase('vi-VN');
}

/** Sentence case: a capital first letter, and not all capitals. */
function isSentenceCase(text: string): boolean {
  const first = text.charAt(0);
  return first === first.toLocaleUpperCase('vi-VN') && text !== text.toLocaleUpperCase('vi-VN');
}

/** Every border edge of a table is off. */
function expectBorderless(table: Table): void {
  const edges = Object.keys(table.borders);
  expect(edges).toEqual(expect.arrayContaining(['top', 'bottom', 'left', 'right', 'insideH', 'insideV']));
  for (const [edge, border] of Object.entries(table.borders)) expect(['none', 'nil'], `border ${edge}: ${table.bordersSummary}`).toContain(border.val);
}

/** Width of a cell: its own tcW, or its grid column. */
function cellWidth(table: Table, cell: Cell, column: number): number {
  return cell.width ?? table.gridCols[column]!;
}

/** Printed length of a paragraph's bottom border: the available width less the indents. */
function ruleLength(paragraph: Paragraph, available: number): number {
  return available - (paragraph.indentLeft ?? 0) - (paragraph.indentRight ?? 0);
}

function textWidth(section: SectionProps): number {
  return section.pageWidth! - section.marginLeft! - section.marginRight!;
}

/** The paragraph whose text is exactly `text`; fails the test when there is none. */
function findParagraph(paragraphs: readonly Paragraph[], text: string | RegExp): Paragraph {
  const found = paragraphs.find((p) => (typeof text === 'string' ? p.text === text : text.test(p.text)));
  expect(found, `paragraph ${String(text)}`).toBeDefined();
  return found!;
}

describe('layout of the built Kế hoạch (Nghị định 30/2020/NĐ-CP)', () => {
  const plan = parse(readFileSync(join(PLAN_DIR, 'plan.yaml'), 'utf8')) as { title: string };
  let built: BuiltPlan;
  let blocks: Block[];
  let section: SectionProps;
  let topParagraphs: Paragraph[];
  /** Top-level paragraphs from the opening paragraph to the closing "Trên đây là ..." one. */
  let body: Paragraph[];

  beforeAll(async () => {
    built = await buildReferencePlan();
    blocks = firstSectionBlocks(built.doc);
    section = built.doc.sections[0]!;
    topParagraphs = topLevelParagraphs(blocks);
    const title = topParagraphs.findIndex((p) => p.text === plan.title);
    const closing = topParagraphs.findIndex((p) => p.text.startsWith(CLOSING_START));
    body = topParagraphs.slice(title + 1, closing + 1).filter((p) => p.text.trim() !== '');
  });

  afterAll(() => {
    if (built) rmSync(built.outDir, { recursive: true, force: true });
  });

  describe('page', () => {
    it('is A4 portrait, 11906 x 16838 twips', () => {
      expect(section.pageWidth).toBe(11906);
      expect(section.pageHeight).toBe(16838);
      expect(section.orientation).toBe('portrait');
    });

    it('has margins of 20, 20, 30 and 15 mm (top, bottom, left, right)', () => {
      expect([section.marginTop, section.marginBottom, section.marginLeft, section.marginRight]).toEqual([1134, 1134, 1701, 850]);
      expect([section.marginTop, section.marginBottom, section.marginLeft, section.marginRight]).toEqual([20, 20, 30, 15].map(mmToTwips));
    });

    it('sets Times New Roman and Vietnamese as the document defaults', () => {
      expect(built.doc.styles.font).toBe(FONT);
      expect(built.doc.styles.lang).toBe(LANGUAGE);
      const styles = [...Object.values(built.doc.styles.paragraph), ...Object.values(built.doc.styles.character)];
      for (const style of styles) if (style.font !== null) expect(style.font, `style ${style.id}`).toBe(FONT);
    });

    it('uses Times New Roman and vi-VN in every run that sets a font or language', () => {
      const headerParagraphs = Object.values(built.doc.headers).flatMap(paragraphsOf);
      const runs = [...paragraphsOf(blocks), ...headerParagraphs].flatMap((p) => p.runs);
      expect(runs.length).toBeGreaterThan(100);
      for (const run of runs) {
        if (run.font !== null) expect(run.font, `font of "${run.text}"`).toBe(FONT);
        if (run.lang !== null) expect(run.lang, `language of "${run.text}"`).toBe(LANGUAGE);
      }
    });
  });

  describe('header block', () => {
    let table: Table;

    beforeAll(() => {
      const first = blocks[0]!;
      if (first.kind !== 'table') throw new Error(`the first body element is a paragraph: "${first.text}"`);
      table = first;
    });

    it('is the first body element: a borderless, fixed two-column table', () => {
      expect(blocks[0]!.kind).toBe('table');
      expect(table.gridCols).toHaveLength(2);
      for (const row of table.rows) expect(row.cells).toHaveLength(2);
      expect(table.layout).toBe('fixed');
      expectBorderless(table);
    });

    it('left cell: superior body regular caps 12 pt, issuing body bold caps, then a short line', () => {
      const cell = table.rows[0]!.cells[0]!;
      const [superior, issuer, line] = cell.paragraphs;
      expect(superior!.text).toBe('UBND TỈNH BẮC GIANG');
      expect(isUpperCase(superior!.text)).toBe(true);
      expect(noneBold(superior!)).toBe(true);
      expect(sizesOf(superior!)).toEqual([halfPoints(12)]);
      expect(issuer!.text).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
      expect(isUpperCase(issuer!.text)).toBe(true);
      expect(allBold(issuer!)).toBe(true);
      expect(line!.borderBottom).toBe(true);
      const column = cellWidth(table, cell, 0);
      const length = ruleLength(line!, column);
      expect(length).toBeGreaterThan(0);
      expect(length).toBeLessThan(column / 2);
    });

    it('right cell: Quốc hiệu bold 12 pt, Tiêu ngữ bold 13 pt with a line under it', () => {
      const [nationalName, motto] = table.rows[0]!.cells[1]!.paragraphs;
      expect(nationalName!.text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(allBold(nationalName!)).toBe(true);
      expect(sizesOf(nationalName!)).toEqual([halfPoints(12)]);
      expect(motto!.text).toBe('Độc lập - Tự do - Hạnh phúc');
      expect(allBold(motto!)).toBe(true);
      expect(sizesOf(motto!)).toEqual([halfPoints(13)]);
      expect(motto!.borderBottom).toBe(true);
    });

    it('puts "Số" (13 pt regular) and the place and date (13 pt italic) in the same row', () => {
      const row = table.rows.find((r) => r.cells.some((c) => c.text.includes('Số:')));
      expect(row, 'a row with "Số:"').toBeDefined();
      const number = row!.cells.flatMap((c) => c.paragraphs).find((p) => p.text.includes('Số:'))!;
      const placeDate = row!.cells.flatMap((c) => c.paragraphs).find((p) => /Bắc Giang, ngày\s+tháng 01 năm 2023/.test(p.text));
      expect(number.text).toMatch(/^Số:\s+\/KH-KHCN$/);
      expect(sizesOf(number)).toEqual([halfPoints(13)]);
      expect(noneBold(number)).toBe(true);
      expect(textRuns(number).some((r) => r.italic)).toBe(false);
      expect(placeDate, 'place and date in the row of "Số:"').toBeDefined();
      expect(sizesOf(placeDate!)).toEqual([halfPoints(13)]);
      expect(allItalic(placeDate!)).toBe(true);
      expect(noneBold(placeDate!)).toBe(true);
    });
  });

  describe('title', () => {
    it('"KẾ HOẠCH" is centred, bold, 14 pt', () => {
      const documentType = findParagraph(topParagraphs, 'KẾ HOẠCH');
      expect(documentType.align).toBe('center');
      expect(allBold(documentType)).toBe(true);
      expect(sizesOf(documentType)).toEqual([halfPoints(14)]);
    });

    it('the trích yếu follows, centred, bold, 14 pt, in sentence case, with a short line under it', () => {
      const index = topParagraphs.findIndex((p) => p.text === 'KẾ HOẠCH');
      const [title, line] = topParagraphs.slice(index + 1, index + 3);
      expect(title!.text).toBe(plan.title);
      expect(title!.align).toBe('center');
      expect(allBold(title!)).toBe(true);
      expect(sizesOf(title!)).toEqual([halfPoints(14)]);
      expect(isSentenceCase(title!.text)).toBe(true);
      expect(line!.text).toBe('');
      expect(line!.borderBottom).toBe(true);
      const length = ruleLength(line!, textWidth(section));
      expect(length).toBeGreaterThan(0);
      expect(length).toBeLessThan(textWidth(section));
    });
  });

  describe('body', () => {
    it('runs from the opening paragraph to the closing one', () => {
      expect(body[0]!.text).toMatch(/^Thực hiện Quyết định số 3466\/QĐ-UBND/);
      expect(body[body.length - 1]!.text).toMatch(/^Trên đây là Kế hoạch .*\/\.$/);
      expect(body.length).toBeGreaterThan(80);
    });

    it('is 14 pt, justified, first line indented 1.27 cm, 6 pt or more before, single to 1.5 lines', () => {
      for (const p of body) {
        const where = `"${p.text.slice(0, 50)}"`;
        expect(sizesOf(p), where).toEqual([halfPoints(14)]);
        expect(p.align, where).toBe('both');
        expect(p.indentFirstLine, where).toBe(720);
        expect(p.spacingBefore ?? 0, where).toBeGreaterThanOrEqual(120);
        expect(p.spacingLine, where).not.toBeNull();
        expect(p.spacingLine!, where).toBeGreaterThanOrEqual(240);
        expect(p.spacingLine!, where).toBeLessThanOrEqual(360);
        expect([null, 'auto'], where).toContain(p.spacingLineRule);
      }
    });

    it('prints the section headings I. to IV. in bold capitals', () => {
      const headings = body.filter((p) => /^[IVX]+\. /.test(p.text));
      expect(headings.map((p) => p.text)).toEqual([
        'I. MỤC ĐÍCH, YÊU CẦU',
        'II. NỘI DUNG VÀ GIẢI PHÁP THỰC HIỆN',
        'III. KẾ HOẠCH THỰC HIỆN CỤ THỂ',
        'IV. TỔ CHỨC THỰC HIỆN',
      ]);
      for (const h of headings) {
        expect(allBold(h), h.text).toBe(true);
        expect(isUpperCase(h.text), h.text).toBe(true);
      }
    });

    it('prints "1." and "1.1." headings in bold', () => {
      const level2 = body.filter((p) => /^\d+\. /.test(p.text));
      const level3 = body.filter((p) => /^\d+\.\d+\. /.test(p.text));
      expect(level2.map((p) => p.text)).toEqual(expect.arrayContaining(['1. Mục đích', '2. Yêu cầu']));
      expect(level3.map((p) => p.text.slice(0, 16))).toEqual(expect.arrayContaining(['1.1. Nhiệm vụ 1:', '2.3. Nhiệm vụ 3:']));
      for (const h of [...level2, ...level3]) expect(allBold(h), h.text).toBe(true);
    });

    it('prints "a)" points and "-"/"+" items without bold', () => {
      const points = body.filter((p) => /^[a-zđ]\) /.test(p.text));
      expect(points.map((p) => p.text)).toContain('a) Giải pháp thực hiện:');
      const items = body.filter((p) => /^[-+] /.test(p.text));
      expect(items.length).toBeGreaterThan(20);
      for (const p of [...points, ...items]) expect(noneBold(p), p.text).toBe(true);
    });

    it('numbers with literal text, never with Word numbering', () => {
      for (const p of paragraphsOf(blocks)) expect(p.numbering, `"${p.text.slice(0, 50)}"`).toBeNull();
      const styles = built.doc.parts['word/styles.xml'] ?? '';
      const used = new Set(paragraphsOf(blocks).flatMap((p) => (p.style === null ? [] : [p.style])));
      for (const id of used) {
        const style = new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
        expect(style, `style ${id}`).not.toContain('<w:numPr');
      }
    });
  });

  describe('page numbers', () => {
    it('has a separate, empty first-page header and a centred 14 pt PAGE field on the others', () => {
      expect(section.titlePage).toBe(true);
      const defaultRef = section.headerRefs.find((r) => r.type === 'default');
      const firstRef = section.headerRefs.find((r) => r.type === 'first');
      expect(defaultRef?.target).toBeTruthy();
      expect(firstRef?.target).toBeTruthy();
      const withPage = paragraphsOf(built.doc.headers[defaultRef!.target!] ?? []).filter((p) => p.fields.some((f) => /^PAGE\b/.test(f)));
      expect(withPage).toHaveLength(1);
      expect(withPage[0]!.align).toBe('center');
      const sized = withPage[0]!.runs.filter((r) => r.size !== null).map((r) => r.size);
      expect(sized.length).toBeGreaterThan(0);
      expect(new Set(sized)).toEqual(new Set([halfPoints(14)]));
      const first = paragraphsOf(built.doc.headers[firstRef!.target!] ?? []);
      expect(first.flatMap((p) => p.fields)).toEqual([]);
      expect(first.flatMap((p) => p.runs).some((r) => r.fieldCode !== undefined)).toBe(false);
      expect(built.doc.partText(firstRef!.target!).trim()).toBe('');
    });
  });

  describe('closing block', () => {
    let table: Table;

    beforeAll(() => {
      const closing = blocks.findIndex((b) => b.kind === 'p' && b.text.startsWith(CLOSING_START));
      if (closing === -1) throw new Error('no closing paragraph "Trên đây là Kế hoạch ..."');
      const found = blocks.slice(closing + 1).find((b): b is Table => b.kind === 'table');
      if (!found) throw new Error('no table after the closing paragraph');
      const between = blocks.slice(closing + 1, blocks.indexOf(found));
      if (between.some((b) => b.kind === 'p' && b.text.trim() !== '')) throw new Error('text between the closing paragraph and the signature');
      table = found;
    });

    it('is a borderless two-column table', () => {
      expect(table.gridCols).toHaveLength(2);
      expect(table.rows[0]!.cells).toHaveLength(2);
      expectBorderless(table);
    });

    it('left cell: "Nơi nhận:" bold italic 12 pt, then 11 pt items "- ...;" ending with "- Lưu: VT, VP."', () => {
      const paragraphs = table.rows[0]!.cells[0]!.paragraphs.filter((p) => p.text.trim() !== '');
      const [heading, ...items] = paragraphs;
      expect(heading!.text).toBe('Nơi nhận:');
      expect(allBold(heading!)).toBe(true);
      expect(allItalic(heading!)).toBe(true);
      expect(sizesOf(heading!)).toEqual([halfPoints(12)]);
      expect(items.length).toBeGreaterThanOrEqual(2);
      const last = items[items.length - 1]!;
      expect(last.text).toBe('- Lưu: VT, VP.');
      for (const item of items.slice(0, -1)) {
        expect(item.text, item.text).toMatch(/^- .+;$/);
      }
      for (const item of items) expect(sizesOf(item), item.text).toEqual([halfPoints(11)]);
    });

    it('right cell: "GIÁM ĐỐC" bold 14 pt, room to sign, "Nguyễn Thanh Bình" bold 14 pt', () => {
      const paragraphs = table.rows[0]!.cells[1]!.paragraphs;
      const title = paragraphs.findIndex((p) => p.text === 'GIÁM ĐỐC');
      const name = paragraphs.findIndex((p) => p.text === 'Nguyễn Thanh Bình');
      expect(title).toBe(0);
      expect(name).toBeGreaterThan(title);
      for (const i of [title, name]) {
        expect(allBold(paragraphs[i]!), paragraphs[i]!.text).toBe(true);
        expect(sizesOf(paragraphs[i]!), paragraphs[i]!.text).toEqual([halfPoints(14)]);
      }
      const space = paragraphs.slice(title + 1, name);
      expect(space.length).toBeGreaterThanOrEqual(3);
      for (const p of space) expect(p.text.trim()).toBe('');
    });
  });
});
