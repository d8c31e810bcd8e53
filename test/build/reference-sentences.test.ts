import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Paragraph } from '../support/docx-reader.js';
import {
  REFERENCE_TEXT,
  buildReferencePlan,
  collapseWhitespace,
  firstSectionBlocks,
  paragraphsOf,
  topLevelParagraphs,
  type BuiltPlan,
} from './build-helpers.js';

/** A known difference between the typed reference and what the build prints. */
interface Correction {
  from: string;
  to: string;
}

/** The only differences allowed between the reference text and the build, each one explained. */
const CORRECTIONS: readonly Correction[] = [
  // Section IV prints the unit's name from units.yaml; the reference mistyped "Chi cục Tiêu chuẩn".
  { from: 'Chi tiêu chuẩn', to: 'Chi cục Tiêu chuẩn' },
  // Typo in the reference ("tiên bộ" for "tiến bộ" kỹ thuật).
  { from: 'tiên bộ', to: 'tiến bộ' },
  // Missing word in the reference ("kiểm định phục vụ QLNN").
  { from: 'phục QLNN', to: 'phục vụ QLNN' },
];

/** One paragraph of the reference, with the 1-based line it starts on. */
interface RefParagraph {
  line: number;
  text: string;
}

/** One sentence to look for, with where it comes from in the reference. */
interface Sentence {
  line: number;
  text: string;
}

const SENTENCE_END = /[.!?:;…]$/;
const LIST_MARKER = /^(?:- \+ |- |\+ )/;
const NUMBER_LABEL = /^(?:[IVX]+|\d+(?:\.\d+)*)\.$/;
const SECTION_IV = 'IV. TỔ CHỨC THỰC HIỆN';
const CLOSING_START = 'Trên đây là Kế hoạch';

/** A line that continues the previous paragraph: lower case, but not a point label such as "b)". */
function continuesParagraph(text: string): boolean {
  return /^\p{Ll}/u.test(text) && !/^\p{Ll}\)/u.test(text);
}

/** One paragraph per non-blank line; a paragraph broken by a page break is joined again. */
function readReferenceParagraphs(text: string): { paragraphs: RefParagraph[]; joins: number } {
  const paragraphs: RefParagraph[] = [];
  let joins = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const previous = paragraphs[paragraphs.length - 1];
    if (previous && !SENTENCE_END.test(previous.text) && continuesParagraph(line)) {
      previous.text += ` ${line}`;
      joins++;
    } else {
      paragraphs.push({ line: i + 1, text: line });
    }
  });
  return { paragraphs, joins };
}

function applyCorrections(text: string): string {
  return CORRECTIONS.reduce((t, c) => t.split(c.from).join(c.to), text);
}

/** The numbered unit headings of section IV ("1. Văn phòng Sở"), as [number, name]. */
function sectionIvHeadings(texts: readonly string[]): { number: number; name: string }[] {
  const start = texts.indexOf(SECTION_IV);
  const end = texts.findIndex((t) => t.startsWith(CLOSING_START));
  return texts
    .slice(start + 1, end)
    .map((t) => /^(\d+)\. (.+)$/.exec(t))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ number: Number(m[1]), name: m[2]! }));
}

/**
 * The reference as the build should print it: corrections applied, list markers and emphasis
 * marks removed, section IV unit headings without their (wrong) numbers.
 */
function expectedParagraphs(paragraphs: readonly RefParagraph[]): RefParagraph[] {
  const corrected = paragraphs.map((p) => ({ line: p.line, text: applyCorrections(p.text).replace(LIST_MARKER, '') }));
  const texts = corrected.map((p) => p.text);
  const start = texts.indexOf(SECTION_IV);
  const end = texts.findIndex((t) => t.startsWith(CLOSING_START));
  return corrected.map((p, i) => ({
    line: p.line,
    text: (i > start && i < end ? p.text.replace(/^\d+\. /, '') : p.text).replace(/\*/g, ''),
  }));
}

/** Splits a paragraph after . ! ? :, keeping a heading's number ("1.1.", "IV.") with its heading. */
function splitSentences(paragraph: RefParagraph): Sentence[] {
  const parts = paragraph.text.split(/(?<=[.!?:])\s+/);
  const sentences: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (NUMBER_LABEL.test(part) && i + 1 < parts.length) {
      parts[i + 1] = `${part} ${parts[i + 1]}`;
      continue;
    }
    sentences.push(part);
  }
  return sentences.map((text) => ({ line: paragraph.line, text: collapseWhitespace(text) })).filter((s) => s.text !== '');
}

/** Sentences not found, in order, in `text`; each search starts where the previous match ended. */
function missingInOrder(sentences: readonly Sentence[], text: string): string[] {
  const missing: string[] = [];
  let at = 0;
  for (const sentence of sentences) {
    const found = text.indexOf(sentence.text, at);
    if (found === -1) {
      const context = text.slice(Math.max(0, at - 40), at + 80);
      missing.push(`reference line ${sentence.line}: "${sentence.text}"\n    not found after position ${at}: …${context}…`);
      continue;
    }
    at = found + sentence.text.length;
  }
  return missing;
}

/** Character ranges of the italic text of a paragraph, as strings, neighbouring italic runs merged. */
function italicSpans(paragraph: Paragraph): string[] {
  const spans: string[] = [];
  let current = '';
  for (const run of paragraph.runs) {
    if (run.italic && run.text !== '') current += run.text;
    else if (run.text !== '') {
      if (current) spans.push(current);
      current = '';
    }
  }
  if (current) spans.push(current);
  return spans;
}

/** Whether the character at `index` of the paragraph's text is in an italic run. */
function italicAt(paragraph: Paragraph, index: number): boolean {
  let offset = 0;
  for (const run of paragraph.runs) {
    if (index < offset + run.text.length) return run.italic;
    offset += run.text.length;
  }
  throw new Error(`index ${index} is past the end of "${paragraph.text}"`);
}

describe('the built Kế hoạch against the reference text', () => {
  const referenceText = readFileSync(REFERENCE_TEXT, 'utf8');
  const reference = readReferenceParagraphs(referenceText);
  const expected = expectedParagraphs(reference.paragraphs);
  let built: BuiltPlan;
  let bodyText: string;
  let bodyParagraphs: Paragraph[];

  beforeAll(async () => {
    built = await buildReferencePlan();
    const blocks = firstSectionBlocks(built.doc);
    bodyText = collapseWhitespace(paragraphsOf(blocks).map((p) => p.text).join('\n'));
    bodyParagraphs = topLevelParagraphs(blocks);
  });

  afterAll(() => {
    if (built) rmSync(built.outDir, { recursive: true, force: true });
  });

  it('reads the reference as expected: one page-broken paragraph joined, every correction applies', () => {
    expect(reference.joins).toBe(1);
    // Section IV's second unit: its last sentence runs over a page break in the reference.
    const joined = reference.paragraphs.find((p) => p.text.startsWith('- Hướng dẫn các cơ quan'));
    expect(joined?.text).toMatch(/tổng kết thực tiễn đóng góp của ngành khoa học và công nghệ đối với .* trên địa bàn tỉnh\.$/);
    for (const correction of CORRECTIONS) expect(referenceText, `correction "${correction.from}"`).toContain(correction.from);
  });

  it('contains every sentence of the reference, in the same order', () => {
    const sentences = expected.flatMap(splitSentences);
    expect(sentences.length).toBeGreaterThan(100);
    const missing = missingInOrder(sentences, bodyText);
    expect(missing, `sentences missing or out of order:\n${missing.join('\n')}`).toEqual([]);
  });

  it('prints the corrected wording, not the reference typos', () => {
    for (const correction of CORRECTIONS) {
      expect(bodyText).toContain(correction.to);
      expect(bodyText).not.toContain(correction.from);
    }
  });

  it('prints the blank number and day as spaces in the header lines', () => {
    expect(bodyText).toContain('Số: /KH-KHCN');
    expect(bodyText).toContain('Bắc Giang, ngày tháng 01 năm 2023');
    const header = paragraphsOf(firstSectionBlocks(built.doc)).map((p) => p.text);
    expect(header.find((t) => t.startsWith('Số:'))).toMatch(/^Số: {2,}\/KH-KHCN$/);
    expect(header.find((t) => t.startsWith('Bắc Giang,'))).toMatch(/^Bắc Giang, ngày {2,}tháng 01 năm 2023$/);
  });

  it('numbers the section IV units 1 to 5 where the reference has 1, 2, 2, 3, 4', () => {
    const referenceHeadings = sectionIvHeadings(reference.paragraphs.map((p) => applyCorrections(p.text)));
    expect(referenceHeadings.map((h) => h.number)).toEqual([1, 2, 2, 3, 4]);
    const builtHeadings = sectionIvHeadings(bodyParagraphs.map((p) => p.text));
    expect(builtHeadings.map((h) => h.number)).toEqual([1, 2, 3, 4, 5]);
    expect(builtHeadings.map((h) => h.name)).toEqual(referenceHeadings.map((h) => h.name));
  });

  it('leaves no Markdown emphasis marks in the text', () => {
    expect(bodyText).not.toContain('*');
  });

  it('prints the species names of the reference in italics, and only them', () => {
    const names = [...referenceText.matchAll(/\*([^*]+)\*/g)].map((m) => collapseWhitespace(m[1]!));
    expect(names).toEqual(['Channa maculata', 'Lonicera japonica', 'Plantago asiatica', 'Kaempferia parviflora']);
    // Header and closing tables have italic lines of their own (place and date, "Nơi nhận:").
    expect(bodyParagraphs.flatMap(italicSpans)).toEqual(names);
    for (const name of names) {
      const paragraph = bodyParagraphs.find((p) => p.text.includes(name));
      expect(paragraph, name).toBeDefined();
      const start = paragraph!.text.indexOf(name);
      for (let i = start; i < start + name.length; i++) expect(italicAt(paragraph!, i), `"${name}" char ${i - start}`).toBe(true);
      expect(italicAt(paragraph!, start - 1), `text before "${name}"`).toBe(false);
      expect(italicAt(paragraph!, start + name.length), `text after "${name}"`).toBe(false);
    }
  });
});
