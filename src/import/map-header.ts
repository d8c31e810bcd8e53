import type { Todo } from './findings.js';
import type { SourceParagraph } from './source-lines.js';

/** The header block of a Kế hoạch as plan.yaml writes it. */
export interface ImportedHeader {
  issuer: { superior?: string | string[]; name: string | string[]; abbreviation: string };
  number: string;
  place: string;
  date: string;
  title: string | string[];
  /** Index of the first paragraph after the title. */
  next: number;
}

const NATIONAL = /^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/i;
const MOTTO = /^Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc$/i;
const NUMBER = /^Số:\s*(\d*)\s*\/\s*KH-([A-ZĐ0-9&]+)\b/u;
const PLACE_DATE = /^(.+?),\s*ngày\s*(\d{0,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})\s*$/u;
const DOCUMENT_TYPE = /^KẾ HOẠCH$/u;
/** A body that has no superior: a People's Committee or Council prints its own name on both lines. */
const NO_SUPERIOR = /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)$/iu;

/** Where the title stops: the first paragraph that reads as the opening or the outline. */
function endsTitle(p: SourceParagraph): boolean {
  return /[.;:]$/.test(p.text) || /^(Căn cứ|Thực hiện|[IVX]+\.\s|\d+\.\s|-\s)/u.test(p.text);
}

/** A draft's marks above the header: "DỰ THẢO", "Dự thảo lần 2", a note in brackets. */
const DRAFT_MARK = /^(?:DỰ THẢO|Dự thảo)(?![\p{L}])|^\(.*\)$/u;

/** The most lines an issuer's name takes: the superior body's two and its own two. */
const MAX_ISSUER_LINES = 4;

/**
 * Reads the header block: issuer lines, national name and motto (printed by the tool, so skipped),
 * "Số: .../KH-...", place and date, "KẾ HOẠCH" and the title lines after it. What the source lacks
 * is filled with a placeholder and a TODO, so that the plan loads and the clerk sees what to type.
 */
export function readHeader(paragraphs: readonly SourceParagraph[], todos: Todo[]): ImportedHeader {
  const typeAt = paragraphs.findIndex((p) => DOCUMENT_TYPE.test(p.text));
  const head = typeAt === -1 ? [] : paragraphs.slice(0, typeAt);
  const issuerLines: SourceParagraph[] = [];
  const notIssuer: SourceParagraph[] = [];
  let number: { value: string; abbreviation: string; n: number } | null = null;
  let placeDate: { place: string; date: string; n: number } | null = null;
  for (const p of head) {
    const numberMatch = NUMBER.exec(p.text);
    const dateMatch = PLACE_DATE.exec(p.text);
    if (NATIONAL.test(p.text) || MOTTO.test(p.text)) continue;
    if (numberMatch) number = { value: numberMatch[1]!, abbreviation: numberMatch[2]!, n: p.n };
    else if (dateMatch) {
      const [, place, day, month, year] = dateMatch;
      placeDate = { place: place!, date: `${year}-${month!.padStart(2, '0')}${day ? `-${day.padStart(2, '0')}` : ''}`, n: p.n };
    } else if (DRAFT_MARK.test(p.text) || issuerLines.length >= MAX_ISSUER_LINES) {
      // "DỰ THẢO", "(Lần 2)": a draft's marks above the header, not the issuing body; nor more lines than a body's name takes.
      notIssuer.push(p);
    } else issuerLines.push(p);
  }
  if (notIssuer.length > 0) {
    const shown = notIssuer.slice(0, 3).map((p) => `"${p.text}"`).join(', ');
    const more = notIssuer.length > 3 ? ` và ${notIssuer.length - 3} dòng nữa` : '';
    todos.push({ file: 'plan.yaml', path: ['issuer'], reason: `Dòng phía trên tiêu đề không phải tên cơ quan ban hành, không in ra: ${shown}${more}.`, n: notIssuer[0]!.n });
  }
  const header: ImportedHeader = { issuer: issuerOf(issuerLines), number: number?.value ?? '', place: placeDate?.place ?? 'Địa danh', date: placeDate?.date ?? guessDate(paragraphs), title: '', next: typeAt + 1 };
  const first = paragraphs[0]?.n ?? 0;
  if (issuerLines.length === 0) todos.push({ file: 'plan.yaml', path: ['issuer', 'name'], reason: 'Văn bản nguồn không có tên cơ quan ban hành: ghi tên cơ quan.', n: first });
  if (number === null) {
    header.issuer.abbreviation = 'XX';
    todos.push({ file: 'plan.yaml', path: ['issuer', 'abbreviation'], reason: 'Văn bản nguồn không có dòng "Số: .../KH-...": ghi chữ viết tắt của cơ quan.', n: first });
  } else header.issuer.abbreviation = number.abbreviation;
  if (placeDate === null) {
    todos.push({ file: 'plan.yaml', path: ['place'], reason: 'Văn bản nguồn không có dòng địa danh, ngày tháng: ghi địa danh.', n: first });
    todos.push({ file: 'plan.yaml', path: ['date'], reason: 'Văn bản nguồn không có ngày ban hành: tháng ghi ở đây là đoán từ năm nêu trong văn bản.', n: first });
  }
  if (typeAt === -1) {
    header.title = 'Tên kế hoạch';
    header.next = 0;
    todos.push({ file: 'plan.yaml', path: ['title'], reason: 'Văn bản nguồn không có dòng "KẾ HOẠCH" và trích yếu: ghi trích yếu.', n: first });
    return header;
  }
  const title: SourceParagraph[] = [];
  let at = typeAt + 1;
  // The line under "KẾ HOẠCH" is the title, however it is aligned; the lines after it are too when
  // a .docx centres them as it does, or in a text file until the opening starts.
  const inTitle = (p: SourceParagraph) => title.length === 0 || (p.center !== undefined ? p.center : !endsTitle(p));
  while (at < paragraphs.length && title.length < 4 && inTitle(paragraphs[at]!)) title.push(paragraphs[at++]!);
  header.title = title.length === 1 ? title[0]!.text : title.length > 1 ? title.map((p) => p.text) : 'Tên kế hoạch';
  header.next = at;
  return header;
}

/** Issuer lines: a UBND is its own name on both lines; otherwise the first line is the superior body. */
function issuerOf(lines: readonly SourceParagraph[]): ImportedHeader['issuer'] {
  const texts = lines.map((l) => l.text);
  if (texts.length === 0) return { name: 'Tên cơ quan ban hành', abbreviation: '' };
  if (texts.length === 1 || NO_SUPERIOR.test(texts[0]!)) return { name: texts.length === 1 ? texts[0]! : texts, abbreviation: '' };
  const bold = lines.filter((l) => l.bold === true);
  // A .docx says which lines are bold: the issuing body's; the superior's are not.
  if (bold.length > 0 && bold.length < lines.length && lines.findIndex((l) => l.bold) > 0) {
    const split = lines.findIndex((l) => l.bold);
    const superior = texts.slice(0, split);
    const name = texts.slice(split);
    return { superior: superior.length === 1 ? superior[0]! : superior, name: name.length === 1 ? name[0]! : name, abbreviation: '' };
  }
  const name = texts.slice(1);
  return { superior: texts[0]!, name: name.length === 1 ? name[0]! : name, abbreviation: '' };
}

/** A month for a source without a date: January of the latest year the text names. */
function guessDate(paragraphs: readonly SourceParagraph[]): string {
  const years = paragraphs.flatMap((p) => [...p.text.matchAll(/\b(19\d\d|20\d\d)\b/g)].map((m) => Number(m[1])));
  return `${years.length > 0 ? Math.max(...years) : 2000}-01`;
}
