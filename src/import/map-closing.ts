import type { Todo } from './findings.js';
import type { UnitRegistry } from './match-units.js';
import type { SourceBlock, SourceParagraph } from './source-lines.js';

/** The closing paragraph, Nơi nhận, the archive line and the signature block, as plan.yaml writes them. */
export interface ImportedClosing {
  closing: string | null;
  recipients: { name: string; note?: string }[];
  archive: string;
  signer: { authority?: string | string[]; title?: string | string[]; name?: string };
  /** Paragraphs of the body: those before the closing. */
  bodyEnd: number;
  /** Source lines the plan has no place for (a file mark under "Lưu"), kept in a comment. */
  leftOver: SourceParagraph[];
}

const RECIPIENTS = /^Nơi nhận:?$/iu;
const ARCHIVE = /^-\s*Lưu:\s*VT,\s*(.+?)\.?$/u;
const ARCHIVE_VT_ONLY = /^-\s*Lưu:\s*VT\s*\.?$/u;
const AUTHORITY = /^(TM|KT|Q|TL|TUQ)\.\s/u;
const CAPITALS = /^[\p{Lu}\s.]+$/u;

/**
 * Reads what follows the body, from `start` (the first paragraph after the title) to `end` (the
 * first of the appendices): the closing ("Trên đây là ..." or the paragraph ending "./."),
 * "Nơi nhận:" with its "- ...;" lines, "- Lưu: VT, XX." and the signature lines (TM./KT. lines,
 * the title in capitals, the name).
 */
export function readClosing(blocks: readonly SourceBlock[], start: number, end: number, units: UnitRegistry, todos: Todo[]): ImportedClosing {
  // A table there is no closing line: it reads as an empty paragraph.
  const paragraphs: SourceParagraph[] = blocks.map((b) => (b.kind === 'p' ? b : { kind: 'p', text: '', n: b.n }));
  const at = paragraphs.slice(start, end).findIndex((p) => RECIPIENTS.test(p.text));
  const recipientsAt = at === -1 ? -1 : start + at;
  const result: ImportedClosing = { closing: null, recipients: [], archive: '', signer: {}, bodyEnd: end, leftOver: [] };
  let tail: SourceParagraph[];
  if (recipientsAt === -1) {
    // No Nơi nhận: the signature lines, if any, end the document.
    tail = [];
    let i = end - 1;
    while (i > start && signatureLine(paragraphs[i]!.text) && end - i <= 5) tail.unshift(paragraphs[i--]!);
    if (tail.length > 0 && isName(tail[tail.length - 1]!.text) && tail.length >= 2) result.bodyEnd = i + 1;
    else tail = [];
  } else {
    result.bodyEnd = recipientsAt;
    tail = paragraphs.slice(recipientsAt + 1, end).filter((p) => p.text !== '');
  }
  const last = paragraphs[result.bodyEnd - 1];
  if (last && result.bodyEnd > start && (/^Trên đây/u.test(last.text) || /\.\/\.$/.test(last.text))) {
    result.closing = last.text;
    result.bodyEnd--;
  }
  let i = 0;
  for (; i < tail.length && tail[i]!.text.startsWith('-'); i++) {
    const text = tail[i]!.text;
    const archive = ARCHIVE.exec(text);
    if (ARCHIVE_VT_ONLY.test(text)) {
      // "Lưu: VT." names no drafting unit, which Nghị định 30 asks for: one is to be chosen, and the line then prints with it.
      result.archive = units.addAbbreviation('VP', tail[i]!.n).id;
      todos.push({ file: 'plan.yaml', path: ['archive'], reason: 'Dòng "Lưu: VT." không có đơn vị soạn thảo (Nghị định 30 ghi "Lưu: VT, <đơn vị soạn thảo>"): chọn đơn vị lưu văn bản.', n: tail[i]!.n });
      i++;
      break;
    }
    if (archive) {
      result.archive = units.addAbbreviation(archive[1]!, tail[i]!.n).id;
      i++;
      break;
    }
    result.recipients.push(recipientOf(text));
  }
  const rest = tail.slice(i);
  const nameAt = rest.length > 0 && isName(rest[rest.length - 1]!.text) ? rest.length - 1 : rest.length;
  const signature = rest.slice(0, nameAt);
  const firstSignature = signature.findIndex((p) => signatureLine(p.text));
  result.leftOver = firstSignature === -1 ? signature : signature.slice(0, firstSignature);
  const lines = firstSignature === -1 ? [] : signature.slice(firstSignature).map((p) => p.text);
  const authority = lines.filter((l) => AUTHORITY.test(l));
  const title = lines.filter((l) => !AUTHORITY.test(l));
  if (authority.length > 0) result.signer.authority = authority.length === 1 ? authority[0]! : authority;
  if (title.length > 0) result.signer.title = title.length === 1 ? title[0]! : title;
  if (nameAt < rest.length) result.signer.name = rest[nameAt]!.text;
  if (result.archive === '') {
    result.archive = units.addAbbreviation('VP', 0).id;
    todos.push({ file: 'plan.yaml', path: ['archive'], reason: 'Văn bản nguồn không có dòng "Lưu: VT, ...": chọn đơn vị lưu văn bản.', n: tail[0]?.n ?? 0 });
  }
  if (result.leftOver.length > 0) {
    todos.push({ file: 'plan.yaml', path: ['archive'], reason: `Dòng không có chỗ trong Nơi nhận và chữ ký, không in ra: ${result.leftOver.map((p) => `"${p.text}"`).join(', ')}.`, n: result.leftOver[0]!.n });
  }
  if (result.signer.name === undefined && recipientsAt !== -1) {
    todos.push({ file: 'plan.yaml', path: ['signer'], reason: 'Không đọc được khối chữ ký (chức vụ, họ tên người ký).', n: tail[tail.length - 1]?.n ?? 0 });
  }
  return result;
}

/** "- Phó Chủ tịch UBND tỉnh (b/cáo);" -> name and note; the text is kept as typed either way. */
function recipientOf(line: string): { name: string; note?: string } {
  const text = line.replace(/^-\s*/, '').replace(/;$/, '');
  const note = /^(.+?) \(((?:để |b\/c)[^()]*)\)$/u.exec(text);
  return note ? { name: note[1]!, note: note[2]! } : { name: text };
}

/** A line of a signature block: TM./KT. lines and titles in capitals. */
function signatureLine(text: string): boolean {
  return AUTHORITY.test(text) || (CAPITALS.test(text) && /\p{Lu}{2}/u.test(text));
}

/** A signer's name: two to six capitalised words, not all in capitals. */
function isName(text: string): boolean {
  return /^(\p{Lu}[\p{Ll}]*)( \p{Lu}[\p{Ll}]*){1,5}$/u.test(text);
}
