import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

/**
 * A run of text with its formatting; its size, when the run sets none, is its paragraph style's
 * (through basedOn) or the document's default, as Word shows it.
 */
export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  caps: boolean;
  size: number | null;
  font: string | null;
  lang: string | null;
  color: string | null;
  style: string | null;
  pageBreak: boolean;
  fieldCode?: string;
}

/** Paragraph-level properties shared by paragraphs and paragraph styles. */
export interface ParagraphProps {
  align: string | null;
  indentFirstLine: number | null;
  indentLeft: number | null;
  indentRight: number | null;
  indentHanging: number | null;
  spacingBefore: number | null;
  spacingAfter: number | null;
  spacingLine: number | null;
  spacingLineRule: string | null;
  keepNext: boolean;
  keepLines: boolean;
  pageBreakBefore: boolean;
  borderBottom: boolean;
}

/** A header/footer reference of a section, with its target part resolved. */
export interface PartRef {
  type: string;
  rId: string;
  target: string | null;
}

/** Page setup of one section (twips). */
export interface SectionProps {
  type: string | null;
  pageWidth: number | null;
  pageHeight: number | null;
  orientation: 'portrait' | 'landscape';
  marginTop: number | null;
  marginBottom: number | null;
  marginLeft: number | null;
  marginRight: number | null;
  marginHeader: number | null;
  marginFooter: number | null;
  titlePage: boolean;
  pageNumberStart: number | null;
  pageNumberFormat: string | null;
  headerRefs: PartRef[];
  footerRefs: PartRef[];
}

/**
 * A paragraph with its properties, runs and field instructions; a property the paragraph does not
 * set itself is its style's (through basedOn), then the document's default, as Word shows it.
 */
export interface Paragraph extends ParagraphProps {
  kind: 'p';
  text: string;
  style: string | null;
  numbering: { numId: string; ilvl: number } | null;
  runs: Run[];
  fields: string[];
  sectionProps?: SectionProps;
}

/** One table border edge. */
export interface Border {
  val: string | null;
  size: number | null;
  color: string | null;
}

/** A table cell; `paragraphs` flattens nested tables, `blocks` keeps structure. */
export interface Cell {
  paragraphs: Paragraph[];
  blocks: Block[];
  gridSpan: number;
  vMerge: string | null;
  width: number | null;
  shading: string | null;
  vAlign: string | null;
  text: string;
}

/** A table row. */
export interface Row {
  cells: Cell[];
  isHeader: boolean;
  cantSplit: boolean;
  height: number | null;
}

/** A table with its grid and table-level properties. */
export interface Table {
  kind: 'table';
  rows: Row[];
  gridCols: number[];
  borders: Record<string, Border>;
  bordersSummary: string;
  layout: 'fixed' | 'autofit' | null;
  width: number | null;
  widthType: string | null;
  style: string | null;
  align: string | null;
}

/** A body-level block. */
export type Block = Paragraph | Table;

/** Run properties of a style; null means "not set by this style". */
export interface StyleRunProps {
  bold: boolean | null;
  italic: boolean | null;
  underline: boolean | null;
  size: number | null;
  font: string | null;
  lang: string | null;
  color: string | null;
}

/** Summary of one paragraph or character style. */
export interface StyleSummary extends ParagraphProps, StyleRunProps {
  id: string;
  name: string | null;
  basedOn: string | null;
  next: string | null;
}

/** Document defaults and style summaries from word/styles.xml. */
export interface StylesView {
  font: string | null;
  size: number | null;
  lang: string | null;
  defaultParagraph: ParagraphProps;
  paragraph: Record<string, StyleSummary>;
  character: Record<string, StyleSummary>;
}

/** Everything the reader extracts from a .docx. */
export interface DocxView {
  entryNames: string[];
  parts: Record<string, string>;
  files: Record<string, Uint8Array>;
  body: Block[];
  sections: SectionProps[];
  headers: Record<string, Block[]>;
  styles: StylesView;
  text(): string;
  paragraphs(): Paragraph[];
  tables(): Table[];
  /** Text of a header/footer part (e.g. 'word/header1.xml'), paragraphs joined by "\n". */
  partText(part: string): string;
}

type XNode = Record<string, unknown>;
type Attrs = Record<string, string>;

const ATTRS = ':@';
const TEXT = '#text';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
});

/** Converts twips (1/1440 inch) to millimetres. */
export function twipsToMm(n: number): number {
  return (n * 25.4) / 1440;
}

/** Converts millimetres to twips (rounded). */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ent: string) => {
    if (ent.startsWith('#x') || ent.startsWith('#X')) return safeCodePoint(parseInt(ent.slice(2), 16), whole);
    if (ent.startsWith('#')) return safeCodePoint(parseInt(ent.slice(1), 10), whole);
    return XML_ENTITIES[ent] ?? whole;
  });
}

function safeCodePoint(cp: number, fallback: string): string {
  try {
    return String.fromCodePoint(cp);
  } catch {
    return fallback;
  }
}

function parseXml(xml: string): XNode[] {
  try {
    const out: unknown = parser.parse(xml);
    return Array.isArray(out) ? (out as XNode[]) : [];
  } catch {
    return [];
  }
}

function tagOf(node: XNode): string | null {
  for (const key of Object.keys(node)) if (key !== ATTRS) return key;
  return null;
}

function kids(node: XNode | null | undefined): XNode[] {
  if (!node) return [];
  const tag = tagOf(node);
  if (!tag || tag === TEXT) return [];
  const value = node[tag];
  return Array.isArray(value) ? (value as XNode[]) : [];
}

function attrs(node: XNode | null | undefined): Attrs {
  const a = node?.[ATTRS];
  return a && typeof a === 'object' ? (a as Attrs) : {};
}

function attr(node: XNode | null | undefined, name: string): string | null {
  const v = attrs(node)[name];
  return v === undefined ? null : decodeEntities(String(v));
}

function child(node: XNode | null | undefined, tag: string): XNode | null {
  return kids(node).find((k) => tagOf(k) === tag) ?? null;
}

function children(node: XNode | null | undefined, tag: string): XNode[] {
  return kids(node).filter((k) => tagOf(k) === tag);
}

function path(node: XNode | null | undefined, ...tags: string[]): XNode | null {
  let cur: XNode | null = node ?? null;
  for (const t of tags) cur = child(cur, t);
  return cur;
}

function rawText(node: XNode): string {
  let s = '';
  for (const k of kids(node)) {
    if (tagOf(k) === TEXT) s += String(k[TEXT] ?? '');
  }
  return decodeEntities(s);
}

function rootElement(nodes: XNode[], tag: string): XNode | null {
  return nodes.find((n) => tagOf(n) === tag) ?? null;
}

const UNIT_TWIPS: Record<string, number> = { mm: 1440 / 25.4, cm: 1440 / 2.54, in: 1440, pt: 20, pc: 240, pi: 240 };

function measure(value: string | null, twipsPerUnit = 1): number | null {
  if (value === null) return null;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(mm|cm|in|pt|pc|pi)?\s*$/.exec(value);
  if (!m) return null;
  const n = Number(m[1]);
  if (!m[2]) return n;
  return Math.round((n * (UNIT_TWIPS[m[2]] ?? 1)) / twipsPerUnit);
}

function twips(node: XNode | null, name: string): number | null {
  return measure(attr(node, name));
}

function halfPoints(node: XNode | null): number | null {
  return measure(attr(node, 'w:val'), 10);
}

function isOn(node: XNode | null): boolean {
  if (!node) return false;
  const v = attr(node, 'w:val');
  return v === null || !['false', '0', 'off', 'none'].includes(v.toLowerCase());
}

function toggle(node: XNode | null): boolean | null {
  return node ? isOn(node) : null;
}

function underlineOn(node: XNode | null): boolean | null {
  if (!node) return null;
  const v = attr(node, 'w:val');
  return v === null || !['none', 'false', '0', 'off'].includes(v.toLowerCase());
}

function fontOf(rPr: XNode | null): string | null {
  const f = child(rPr, 'w:rFonts');
  return attr(f, 'w:ascii') ?? attr(f, 'w:hAnsi');
}

function borderOn(node: XNode | null): boolean {
  const v = attr(node, 'w:val');
  return !!node && v !== 'nil' && v !== 'none';
}

function readParagraphProps(pPr: XNode | null): ParagraphProps {
  const ind = child(pPr, 'w:ind');
  const spacing = child(pPr, 'w:spacing');
  return {
    align: attr(child(pPr, 'w:jc'), 'w:val'),
    indentFirstLine: twips(ind, 'w:firstLine'),
    indentLeft: twips(ind, 'w:left') ?? twips(ind, 'w:start'),
    indentRight: twips(ind, 'w:right') ?? twips(ind, 'w:end'),
    indentHanging: twips(ind, 'w:hanging'),
    spacingBefore: twips(spacing, 'w:before'),
    spacingAfter: twips(spacing, 'w:after'),
    spacingLine: twips(spacing, 'w:line'),
    spacingLineRule: attr(spacing, 'w:lineRule'),
    keepNext: isOn(child(pPr, 'w:keepNext')),
    keepLines: isOn(child(pPr, 'w:keepLines')),
    pageBreakBefore: isOn(child(pPr, 'w:pageBreakBefore')),
    borderBottom: borderOn(path(pPr, 'w:pBdr', 'w:bottom')),
  };
}

function readStyleRunProps(rPr: XNode | null): StyleRunProps {
  return {
    bold: toggle(child(rPr, 'w:b')),
    italic: toggle(child(rPr, 'w:i')),
    underline: underlineOn(child(rPr, 'w:u')),
    size: halfPoints(child(rPr, 'w:sz')),
    font: fontOf(rPr),
    lang: attr(child(rPr, 'w:lang'), 'w:val'),
    color: attr(child(rPr, 'w:color'), 'w:val'),
  };
}

interface FieldState {
  depth: number;
  instr: string;
  fields: string[];
}

interface RunContent {
  text: string;
  instr: string;
  pageBreak: boolean;
}

function readRunContent(r: XNode, state: FieldState): RunContent {
  const out: RunContent = { text: '', instr: '', pageBreak: false };
  for (const k of kids(r)) {
    switch (tagOf(k)) {
      case 'w:t':
        out.text += rawText(k);
        break;
      case 'w:tab':
      case 'w:ptab':
        out.text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        out.text += '\n';
        if (attr(k, 'w:type') === 'page') out.pageBreak = true;
        break;
      case 'w:noBreakHyphen':
        out.text += '\u2011';
        break;
      case 'w:instrText':
        out.instr += rawText(k);
        if (state.depth > 0) state.instr += rawText(k);
        break;
      case 'w:fldChar':
        handleFldChar(attr(k, 'w:fldCharType'), state);
        break;
      default:
        break;
    }
  }
  return out;
}

function handleFldChar(type: string | null, state: FieldState): void {
  if (type === 'begin') {
    if (state.depth === 0) state.instr = '';
    state.depth += 1;
  } else if (type === 'separate' || (type === 'end' && state.instr)) {
    flushField(state);
  }
  if (type === 'end') state.depth = Math.max(0, state.depth - 1);
}

function flushField(state: FieldState): void {
  const instr = state.instr.trim();
  if (instr) state.fields.push(instr);
  state.instr = '';
}

function readRun(r: XNode, state: FieldState): Run {
  const rPr = child(r, 'w:rPr');
  const content = readRunContent(r, state);
  const run: Run = {
    text: content.text,
    bold: isOn(child(rPr, 'w:b')),
    italic: isOn(child(rPr, 'w:i')),
    underline: underlineOn(child(rPr, 'w:u')) ?? false,
    strike: isOn(child(rPr, 'w:strike')),
    caps: isOn(child(rPr, 'w:caps')),
    size: halfPoints(child(rPr, 'w:sz')),
    font: fontOf(rPr),
    lang: attr(child(rPr, 'w:lang'), 'w:val'),
    color: attr(child(rPr, 'w:color'), 'w:val'),
    style: attr(child(rPr, 'w:rStyle'), 'w:val'),
    pageBreak: content.pageBreak,
  };
  if (content.instr.trim()) run.fieldCode = content.instr.trim();
  return run;
}

const SKIP_IN_PARAGRAPH = new Set(['w:pPr', 'w:del', 'w:moveFrom', 'w:bookmarkStart', 'w:bookmarkEnd', 'w:proofErr']);

function collectRuns(node: XNode, state: FieldState, runs: Run[]): void {
  for (const k of kids(node)) {
    const tag = tagOf(k);
    if (!tag || tag === TEXT || SKIP_IN_PARAGRAPH.has(tag)) continue;
    if (tag === 'w:r') {
      runs.push(readRun(k, state));
      continue;
    }
    if (tag === 'w:fldSimple') {
      const instr = (attr(k, 'w:instr') ?? '').trim();
      if (instr) state.fields.push(instr);
    }
    collectRuns(k, state, runs);
  }
}

interface Context {
  rels: Record<string, string>;
  sections: SectionProps[];
}

function readParagraph(p: XNode, ctx: Context): Paragraph {
  const pPr = child(p, 'w:pPr');
  const state: FieldState = { depth: 0, instr: '', fields: [] };
  const runs: Run[] = [];
  collectRuns(p, state, runs);
  if (state.instr.trim()) flushField(state);
  const numPr = child(pPr, 'w:numPr');
  const numId = attr(child(numPr, 'w:numId'), 'w:val');
  const para: Paragraph = {
    kind: 'p',
    text: runs.map((r) => r.text).join(''),
    style: attr(child(pPr, 'w:pStyle'), 'w:val'),
    ...readParagraphProps(pPr),
    numbering: numId === null ? null : { numId, ilvl: Number(attr(child(numPr, 'w:ilvl'), 'w:val') ?? 0) },
    runs,
    fields: state.fields,
  };
  const sectPr = child(pPr, 'w:sectPr');
  if (sectPr) {
    para.sectionProps = readSection(sectPr, ctx.rels);
    ctx.sections.push(para.sectionProps);
  }
  return para;
}

function readRefs(sectPr: XNode, tag: string, rels: Record<string, string>): PartRef[] {
  return children(sectPr, tag).map((ref) => {
    const rId = attr(ref, 'r:id') ?? '';
    return { type: attr(ref, 'w:type') ?? 'default', rId, target: rels[rId] ?? null };
  });
}

function readSection(sectPr: XNode, rels: Record<string, string>): SectionProps {
  const pgSz = child(sectPr, 'w:pgSz');
  const pgMar = child(sectPr, 'w:pgMar');
  const pgNum = child(sectPr, 'w:pgNumType');
  return {
    type: attr(child(sectPr, 'w:type'), 'w:val'),
    pageWidth: twips(pgSz, 'w:w'),
    pageHeight: twips(pgSz, 'w:h'),
    orientation: attr(pgSz, 'w:orient') === 'landscape' ? 'landscape' : 'portrait',
    marginTop: twips(pgMar, 'w:top'),
    marginBottom: twips(pgMar, 'w:bottom'),
    marginLeft: twips(pgMar, 'w:left'),
    marginRight: twips(pgMar, 'w:right'),
    marginHeader: twips(pgMar, 'w:header'),
    marginFooter: twips(pgMar, 'w:footer'),
    titlePage: isOn(child(sectPr, 'w:titlePg')),
    pageNumberStart: measure(attr(pgNum, 'w:start')),
    pageNumberFormat: attr(pgNum, 'w:fmt'),
    headerRefs: readRefs(sectPr, 'w:headerReference', rels),
    footerRefs: readRefs(sectPr, 'w:footerReference', rels),
  };
}

function readBorders(tblBorders: XNode | null): Record<string, Border> {
  const out: Record<string, Border> = {};
  for (const b of kids(tblBorders)) {
    const tag = tagOf(b);
    if (!tag || tag === TEXT) continue;
    out[tag.replace(/^w:/, '')] = {
      val: attr(b, 'w:val'),
      size: measure(attr(b, 'w:sz')),
      color: attr(b, 'w:color'),
    };
  }
  return out;
}

function summarizeBorders(borders: Record<string, Border>): string {
  return Object.entries(borders)
    .map(([side, b]) => `${side}:${b.val ?? '?'}/${b.size ?? '?'}/${b.color ?? '?'}`)
    .join(' ');
}

function flattenParagraphs(blocks: Block[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const b of blocks) {
    if (b.kind === 'p') out.push(b);
    else for (const row of b.rows) for (const cell of row.cells) out.push(...cell.paragraphs);
  }
  return out;
}

function readCell(tc: XNode, ctx: Context): Cell {
  const tcPr = child(tc, 'w:tcPr');
  const blocks = readBlocks(tc, ctx);
  const paragraphs = flattenParagraphs(blocks);
  const vMerge = child(tcPr, 'w:vMerge');
  return {
    paragraphs,
    blocks,
    gridSpan: Number(attr(child(tcPr, 'w:gridSpan'), 'w:val') ?? 1) || 1,
    vMerge: vMerge ? (attr(vMerge, 'w:val') ?? 'continue') : null,
    width: twips(child(tcPr, 'w:tcW'), 'w:w'),
    shading: attr(child(tcPr, 'w:shd'), 'w:fill'),
    vAlign: attr(child(tcPr, 'w:vAlign'), 'w:val'),
    text: paragraphs.map((p) => p.text).join('\n'),
  };
}

function readRow(tr: XNode, ctx: Context): Row {
  const trPr = child(tr, 'w:trPr');
  return {
    cells: children(tr, 'w:tc').map((tc) => readCell(tc, ctx)),
    isHeader: isOn(child(trPr, 'w:tblHeader')),
    cantSplit: isOn(child(trPr, 'w:cantSplit')),
    height: twips(child(trPr, 'w:trHeight'), 'w:val'),
  };
}

function readLayout(tblPr: XNode | null): 'fixed' | 'autofit' | null {
  const layout = child(tblPr, 'w:tblLayout');
  if (!layout) return null;
  return attr(layout, 'w:type') === 'fixed' ? 'fixed' : 'autofit';
}

function readTable(tbl: XNode, ctx: Context): Table {
  const tblPr = child(tbl, 'w:tblPr');
  const tblW = child(tblPr, 'w:tblW');
  const borders = readBorders(child(tblPr, 'w:tblBorders'));
  return {
    kind: 'table',
    rows: children(tbl, 'w:tr').map((tr) => readRow(tr, ctx)),
    gridCols: children(child(tbl, 'w:tblGrid'), 'w:gridCol').map((g) => twips(g, 'w:w') ?? 0),
    borders,
    bordersSummary: summarizeBorders(borders),
    layout: readLayout(tblPr),
    width: twips(tblW, 'w:w'),
    widthType: attr(tblW, 'w:type'),
    style: attr(child(tblPr, 'w:tblStyle'), 'w:val'),
    align: attr(child(tblPr, 'w:jc'), 'w:val'),
  };
}

const CONTAINERS = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo']);

function readBlocks(container: XNode | null, ctx: Context): Block[] {
  const out: Block[] = [];
  for (const k of kids(container)) {
    const tag = tagOf(k);
    if (tag === 'w:p') out.push(readParagraph(k, ctx));
    else if (tag === 'w:tbl') out.push(readTable(k, ctx));
    else if (tag === 'w:sectPr') ctx.sections.push(readSection(k, ctx.rels));
    else if (tag && CONTAINERS.has(tag)) out.push(...readBlocks(k, ctx));
  }
  return out;
}

function relsPathFor(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function readRelationships(parts: Record<string, string>, part: string): Relationship[] {
  const root = rootElement(parseXml(parts[relsPathFor(part)] ?? ''), 'Relationships');
  const out: Relationship[] = [];
  for (const rel of children(root, 'Relationship')) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (!id || !target) continue;
    const external = attr(rel, 'TargetMode') === 'External';
    out.push({ id, type: attr(rel, 'Type') ?? '', target: external ? target : resolveTarget(part, target) });
  }
  return out;
}

function readRels(parts: Record<string, string>, part: string): Record<string, string> {
  return Object.fromEntries(readRelationships(parts, part).map((r) => [r.id, r.target]));
}

function resolveTarget(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(part), target));
}

function readStyleSummary(style: XNode): StyleSummary {
  const rPr = child(style, 'w:rPr');
  return {
    id: attr(style, 'w:styleId') ?? '',
    name: attr(child(style, 'w:name'), 'w:val'),
    basedOn: attr(child(style, 'w:basedOn'), 'w:val'),
    next: attr(child(style, 'w:next'), 'w:val'),
    ...readParagraphProps(child(style, 'w:pPr')),
    ...readStyleRunProps(rPr),
  };
}

function readStyles(xml: string | undefined): StylesView {
  const root = rootElement(parseXml(xml ?? ''), 'w:styles');
  const rPr = path(root, 'w:docDefaults', 'w:rPrDefault', 'w:rPr');
  const view: StylesView = {
    font: fontOf(rPr),
    size: halfPoints(child(rPr, 'w:sz')),
    lang: attr(child(rPr, 'w:lang'), 'w:val'),
    defaultParagraph: readParagraphProps(path(root, 'w:docDefaults', 'w:pPrDefault', 'w:pPr')),
    paragraph: {},
    character: {},
  };
  for (const style of children(root, 'w:style')) {
    const type = attr(style, 'w:type');
    const summary = readStyleSummary(style);
    if (type === 'paragraph') view.paragraph[summary.id] = summary;
    else if (type === 'character') view.character[summary.id] = summary;
  }
  return view;
}

function unzipInput(input: string | Uint8Array): Record<string, Uint8Array> {
  const bytes = typeof input === 'string' ? readFileSync(input) : input;
  return unzipSync(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

function decodeParts(files: Record<string, Uint8Array>): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) parts[name] = strFromU8(data, false);
  return parts;
}

function mainDocumentPart(parts: Record<string, string>): string {
  const rel = readRelationships(parts, '').find((r) => r.type.endsWith('/officeDocument'));
  return rel && parts[rel.target] !== undefined ? rel.target : 'word/document.xml';
}

function headerFooterParts(parts: Record<string, string>, rels: Record<string, string>): string[] {
  const names = new Set(Object.keys(parts).filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n)));
  for (const target of Object.values(rels)) if (/\/(header|footer)[^/]*\.xml$/.test(target) && parts[target]) names.add(target);
  return [...names];
}

function readHeaderPart(xml: string, part: string, parts: Record<string, string>): Block[] {
  const nodes = parseXml(xml);
  const root = rootElement(nodes, 'w:hdr') ?? rootElement(nodes, 'w:ftr');
  return readBlocks(root, { rels: readRels(parts, part), sections: [] });
}

/** Reads a .docx (path or bytes) into a plain, assertion-friendly view. */
export function readDocx(input: string | Uint8Array): DocxView {
  const files = unzipInput(input);
  const parts = decodeParts(files);
  const docPart = mainDocumentPart(parts);
  const rels = readRels(parts, docPart);
  const ctx: Context = { rels, sections: [] };
  const body = readBlocks(path(rootElement(parseXml(parts[docPart] ?? ''), 'w:document'), 'w:body'), ctx);
  const headers: Record<string, Block[]> = {};
  for (const part of headerFooterParts(parts, rels)) headers[part] = readHeaderPart(parts[part] ?? '', part, parts);
  const styles = readStyles(parts['word/styles.xml']);
  for (const blocks of [body, ...Object.values(headers)]) for (const paragraph of flattenParagraphs(blocks)) inheritStyle(paragraph, styles);
  const allParagraphs = (): Paragraph[] => flattenParagraphs(body);
  return {
    entryNames: Object.keys(files),
    parts,
    files,
    body,
    sections: ctx.sections,
    headers,
    styles,
    text: () => allParagraphs().map((p) => p.text).join('\n'),
    paragraphs: allParagraphs,
    tables: () => collectTables(body),
    partText: (part) => flattenParagraphs(headers[part] ?? []).map((p) => p.text).join('\n'),
  };
}

/** Paragraph properties a style can give, which the paragraph then has unless it sets them itself. */
const INHERITED = ['align', 'indentFirstLine', 'indentLeft', 'indentRight', 'indentHanging', 'spacingBefore', 'spacingAfter', 'spacingLine', 'spacingLineRule'] as const;
const TOGGLES = ['keepNext', 'keepLines', 'pageBreakBefore', 'borderBottom'] as const;

/** Fills what the paragraph and its runs leave unset from its style chain, then from the document's defaults. */
function inheritStyle(paragraph: Paragraph, styles: StylesView): void {
  const chain: StyleSummary[] = [];
  for (let id = paragraph.style, seen = 0; id !== null && seen < 20; seen++) {
    const style = styles.paragraph[id];
    if (!style) break;
    chain.push(style);
    id = style.basedOn;
  }
  const sources: ParagraphProps[] = [...chain, styles.defaultParagraph];
  const target = paragraph as unknown as Record<string, unknown>;
  for (const key of INHERITED) target[key] ??= sources.map((s) => s[key]).find((v) => v !== null) ?? null;
  for (const key of TOGGLES) target[key] = paragraph[key] || chain.some((s) => s[key]);
  const size = chain.map((s) => s.size).find((v) => v !== null) ?? styles.size;
  for (const run of paragraph.runs) run.size ??= size;
}

function collectTables(blocks: Block[]): Table[] {
  const out: Table[] = [];
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    out.push(b);
    for (const row of b.rows) for (const cell of row.cells) out.push(...collectTables(cell.blocks));
  }
  return out;
}
