import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../build/build-helpers.js';
import { freshRepo, REFERENCE_DIR } from './import-helpers.js';

/** A .docx package holding only these paragraphs' text (no styles, no numbering). */
function docxOf(paragraphs: readonly string[]): Uint8Array {
  return docxOfBody(paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join(''));
}

/** A .docx package of this body XML (paragraphs as written), with no styles or numbering. */
function docxOfBody(body: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`),
  });
}

/** Bytes that are no zip at all: a fixed pseudo-random sequence. */
function noise(length: number): Uint8Array {
  let x = 12345;
  return Uint8Array.from({ length }, () => (x = (x * 1103515245 + 12345) & 0x7fffffff) & 0xff);
}

/** The start of an OLE compound file, as Word writes an encrypted .docx (and the old .doc). */
function oleFile(): Uint8Array {
  const bytes = new Uint8Array(1024);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return bytes;
}

const CASES: { name: string; file: string; bytes: () => Uint8Array; vi: string; en: string }[] = [
  { name: 'random bytes', file: 'ke-hoach.docx', bytes: () => noise(4096), vi: 'không phải tệp .docx', en: 'is not a .docx file' },
  { name: 'a text file renamed .docx', file: 'ke-hoach.docx', bytes: () => readFileSync(join(REFERENCE_DIR, 'ke-hoach-2023.txt')), vi: 'không phải tệp .docx', en: 'is not a .docx file' },
  { name: 'a password-protected .docx (OLE compound file)', file: 'co-mat-khau.docx', bytes: oleFile, vi: 'có mật khẩu', en: 'is password-protected' },
  { name: 'a corrupt zip (cut short)', file: 'hong.docx', bytes: () => docxOf(['KẾ HOẠCH', 'I. MỤC ĐÍCH', 'II. NỘI DUNG']).subarray(0, 300), vi: 'bị hỏng', en: 'is damaged' },
  { name: 'a zip that is no Word document', file: 'nen.docx', bytes: () => zipSync({ 'a.txt': strToU8('x') }), vi: 'không phải tệp .docx', en: 'is not a .docx file' },
  { name: 'an empty document', file: 'trong.docx', bytes: () => docxOf([]), vi: 'không có nội dung nào', en: 'has no content' },
  { name: 'an empty text file', file: 'trong.txt', bytes: () => new Uint8Array(0), vi: 'không có nội dung nào', en: 'has no content' },
  // "Văn phòng" in Windows-1258 ("ANSI"): its bytes are no UTF-8; read as UTF-8 it came out "V�n ph�ng", in silence.
  { name: 'a text file saved as Windows-1258', file: 'ansi.txt', bytes: () => Uint8Array.from([0x4b, 0xca, 0x20, 0x48, 0x4f, 0xaf, 0x43, 0x48, 0x0a, 0x56, 0xe3, 0x6e, 0x20, 0x70, 0x68, 0xf2, 0x6e, 0x67, 0x0a]), vi: 'không được lưu bằng bảng mã UTF-8', en: 'is not saved as UTF-8' },
  { name: 'a document that is not a plan', file: 'thu-moi.docx', bytes: () => docxOf(['THƯ MỜI', 'Kính gửi các đơn vị.', 'Trân trọng kính mời dự hội nghị.']), vi: 'không giống một Kế hoạch', en: 'does not read as a Kế hoạch' },
];

describe('plan import of input it cannot read: a message in words, exit 2, nothing written', () => {
  const repos: string[] = [];
  afterEach(() => {
    for (const dir of repos.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  for (const c of CASES) {
    it(`${c.name}`, async () => {
      const repo = freshRepo();
      repos.push(repo);
      writeFileSync(join(repo, c.file), c.bytes());
      const vi = await runCli(['import', c.file], repo);
      expect(vi.code).toBe(2);
      expect(vi.stdout).toBe('');
      expect(vi.stderr).toBe(`${vi.stderr.split('\n')[0]}\n`);
      expect(vi.stderr).toMatch(new RegExp(`^Lỗi: ${c.file.replace('.', '\\.')} .*${c.vi}`));
      const en = await runCli(['import', c.file, '--lang', 'en'], repo);
      expect(en.code).toBe(2);
      expect(en.stderr).toMatch(new RegExp(`^Error: ${c.file.replace('.', '\\.')} .*${c.en}`));
      expect(readdirSync(join(repo, 'plans'))).toEqual([]);
    });
  }

  it("reads a text saved as UTF-16 (Notepad's \"Unicode\") as the same plan as its UTF-8 (it was told \"not a plan\")", async () => {
    const repo = freshRepo();
    repos.push(repo);
    const text = readFileSync(join(REFERENCE_DIR, 'ke-hoach-2023.txt'), 'utf8');
    writeFileSync(join(repo, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(join(repo, 'utf8.txt'), text);
    expect((await runCli(['import', 'utf16.txt'], repo)).code).toBe(0);
    expect((await runCli(['import', 'utf8.txt'], repo)).code).toBe(0);
    for (const name of ['plan.yaml', 'units.yaml', 'tasks.yaml']) {
      const [a, b] = ['utf16', 'utf8'].map((dir) => readFileSync(join(repo, 'plans', dir, name), 'utf8').replace(/utf(16|8)\.txt/g, ''));
      expect(a, name).toBe(b);
    }
  });

  it('reads character references in the XML as the letters they stand for ("Tri&#7875;n" is "Triển"; they were kept as typed)', async () => {
    const repo = freshRepo();
    repos.push(repo);
    writeFileSync(join(repo, 'so.docx'), docxOf(['KẾ HOẠCH', 'Tri&#7875;n khai k&#x1ECB;p th&#7901;i', 'I. MỤC ĐÍCH', 'N&#7897;i dung.', 'II. YÊU CẦU', 'Nội dung.']));
    expect((await runCli(['import', 'so.docx'], repo)).code).toBe(0);
    const plan = readFileSync(join(repo, 'plans', 'so', 'plan.yaml'), 'utf8');
    expect(plan).toContain('Triển khai kịp thời');
    expect(plan).toContain('Nội dung.');
    expect(plan).not.toContain('&#');
  });

  it('reads capitals the font sets ("Kế hoạch" shown as KẾ HOẠCH) as the reader sees them, and a typed asterisk as one (the header was lost; "*sao*" printed in italics)', async () => {
    const repo = freshRepo();
    repos.push(repo);
    const body = [
      '<w:p><w:r><w:rPr><w:b/><w:caps/></w:rPr><w:t>Kế hoạch</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>Thử nghiệm</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>I. MỤC ĐÍCH</w:t></w:r></w:p>',
      '<w:p><w:r><w:t xml:space="preserve">Ghi chú *sao* như đã gõ.</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>II. YÊU CẦU</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>Nội dung.</w:t></w:r></w:p>',
    ].join('');
    writeFileSync(join(repo, 'caps.docx'), docxOfBody(body));
    const run = await runCli(['import', 'caps.docx'], repo);
    expect(run.code, run.stderr).toBe(0);
    const plan = readFileSync(join(repo, 'plans', 'caps', 'plan.yaml'), 'utf8');
    expect(plan).toMatch(/^title: Thử nghiệm$/m);
    expect(plan).toContain('Ghi chú \\*sao\\* như đã gõ.');
  });

  it('says, by paragraph, what of a .docx it does not read (an image, a footnote), and reads text moved with changes tracked (both were dropped in silence)', async () => {
    const repo = freshRepo();
    repos.push(repo);
    const body = [
      '<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>Thử nghiệm</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>I. MỤC ĐÍCH</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>Có hình.</w:t></w:r><w:r><w:drawing/></w:r></w:p>',
      '<w:p><w:r><w:t>Có chú thích.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>',
      '<w:p><w:moveTo w:id="2"><w:r><w:t>Đoạn được chuyển tới.</w:t></w:r></w:moveTo></w:p>',
    ].join('');
    writeFileSync(join(repo, 'hinh.docx'), docxOfBody(body));
    const run = await runCli(['import', 'hinh.docx'], repo);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/TODO +Đoạn 4 của văn bản nguồn có hình ảnh hay khung chữ: không nhập được/);
    expect(run.stdout).toMatch(/TODO +Đoạn 5 của văn bản nguồn có chú thích cuối trang: không nhập được/);
    expect(readFileSync(join(repo, 'plans', 'hinh', 'plan.yaml'), 'utf8')).toContain('Đoạn được chuyển tới.');
  });

  it('reads the same tiny .docx when it is a plan (the cases above fail for their input, not the package)', async () => {
    const repo = freshRepo();
    repos.push(repo);
    writeFileSync(join(repo, 'nho.docx'), docxOf(['KẾ HOẠCH', 'Thử nghiệm', 'I. MỤC ĐÍCH', 'Nội dung.', 'II. YÊU CẦU', 'Nội dung.']));
    const run = await runCli(['import', 'nho.docx'], repo);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(join(repo, 'plans', 'nho')).sort()).toEqual(['plan.yaml', 'units.yaml']);
  });
});

describe("plan import reads Word's own list numbering as typed labels", () => {
  it('numbers I., 1., a) and bullets from numbering.xml', async () => {
    const repo = freshRepo();
    const level = (ilvl: number, format: string, text: string) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
    const numbering = `<?xml version="1.0"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0">${level(0, 'upperRoman', '%1.')}${level(1, 'decimal', '%2.')}${level(2, 'lowerLetter', '%3)')}${level(3, 'bullet', '-')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const p = (text: string, ilvl?: number) => `<w:p>${ilvl === undefined ? '' : `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr>`}<w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body = [p('KẾ HOẠCH'), p('Thử nghiệm'), p('MỤC ĐÍCH', 0), p('Mục đích', 1), p('Điểm một', 2), p('Ý một', 3), p('Điểm hai', 2), p('NỘI DUNG', 0), p('Nội dung', 1)].join('');
    writeFileSync(
      join(repo, 'so.docx'),
      zipSync({
        'word/document.xml': strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
        'word/numbering.xml': strToU8(numbering),
      }),
    );
    const run = await runCli(['import', 'so.docx'], repo);
    expect(run.code, run.stderr).toBe(0);
    const plan = readFileSync(join(repo, 'plans', 'so', 'plan.yaml'), 'utf8');
    expect(plan).toContain('numbering:\n  - roman\n  - arabic\n  - letter\n  - dash');
    expect(plan).toMatch(/- heading: MỤC ĐÍCH\n\s+content:\n\s+- heading: Mục đích\n\s+content:\n\s+- heading: Điểm một\n\s+content:\n\s+- items:\n\s+- Ý một\n\s+- heading: Điểm hai/);
    expect(plan).toMatch(/- heading: NỘI DUNG\n\s+content:\n\s+- heading: Nội dung/);
    rmSync(repo, { recursive: true, force: true });
  });
});
