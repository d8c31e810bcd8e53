import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import { DocxNumbering } from './docx-numbering.js';
import { ImportFailure } from './import-failure.js';
import type { SourceBlock, SourceCell, SourceParagraph } from './source-lines.js';
import { cleanText } from './source-lines.js';
import { attr, child, childrenOf, find, isOn, nameOf, parseXml, textOf, type XmlNode } from './xml-nodes.js';

/** An OLE compound file: what Word writes for a password-protected (encrypted) .docx, and for an old .doc. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Run containers whose runs are part of the paragraph's text (inserted text, links, fields). */
const RUN_CONTAINERS = new Set(['w:hyperlink', 'w:ins', 'w:moveTo', 'w:smartTag', 'w:fldSimple', 'w:sdt', 'w:sdtContent', 'w:customXml']);

/**
 * What a paragraph may hold that a plan has no field for, by element, in the words the TODO uses:
 * not read, and said at the paragraph (nothing of the source is dropped in silence).
 */
const UNREAD: Record<string, string> = {
  'w:drawing': 'hình ảnh hay khung chữ',
  'w:pict': 'hình ảnh hay khung chữ',
  'w:object': 'đối tượng nhúng',
  'mc:AlternateContent': 'hình ảnh hay khung chữ',
  'w:footnoteReference': 'chú thích cuối trang',
  'w:endnoteReference': 'chú thích cuối văn bản',
  'w:sym': 'ký hiệu chèn (Symbol)',
};

/** A paragraph of the source with parts the import does not read. */
export interface UnreadParts {
  n: number;
  parts: string[];
}

const UNREAD_OF = new WeakMap<readonly SourceBlock[], UnreadParts[]>();

/** The parts of a .docx's paragraphs that readDocxSource did not read, by paragraph. */
export function unreadOf(blocks: readonly SourceBlock[]): UnreadParts[] {
  return UNREAD_OF.get(blocks) ?? [];
}
/** Header and signature tables: their cells read as paragraphs, in order. */
const LAYOUT_TABLE = /CỘNG HÒA XÃ HỘI|Nơi nhận|^Số:/mu;

/**
 * A .docx's own paragraphs and tables, in reading order, from word/document.xml: runs joined
 * (italic or bold runs within plainer text marked `*`/`**`, as plan texts write them), Word's
 * list numbering turned back into typed labels, tables by their cells (gridSpan, vMerge). The
 * header and signature tables, laid out in cells, read as the paragraphs they hold.
 */
export function readDocxSource(bytes: Uint8Array, shown: string, onProgress?: (done: number, total: number) => void): SourceBlock[] {
  const files = unzipDocx(bytes, shown);
  const document = files['word/document.xml'];
  if (!document) throw new ImportFailure('import.not-docx', { file: shown });
  let numberingXml: XmlNode[];
  let documentXml: XmlNode[];
  try {
    numberingXml = files['word/numbering.xml'] ? parseXml(strFromU8(files['word/numbering.xml'])) : [];
    documentXml = parseXml(strFromU8(document));
  } catch {
    throw new ImportFailure('import.corrupt', { file: shown });
  }
  const numbering = new DocxNumbering(numberingXml);
  const body = find(documentXml, 'w:body');
  const reader = new BodyReader(numbering, onProgress);
  reader.blocks(body ? childrenOf(body) : []);
  UNREAD_OF.set(reader.out, reader.unread);
  return reader.out;
}

function unzipDocx(bytes: Uint8Array, shown: string): Unzipped {
  const starts = (magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts(OLE_MAGIC)) throw new ImportFailure('import.encrypted', { file: shown });
  if (!starts(ZIP_MAGIC)) throw new ImportFailure('import.not-docx', { file: shown });
  try {
    return unzipSync(bytes);
  } catch {
    throw new ImportFailure('import.corrupt', { file: shown });
  }
}

class BodyReader {
  readonly out: SourceBlock[] = [];
  readonly unread: UnreadParts[] = [];
  private n = 0;
  private seen = 0;

  constructor(
    private readonly numbering: DocxNumbering,
    private readonly onProgress?: (done: number, total: number) => void,
  ) {}

  blocks(nodes: readonly XmlNode[]): void {
    const total = nodes.length;
    nodes.forEach((node) => {
      const name = nameOf(node);
      if (name === 'w:p') this.paragraph(node, true);
      else if (name === 'w:tbl') this.table(node);
      else if (name === 'w:sdt') this.blocks(childrenOf(child(node, 'w:sdtContent') ?? {}));
      this.seen++;
      if (this.onProgress && this.seen % 200 === 0) this.onProgress(this.seen, total);
    });
  }

  /** A paragraph: its text with its list label; pushed when `push` and it has text. */
  private paragraph(node: XmlNode, push: boolean, emphasis = true): SourceParagraph | null {
    const props = child(node, 'w:pPr');
    const runs = collectRuns(node);
    let text = emphasis ? markEmphasis(runs) : runs.map((r) => r.text).join('');
    const numPr = props ? child(props, 'w:numPr') : undefined;
    if (numPr) {
      const label = this.numbering.next(attr(child(numPr, 'w:numId') ?? {}, 'w:val') ?? '', Number(attr(child(numPr, 'w:ilvl') ?? {}, 'w:val') ?? 0));
      if (label) text = `${label} ${text}`;
    }
    text = cleanText(text);
    this.n++;
    const parts = [...new Set(unreadParts(node))];
    if (parts.length > 0) this.unread.push({ n: this.n, parts });
    if (text === '') return null;
    const withText = runs.filter((r) => r.text.trim() !== '');
    const paragraph: SourceParagraph = { kind: 'p', text, n: this.n, bold: withText.length > 0 && withText.every((r) => r.bold), center: attr(child(props ?? {}, 'w:jc') ?? {}, 'w:val') === 'center' };
    if (push) this.out.push(paragraph);
    return paragraph;
  }

  private table(node: XmlNode): void {
    const rows = childrenOf(node).filter((c) => nameOf(c) === 'w:tr');
    const cells = rows.map((row) => childrenOf(row).filter((c) => nameOf(c) === 'w:tc'));
    const columns = childrenOf(child(node, 'w:tblGrid') ?? {}).filter((c) => nameOf(c) === 'w:gridCol').length;
    const text = cells.flat().map((tc) => collectText(tc)).join('\n');
    if (columns <= 2 && LAYOUT_TABLE.test(text)) {
      // Header and signature blocks: no emphasis marks (their italics are layout), cell by cell.
      for (const tc of cells.flat()) for (const p of paragraphsOfCell(tc)) this.paragraph(p, true, false);
      return;
    }
    const n = this.n + 1;
    const sourceRows = cells.map((row) => row.map((tc) => this.cell(tc)));
    this.out.push({ kind: 'table', rows: sourceRows, n });
  }

  private cell(tc: XmlNode): SourceCell {
    const props = child(tc, 'w:tcPr');
    const span = Number(attr(child(props ?? {}, 'w:gridSpan') ?? {}, 'w:val') ?? 1);
    const vMerge = props ? child(props, 'w:vMerge') : undefined;
    const continued = vMerge !== undefined && attr(vMerge, 'w:val') !== 'restart';
    const paragraphs = paragraphsOfCell(tc)
      .map((p) => this.paragraph(p, false))
      .filter((p): p is SourceParagraph => p !== null)
      .map((p) => p.text);
    return { paragraphs, colSpan: Math.max(1, span), continued };
  }
}

/** The parts of an element a plan has no field for (UNREAD), at any depth. */
function unreadParts(node: XmlNode): string[] {
  return childrenOf(node).flatMap((c) => {
    const what = Object.hasOwn(UNREAD, nameOf(c)) ? UNREAD[nameOf(c)] : undefined;
    return what ? [what] : unreadParts(c);
  });
}

/** A cell's paragraphs (a nested table's paragraphs too, in order). */
function paragraphsOfCell(tc: XmlNode): XmlNode[] {
  return childrenOf(tc).flatMap((c) => (nameOf(c) === 'w:p' ? [c] : nameOf(c) === 'w:tbl' ? childrenOf(c).filter((r) => nameOf(r) === 'w:tr').flatMap((r) => childrenOf(r).filter((x) => nameOf(x) === 'w:tc').flatMap(paragraphsOfCell)) : []));
}

interface TextRun {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** The runs of a paragraph, those inside links and insertions too; deleted text left out. */
function collectRuns(node: XmlNode): TextRun[] {
  const runs: TextRun[] = [];
  for (const c of childrenOf(node)) {
    const name = nameOf(c);
    if (name === 'w:r') {
      const props = child(c, 'w:rPr');
      let text = '';
      for (const part of childrenOf(c)) {
        const partName = nameOf(part);
        if (partName === 'w:t') text += childrenOf(part).map(textOf).join('');
        else if (partName === 'w:tab' || partName === 'w:br' || partName === 'w:cr') text += ' ';
        else if (partName === 'w:noBreakHyphen') text += '-';
      }
      // Capitals set by the font ("Kế hoạch" shown as "KẾ HOẠCH") are the text the reader sees.
      if (isOn(props, 'w:caps')) text = text.toLocaleUpperCase('vi');
      // A typed asterisk is an asterisk: in the plan's text syntax "*" marks italics, "\*" prints one.
      runs.push({ text: text.replace(/\*/g, '\\*'), bold: isOn(props, 'w:b'), italic: isOn(props, 'w:i') });
    } else if (RUN_CONTAINERS.has(name)) runs.push(...collectRuns(c));
  }
  return runs;
}

function collectText(node: XmlNode): string {
  return nameOf(node) === 'w:p' ? collectRuns(node).map((r) => r.text).join('') : childrenOf(node).map(collectText).join('\n');
}

/**
 * The runs' text, italic (bold) stretches marked `*...*` (`**...**`) when the paragraph also has
 * plain text: a paragraph italic or bold throughout is a layout (a heading, a caption), not emphasis.
 */
function markEmphasis(runs: readonly TextRun[]): string {
  const visible = runs.filter((r) => r.text.trim() !== '');
  const markItalic = visible.some((r) => r.italic) && visible.some((r) => !r.italic);
  const markBold = visible.some((r) => r.bold) && visible.some((r) => !r.bold);
  let out = '';
  let open = '';
  for (const run of runs) {
    const mark = `${markBold && run.bold ? '**' : ''}${markItalic && run.italic ? '*' : ''}`;
    if (run.text.trim() === '') {
      out += run.text;
      continue;
    }
    if (mark !== open) {
      out = closeMark(out, open);
      const lead = /^\s*/.exec(run.text)![0];
      out += lead + mark;
      open = mark;
      out += run.text.slice(lead.length);
    } else out += run.text;
  }
  return closeMark(out, open);
}

/** Closes an open mark before the spaces it ended on ("*a b* c", not "*a b *c"). */
function closeMark(text: string, mark: string): string {
  if (mark === '') return text;
  const trail = /\s*$/.exec(text)![0];
  return `${text.slice(0, text.length - trail.length)}${[...mark].reverse().join('')}${trail}`;
}
