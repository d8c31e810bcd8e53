import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Block, Cell, DocxView, Paragraph, Row, Table } from '../support/docx-reader.js';
import { collapseWhitespace, freshTempDir } from '../build/build-helpers.js';

/**
 * What the appendices must show, worked out from the YAML files alone (parsed with the `yaml`
 * package), independently of src/: numbering, unit names, steps and dates.
 */

/** A month or a day, as written in the YAML ("2023-06", "2023-06-30"). */
export interface YamlDate {
  year: number;
  month: number;
  day: number | null;
}

export interface ExpectedStep {
  /** "2.3.1" */
  label: string;
  content: string;
  owner: string;
  start: YamlDate;
  deadline: YamlDate | null;
  product: string;
}

export interface ExpectedTask {
  id: string;
  /** "2.1" */
  label: string;
  content: string;
  lead: string;
  cooperating: string[];
  start: YamlDate;
  deadline: YamlDate | null;
  product: string;
  steps: ExpectedStep[];
}

export interface ExpectedGroup {
  roman: string;
  title: string;
  tasks: ExpectedTask[];
}

export interface ExpectedAppendix {
  /** "I", "II", ... ("" when the plan has a single appendix). */
  label: string;
  kind: 'tasks' | 'steps' | 'timeline';
  title: string;
}

export interface ExpectedPlan {
  groups: ExpectedGroup[];
  tasks: ExpectedTask[];
  steps: ExpectedStep[];
  appendices: ExpectedAppendix[];
  periodFrom: YamlDate;
  periodTo: YamlDate;
  /** "ngày ... tháng 01 năm 2023" parts of the plan's date. */
  date: YamlDate;
  issuerName: string;
  abbreviation: string;
  documentType: string;
}

type Raw = Record<string, unknown>;

const STEP_FIELDS = ['owner', 'person', 'start', 'deadline', 'product', 'id'];

function readYaml(dir: string, name: string): Raw {
  return parse(readFileSync(join(dir, name), 'utf8')) as Raw;
}

export function parseYamlDate(raw: unknown): YamlDate {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(String(raw));
  if (!m) throw new Error(`not a YAML month or date: ${String(raw)}`);
  return { year: Number(m[1]), month: Number(m[2]), day: m[3] === undefined ? null : Number(m[3]) };
}

/** Roman numerals for group and appendix numbers. */
export function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

/** Text as a table cell prints it: whitespace collapsed, `*italic*` / `**bold**` markers gone. */
export function printed(text: unknown): string {
  if (text === undefined || text === null) return '';
  return collapseWhitespace(String(text).replace(/\*\*([^*]+)\*\*/g, '$1').replace(/\*([^*]+)\*/g, '$1'));
}

/** Reads plan.yaml, units.yaml, tasks.yaml and appendices.yaml of a plan folder. */
export function expectedPlan(dir: string): ExpectedPlan {
  const plan = readYaml(dir, 'plan.yaml');
  const units = (readYaml(dir, 'units.yaml')['units'] as Raw[]) ?? [];
  const groupsRaw = (readYaml(dir, 'tasks.yaml')['groups'] as Raw[]) ?? [];
  const appendicesRaw = (readYaml(dir, 'appendices.yaml')['appendices'] as Raw[]) ?? [];

  const display = new Map<string, string>();
  for (const u of units) {
    const shown = printed(u['shortName'] ?? u['name']);
    display.set(String(u['id']), shown);
    display.set(String(u['name']), shown);
  }
  const unitName = (ref: unknown): string => {
    const shown = display.get(String(ref));
    if (shown === undefined) throw new Error(`unknown unit in YAML: ${String(ref)}`);
    return shown;
  };

  const date = parseYamlDate(plan['date']);
  const period = plan['period'] as Raw | undefined;
  const periodFrom = period ? parseYamlDate(period['from']) : { year: date.year, month: 1, day: null };
  const periodTo = period ? parseYamlDate(period['to']) : { year: date.year, month: 12, day: null };

  const groups = groupsRaw.map((g, gi): ExpectedGroup => ({
    roman: roman(gi + 1),
    title: printed(g['title']),
    tasks: (g['tasks'] as Raw[]).map((t, ti): ExpectedTask => {
      const label = `${gi + 1}.${ti + 1}`;
      const lead = t['lead'] === undefined ? '' : unitName(t['lead']);
      const start = t['start'] === undefined ? periodFrom : parseYamlDate(t['start']);
      const deadline = t['deadline'] === undefined ? null : parseYamlDate(t['deadline']);
      const steps: ExpectedStep[] = [];
      for (const block of (t['solutions'] as unknown[] | undefined) ?? []) {
        if (typeof block === 'string') continue;
        const b = block as Raw;
        for (const item of b['items'] as unknown[]) {
          const fields: Raw = typeof item === 'string' ? { text: item } : (item as Raw);
          if (b['steps'] !== true && !STEP_FIELDS.some((f) => fields[f] !== undefined)) continue;
          steps.push({
            label: `${label}.${steps.length + 1}`,
            content: printed(fields['text']),
            owner: fields['owner'] === undefined ? lead : unitName(fields['owner']),
            start: fields['start'] === undefined ? start : parseYamlDate(fields['start']),
            deadline: fields['deadline'] === undefined ? deadline : parseYamlDate(fields['deadline']),
            product: printed(fields['product']),
          });
        }
      }
      return {
        id: String(t['id']),
        label,
        content: printed(t['content']),
        lead,
        cooperating: ((t['cooperating'] as unknown[] | undefined) ?? []).map(unitName),
        start,
        deadline,
        product: printed(t['product']),
        steps,
      };
    }),
  }));
  const tasks = groups.flatMap((g) => g.tasks);
  const issuer = plan['issuer'] as Raw;
  return {
    groups,
    tasks,
    steps: tasks.flatMap((t) => t.steps),
    appendices: appendicesRaw.map((a, i) => ({
      label: appendicesRaw.length >= 2 ? roman(i + 1) : '',
      kind: a['kind'] as ExpectedAppendix['kind'],
      title: printed(a['title']),
    })),
    periodFrom,
    periodTo,
    date,
    issuerName: printed(issuer['name']),
    abbreviation: String(issuer['abbreviation']),
    documentType: String(plan['documentType'] ?? 'KH'),
  };
}

/** Month as Nghị định 30 writes it in dates: a leading zero for 1 and 2 only. */
export function nd30Month(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

function nd30Day(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

/** templates/phrases/deadline.hbs: "Tháng 6/2023" or "Ngày 30/6/2023". */
export function deadlineText(d: YamlDate): string {
  return d.day === null ? `Tháng ${nd30Month(d.month)}/${d.year}` : `Ngày ${nd30Day(d.day)}/${nd30Month(d.month)}/${d.year}`;
}

export function monthIndex(d: YamlDate): number {
  return d.year * 12 + d.month - 1;
}

/**
 * templates/phrases/time-span.hbs: "Tháng 7/2023" in one month, "Tháng 01 - 8/2023" between months,
 * full dates between days, and a word for each end when only one has a day ("Tháng 01/2024 - ngày 30/6/2024").
 */
export function timeSpanText(start: YamlDate, end: YamlDate | null): string {
  if (end === null) return '';
  if (monthIndex(start) === monthIndex(end)) return deadlineText(end);
  const month = (d: YamlDate) => `${nd30Month(d.month)}/${d.year}`;
  const day = (d: YamlDate) => `${nd30Day(d.day!)}/${month(d)}`;
  if (start.day !== null && end.day !== null) return `${day(start)} - ${day(end)}`;
  if (start.day !== null) return `Ngày ${day(start)} - tháng ${month(end)}`;
  if (end.day !== null) return `Tháng ${month(start)} - ngày ${day(end)}`;
  return `Tháng ${nd30Month(start.month)}${start.year === end.year ? '' : `/${start.year}`} - ${nd30Month(end.month)}/${end.year}`;
}

/** The rows an appendix table must have, in order, after its header: a group row or the STT of a task or step. */
export function expectedRowKeys(plan: ExpectedPlan, kind: ExpectedAppendix['kind']): { group?: string; stt?: string }[] {
  const keys: { group?: string; stt?: string }[] = [];
  for (const g of plan.groups) {
    keys.push({ group: `${g.roman}. ${g.title}` });
    for (const t of g.tasks) {
      keys.push({ stt: t.label });
      if (kind !== 'tasks') for (const s of t.steps) keys.push({ stt: s.label });
    }
  }
  return keys;
}

// ---------------------------------------------------------------------------------------------
// Reading the built document
// ---------------------------------------------------------------------------------------------

/** The body split into sections: each ends with the paragraph carrying its section break (the last one runs to the end). */
export function sectionsOf(doc: DocxView): Block[][] {
  const out: Block[][] = [];
  let current: Block[] = [];
  for (const block of doc.body) {
    current.push(block);
    if (block.kind === 'p' && block.sectionProps !== undefined) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0 || out.length < doc.sections.length) out.push(current);
  return out;
}

export function tablesOf(blocks: readonly Block[]): Table[] {
  return blocks.filter((b): b is Table => b.kind === 'table');
}

export function paragraphsIn(blocks: readonly Block[]): Paragraph[] {
  return blocks.filter((b): b is Paragraph => b.kind === 'p');
}

/** The one table of an appendix section; throws when there is not exactly one. */
export function appendixTable(blocks: readonly Block[]): Table {
  const tables = tablesOf(blocks);
  if (tables.length !== 1) throw new Error(`expected one table in the appendix section, found ${tables.length}`);
  return tables[0]!;
}

export function cellText(cell: Cell | undefined): string {
  return cell === undefined ? '' : collapseWhitespace(cell.text);
}

/** The header rows (repeated on each page): one, or two where a row of years or groups of columns stands above. */
export function headerRowsOf(table: Table): Row[] {
  const count = table.rows.findIndex((r) => !r.isHeader);
  return table.rows.slice(0, count < 0 ? table.rows.length : count);
}

/** The rows after the header rows. */
export function dataRows(table: Table): Row[] {
  return table.rows.slice(headerRowsOf(table).length);
}

/** The header text of each column: the text of the last header row, or of the merged cell above it. */
export function columnHeaders(table: Table): string[] {
  const rows = headerRowsOf(table);
  return rows[rows.length - 1]!.cells.map((c, i) => cellText(c) || cellText(rows[0]!.cells[i]));
}

/** Column index of a header text; throws when missing. */
export function columnIndex(table: Table, header: string): number {
  const headers = columnHeaders(table);
  const i = headers.findIndex((text) => text === header);
  if (i === -1) throw new Error(`no column "${header}" in header row: ${headers.join(' | ')}`);
  return i;
}

/** The data row whose first cell (STT) is `stt`; throws when there is not exactly one. */
export function rowBySTT(table: Table, stt: string): Row {
  const rows = dataRows(table).filter((r) => r.cells.length > 1 && cellText(r.cells[0]) === stt);
  if (rows.length !== 1) throw new Error(`expected one row with STT ${stt}, found ${rows.length}`);
  return rows[0]!;
}

/** The data row whose work/task cell is `content`; throws when there is not exactly one. */
export function rowByContent(table: Table, column: number, content: string): Row {
  const rows = dataRows(table).filter((r) => cellText(r.cells[column]) === content);
  if (rows.length !== 1) throw new Error(`expected one row reading "${content}", found ${rows.length}`);
  return rows[0]!;
}

/** A copy of a plan folder in a fresh temporary folder. */
export function copyPlan(from: string, prefix = 'plan-copy-'): string {
  const dir = join(freshTempDir(prefix), 'ke-hoach-2023');
  cpSync(from, dir, { recursive: true });
  return dir;
}
