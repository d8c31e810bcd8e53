import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strToU8, zipSync } from 'fflate';
import { readDocx, twipsToMm, type DocxView, type Paragraph as ReadParagraph, type Table as ReadTable } from '../support/docx-reader.js';
import { convertToPdf, findSoffice, hasPdfTools, pdfPageCount, pdfPageTexts, pdfText } from '../support/libreoffice.js';

const A4_W = 11906;
const A4_H = 16838;

function cell(text: string, shaded = false): TableCell {
  return new TableCell({
    width: { size: 4500, type: WidthType.DXA },
    shading: shaded ? { type: ShadingType.CLEAR, fill: 'D9D9D9', color: 'auto' } : undefined,
    children: [new Paragraph({ children: [new TextRun({ text, bold: shaded })] })],
  });
}

function buildDocument(): Document {
  return new Document({
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: A4_W, height: A4_H, orientation: PageOrientation.PORTRAIT },
            margin: { top: 1134, bottom: 1134, left: 1701, right: 1134, header: 567 },
          },
        },
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
          }),
        },
        footers: { default: new Footer({ children: [new Paragraph('Chân trang')] }) },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            keepNext: true,
            spacing: { before: 120, after: 240, line: 360 },
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
            children: [new TextRun({ text: 'KẾ HOẠCH THỬ NGHIỆM', bold: true, size: 28, font: 'Times New Roman', language: { value: 'vi-VN' } })],
          }),
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: 567, left: 100 },
            children: [
              new TextRun({ text: 'Thường ' }),
              new TextRun({ text: 'nghiêng', italics: true }),
              new TextRun({ text: ' không đậm', bold: false }),
              new TextRun({ children: ['a', new Tab(), 'b'] }),
              new TextRun({ text: 'dòng mới', break: 1 }),
            ],
          }),
          new Table({
            layout: TableLayoutType.FIXED,
            columnWidths: [4500, 4500],
            rows: [
              new TableRow({ tableHeader: true, cantSplit: true, children: [cell('Cột A', true), cell('Cột B', true)] }),
              new TableRow({ cantSplit: true, children: [cell('ô 1'), cell('ô 2')] }),
            ],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Sau bảng')] }),
        ],
      },
      {
        properties: {
          page: {
            size: { width: A4_W, height: A4_H, orientation: PageOrientation.LANDSCAPE },
            pageNumbers: { start: 1 },
          },
        },
        children: [new Paragraph({ children: [new TextRun('Phụ lục ngang')] })],
      },
    ],
  });
}

function firstTable(view: DocxView): ReadTable {
  const t = view.body.find((b): b is ReadTable => b.kind === 'table');
  if (!t) throw new Error('no table in body');
  return t;
}

function paragraphWith(view: DocxView, text: string): ReadParagraph {
  const p = view.paragraphs().find((q) => q.text.includes(text));
  if (!p) throw new Error(`no paragraph containing ${JSON.stringify(text)}`);
  return p;
}

let bytes: Uint8Array;
let view: DocxView;
let workDir: string;
let docxPath: string;

beforeAll(async () => {
  bytes = new Uint8Array(await Packer.toBuffer(buildDocument()));
  view = readDocx(bytes);
  workDir = mkdtempSync(join(tmpdir(), 'docx-reader-selftest-'));
  docxPath = join(workDir, 'selftest.docx');
  writeFileSync(docxPath, bytes);
});

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('readDocx on a docx-library document', () => {
  it('lists zip entries and decodes parts as text', () => {
    expect(view.entryNames).toContain('word/document.xml');
    expect(view.entryNames).toContain('[Content_Types].xml');
    expect(Object.keys(view.parts)).toEqual(view.entryNames);
    expect(view.parts['word/document.xml']).toContain('KẾ HOẠCH THỬ NGHIỆM');
  });

  it('reads the same view from a path as from bytes', () => {
    const fromPath = readDocx(docxPath);
    expect(fromPath.text()).toBe(view.text());
    expect(fromPath.sections).toEqual(view.sections);
  });

  it('returns body text in document order, table cells included', () => {
    expect(view.text().split('\n')).toEqual([
      'KẾ HOẠCH THỬ NGHIỆM',
      'Thường nghiêng không đậma\tb',
      'dòng mới',
      'Cột A',
      'Cột B',
      'ô 1',
      'ô 2',
      'Sau bảng',
      'Phụ lục ngang',
    ]);
    expect(view.body.map((b) => b.kind)).toEqual(['p', 'p', 'table', 'p', 'p']);
  });

  it('reads run formatting: bold, size, font, lang, italic, explicit bold=false', () => {
    const title = paragraphWith(view, 'KẾ HOẠCH');
    expect(title.runs).toHaveLength(1);
    expect(title.runs[0]).toMatchObject({ text: 'KẾ HOẠCH THỬ NGHIỆM', bold: true, italic: false, size: 28, font: 'Times New Roman', lang: 'vi-VN' });
    const body = paragraphWith(view, 'nghiêng');
    const [plain, italic, notBold, tabbed, broken] = body.runs;
    // No size of its own and no paragraph style: the document's default, as Word shows it.
    expect(plain).toMatchObject({ text: 'Thường ', bold: false, italic: false, size: 28, font: null });
    expect(italic).toMatchObject({ text: 'nghiêng', italic: true, bold: false });
    expect(notBold).toMatchObject({ text: ' không đậm', bold: false });
    expect(view.parts['word/document.xml']).toContain('<w:b w:val="false"/>');
    expect(tabbed?.text).toBe('a\tb');
    expect(broken).toMatchObject({ text: '\ndòng mới', pageBreak: false });
  });

  it('reads paragraph properties', () => {
    const title = paragraphWith(view, 'KẾ HOẠCH');
    expect(title).toMatchObject({
      align: 'center',
      keepNext: true,
      pageBreakBefore: false,
      borderBottom: true,
      spacingBefore: 120,
      spacingAfter: 240,
      spacingLine: 360,
      style: null,
    });
    const body = paragraphWith(view, 'nghiêng');
    expect(body).toMatchObject({ align: 'both', indentFirstLine: 567, indentLeft: 100, indentHanging: null, keepNext: false, borderBottom: false });
    expect(paragraphWith(view, 'Sau bảng').style).toBe('Heading1');
  });

  it('reads table rows, header flag, cantSplit, grid, widths and shading', () => {
    const t = firstTable(view);
    expect(t.rows).toHaveLength(2);
    expect(t.rows.map((r) => r.isHeader)).toEqual([true, false]);
    expect(t.rows.map((r) => r.cantSplit)).toEqual([true, true]);
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Cột A', 'Cột B'],
      ['ô 1', 'ô 2'],
    ]);
    expect(t.gridCols).toEqual([4500, 4500]);
    expect(t.layout).toBe('fixed');
    expect(t.borders.top?.val).toBe('single');
    expect(t.bordersSummary).toContain('insideH:single');
    const head = t.rows[0]!.cells[0]!;
    expect(head).toMatchObject({ gridSpan: 1, vMerge: null, width: 4500, shading: 'D9D9D9' });
    expect(head.paragraphs[0]!.runs[0]!.bold).toBe(true);
    expect(t.rows[1]!.cells[0]!.shading).toBeNull();
    expect(view.tables()).toHaveLength(1);
  });

  it('reads two sections with orientation, margins, titlePage and page numbering', () => {
    expect(view.sections).toHaveLength(2);
    const [first, second] = view.sections;
    expect(first).toMatchObject({
      pageWidth: A4_W,
      pageHeight: A4_H,
      orientation: 'portrait',
      marginTop: 1134,
      marginBottom: 1134,
      marginLeft: 1701,
      marginRight: 1134,
      marginHeader: 567,
      titlePage: true,
      pageNumberStart: null,
    });
    expect(second).toMatchObject({ orientation: 'landscape', pageWidth: A4_H, pageHeight: A4_W, titlePage: false, pageNumberStart: 1 });
    expect(twipsToMm(first!.pageWidth!)).toBeCloseTo(210, 0);
    const carriers = view.paragraphs().filter((p) => p.sectionProps);
    expect(carriers.map((p) => p.text)).toEqual(['Sau bảng']);
    expect(carriers[0]!.sectionProps).toEqual(first);
  });

  it('resolves header/footer references and finds the centred PAGE field', () => {
    const first = view.sections[0]!;
    expect(first.headerRefs).toHaveLength(1);
    const ref = first.headerRefs[0]!;
    expect(ref.type).toBe('default');
    expect(ref.target).toMatch(/^word\/header\d+\.xml$/);
    const header = view.headers[ref.target!];
    expect(header).toBeDefined();
    const para = header![0] as ReadParagraph;
    expect(para.kind).toBe('p');
    expect(para.align).toBe('center');
    expect(para.fields).toEqual(['PAGE']);
    expect(para.runs.some((r) => r.fieldCode === 'PAGE')).toBe(true);
    const footerTarget = first.footerRefs[0]?.target;
    expect(footerTarget).toMatch(/^word\/footer\d+\.xml$/);
    expect(view.partText(footerTarget!)).toBe('Chân trang');
    expect(view.sections[1]!.headerRefs).toEqual([]);
  });

  it('reads document defaults and paragraph styles', () => {
    expect(view.styles.font).toBe('Times New Roman');
    expect(view.styles.size).toBe(28);
    expect(view.styles.paragraph.Heading1).toMatchObject({ id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', size: 32 });
    expect(view.styles.paragraph.Normal).toBeDefined();
  });
});

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function handMadeDocx(bodyXml: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W_NS}><w:body>${bodyXml}</w:body></w:document>`),
  });
}

describe('readDocx on hand-written XML', () => {
  it('walks hyperlinks, fldSimple, sdt and unknown elements without throwing', () => {
    const xml =
      '<w:p><w:pPr><w:pStyle w:val="Body"/><w:rPr><w:b/></w:rPr><w:pageBreakBefore/></w:pPr>' +
      '<w:r><w:rPr><w:b w:val="0"/><w:u w:val="single"/></w:rPr><w:t>K&#7871; ho&#x1EA1;ch &amp;lt;</w:t></w:r>' +
      '<w:hyperlink r:id="rId9"><w:r><w:t xml:space="preserve"> link </w:t></w:r></w:hyperlink>' +
      '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>9</w:t></w:r></w:fldSimple>' +
      '<w:foo><w:bar/></w:foo><w:del><w:r><w:delText>gone</w:delText></w:r></w:del>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
      '<w:r><w:instrText>\\* MERGEFORMAT</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      '<w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
      '<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>in sdt</w:t></w:r></w:p></w:sdtContent></w:sdt>' +
      '<w:tbl><w:tr><w:trPr><w:tblHeader w:val="0"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge/></w:tcPr>' +
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>nested</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>' +
      '<w:unknownThing/>' +
      '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:titlePg w:val="false"/></w:sectPr>';
    const v = readDocx(handMadeDocx(xml));
    const p = v.paragraphs()[0]!;
    expect(p.text).toBe('Kế hoạch &lt; link 93');
    expect(p.style).toBe('Body');
    expect(p.pageBreakBefore).toBe(true);
    expect(p.runs[0]).toMatchObject({ bold: false, underline: true });
    expect(p.fields).toEqual(['NUMPAGES', 'PAGE \\* MERGEFORMAT']);
    expect(v.text().split('\n')).toEqual(['Kế hoạch &lt; link 93', 'in sdt', 'nested']);
    const t = v.tables()[0]!;
    expect(t.rows[0]!.isHeader).toBe(false);
    expect(t.rows[0]!.cells[0]).toMatchObject({ gridSpan: 2, vMerge: 'continue', text: 'nested' });
    expect(t.layout).toBeNull();
    expect(v.tables()).toHaveLength(2);
    expect(v.sections).toEqual([expect.objectContaining({ orientation: 'portrait', titlePage: false, headerRefs: [] })]);
    expect(v.styles).toMatchObject({ font: null, size: null, paragraph: {} });
  });
});

describe('LibreOffice rendering', () => {
  const skip = !findSoffice() || !hasPdfTools();
  const reason = skip ? ' [SKIPPED: soffice/libreoffice, pdftotext or pdfinfo not found on PATH]' : '';
  it.skipIf(skip)(
    `converts the document to PDF and finds its text${reason}`,
    async () => {
      const pdf = await convertToPdf(docxPath, join(workDir, 'pdf'));
      expect(pdf).toMatch(/selftest\.pdf$/);
      expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
      const pages = pdfPageTexts(pdf);
      expect(pages).toHaveLength(pdfPageCount(pdf));
      expect(pages[0]).toContain('KẾ HOẠCH THỬ NGHIỆM');
      expect(pages[0]).toContain('Cột A');
      expect(pages[pages.length - 1]).toContain('Phụ lục ngang');
      expect(pdfText(pdf, { firstPage: 1, lastPage: 1 })).not.toContain('Phụ lục ngang');
      expect(pdfText(pdf, { layout: true })).toContain('Chân trang');
    },
    180_000,
  );
});

describe('readDocx: what a paragraph style gives', () => {
  it("gives a paragraph its style's spacing, indent and alignment, and its runs the style's size, unless they set their own (through basedOn)", async () => {
    const doc = new Document({
      styles: {
        default: { document: { run: { size: 28 } } },
        paragraphStyles: [
          { id: 'Base', name: 'Base', paragraph: { spacing: { before: 40, after: 40 }, indent: { firstLine: 720 } }, run: { size: 24 } },
          { id: 'Child', name: 'Child', basedOn: 'Base', paragraph: { alignment: AlignmentType.JUSTIFIED } },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ style: 'Child', children: [new TextRun('kiểu'), new TextRun({ text: ' riêng', size: 20 })] }),
            new Paragraph({ style: 'Child', alignment: AlignmentType.CENTER, spacing: { before: 0 }, children: [new TextRun('giữa')] }),
            new Paragraph({ children: [new TextRun('mặc định')] }),
          ],
        },
      ],
    });
    const view = readDocx(await Packer.toBuffer(doc));
    const [styled, own, plain] = view.paragraphs();
    expect(styled).toMatchObject({ align: 'both', spacingBefore: 40, spacingAfter: 40, indentFirstLine: 720 });
    expect(styled!.runs.map((r) => r.size)).toEqual([24, 20]);
    expect(own).toMatchObject({ align: 'center', spacingBefore: 0, spacingAfter: 40 });
    expect(plain).toMatchObject({ align: null, spacingBefore: null });
    expect(plain!.runs[0]!.size).toBe(28);
  });
});
