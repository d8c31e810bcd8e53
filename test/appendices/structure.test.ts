import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, Paragraph, Run, Table } from '../support/docx-reader.js';
import { PLAN_DIR, buildReferencePlan, collapseWhitespace, paragraphsOf, type BuiltPlan } from '../build/build-helpers.js';
import { appendixTable, cellText, dataRows, expectedPlan, expectedRowKeys, paragraphsIn, sectionsOf, type ExpectedPlan } from './appendix-helpers.js';

/** A4 landscape, twips. */
const LANDSCAPE = { width: 16838, height: 11906 };
/** 297 mm less the 30 mm and 15 mm margins, in twips (16838 - 1701 - 850). */
const LANDSCAPE_TEXT_WIDTH = 14287;
const ATTACHMENT = /^\(Kèm theo Kế hoạch số\s+\/KH-KHCN ngày\s+tháng 01 năm 2023 của Sở Khoa học và Công nghệ\)$/;

function visibleRuns(p: Paragraph): Run[] {
  return p.runs.filter((r) => r.text.trim() !== '');
}

function allBold(p: Paragraph): boolean {
  const runs = visibleRuns(p);
  return runs.length > 0 && runs.every((r) => r.bold);
}

function allItalic(p: Paragraph): boolean {
  const runs = visibleRuns(p);
  return runs.length > 0 && runs.every((r) => r.italic);
}

let built: BuiltPlan;
let plan: ExpectedPlan;
let sections: Block[][];

beforeAll(async () => {
  built = await buildReferencePlan();
  plan = expectedPlan(PLAN_DIR);
  sections = sectionsOf(built.doc);
}, 60_000);

afterAll(() => {
  if (built) rmSync(built.outDir, { recursive: true, force: true });
});

describe('sections of the sample build', () => {
  it('has 4 sections: the Kế hoạch and one per appendix of appendices.yaml', () => {
    expect(plan.appendices).toHaveLength(3);
    expect(built.doc.sections).toHaveLength(1 + plan.appendices.length);
    expect(built.doc.sections).toHaveLength(4);
    expect(sections).toHaveLength(4);
  });

  it('prints the Kế hoạch portrait', () => {
    const first = built.doc.sections[0]!;
    expect(first.orientation).toBe('portrait');
    expect(first.pageWidth).toBeLessThan(first.pageHeight!);
  });

  it.each([1, 2, 3])('prints section %i landscape A4 (16838 x 11906)', (i) => {
    const s = built.doc.sections[i]!;
    expect(s.orientation).toBe('landscape');
    expect(s.pageWidth).toBe(LANDSCAPE.width);
    expect(s.pageHeight).toBe(LANDSCAPE.height);
  });

  it.each([1, 2, 3])('restarts page numbers at 1 in section %i, with a different first page', (i) => {
    const s = built.doc.sections[i]!;
    expect(s.pageNumberStart).toBe(1);
    expect(s.titlePage).toBe(true);
  });

  it.each([1, 2, 3])('gives section %i a default header holding a PAGE field', (i) => {
    const s = built.doc.sections[i]!;
    const ref = s.headerRefs.find((r) => r.type === 'default');
    expect(ref, 'default header reference').toBeDefined();
    expect(ref!.target).not.toBeNull();
    const header = built.doc.headers[ref!.target!];
    expect(header, `header part ${ref!.target}`).toBeDefined();
    const fields = paragraphsOf(header!).flatMap((p) => p.fields);
    expect(fields.some((f) => /^PAGE\b/.test(f.trim())), `fields: ${JSON.stringify(fields)}`).toBe(true);
  });
});

describe.each([
  { index: 1, label: 'Phụ lục I' },
  { index: 2, label: 'Phụ lục II' },
  { index: 3, label: 'Phụ lục III' },
])('$label: heading', ({ index, label }) => {
  const heading = () => paragraphsIn(sections[index]!).slice(0, 4);

  it(`starts with "${label}", centred, bold, 14 pt`, () => {
    const p = heading()[0]!;
    expect(p.text).toBe(label);
    expect(plan.appendices[index - 1]!.label).toBe(label.replace('Phụ lục ', ''));
    expect(p.align).toBe('center');
    expect(allBold(p)).toBe(true);
    expect(new Set(visibleRuns(p).map((r) => r.size))).toEqual(new Set([28]));
    // Nothing but that label comes before it in the section.
    expect(sections[index]![0]).toBe(p);
  });

  it('then the title of appendices.yaml in capitals, bold', () => {
    const p = heading()[1]!;
    const title = plan.appendices[index - 1]!.title;
    expect(collapseWhitespace(p.text)).toBe(title.toLocaleUpperCase('vi-VN'));
    expect(p.text).not.toBe(title);
    expect(allBold(p)).toBe(true);
  });

  it('then the italic attachment line', () => {
    const p = heading()[2]!;
    expect(p.text).toMatch(ATTACHMENT);
    expect(allItalic(p)).toBe(true);
  });

  it('then a short bordered line', () => {
    const p = heading()[3]!;
    expect(p.text.trim()).toBe('');
    expect(p.borderBottom).toBe(true);
    const length = LANDSCAPE_TEXT_WIDTH - (p.indentLeft ?? 0) - (p.indentRight ?? 0);
    expect(length).toBeGreaterThan(0);
    expect(length).toBeLessThanOrEqual(LANDSCAPE_TEXT_WIDTH / 2);
  });
});

describe.each([
  { index: 1, label: 'Phụ lục I', kind: 'tasks' as const },
  { index: 2, label: 'Phụ lục II', kind: 'steps' as const },
  { index: 3, label: 'Phụ lục III', kind: 'timeline' as const },
])('$label: table', ({ index, kind }) => {
  const table = (): Table => appendixTable(sections[index]!);

  it(`is the ${kind} appendix of appendices.yaml`, () => {
    expect(plan.appendices[index - 1]!.kind).toBe(kind);
  });

  it('marks the header rows, and only them, as repeated on each page: one row, two for the timeline (years over months)', () => {
    const rows = table().rows;
    const headers = kind === 'timeline' ? 2 : 1;
    expect(rows.slice(0, headers).every((r) => r.isHeader)).toBe(true);
    expect(rows.slice(headers).filter((r) => r.isHeader)).toHaveLength(0);
  });

  it('keeps every row from splitting across pages', () => {
    const rows = table().rows;
    expect(rows.filter((r) => !r.cantSplit).length, 'rows without cantSplit').toBe(0);
  });

  it('fills the landscape text width exactly (14287 twips)', () => {
    const t = table();
    const s = built.doc.sections[index]!;
    const sum = t.gridCols.reduce((a, b) => a + b, 0);
    expect(sum).toBe(LANDSCAPE_TEXT_WIDTH);
    expect(sum).toBe(s.pageWidth! - s.marginLeft! - s.marginRight!);
  });

  it('has a row per group, task (and step) of tasks.yaml', () => {
    const groups = plan.groups.length;
    const tasks = plan.tasks.length;
    const steps = plan.steps.length;
    expect(steps).toBeGreaterThan(0);
    const headers = kind === 'timeline' ? 2 : 1;
    const expected = kind === 'tasks' ? headers + groups + tasks : headers + groups + tasks + steps;
    expect(table().rows).toHaveLength(expected);
  });

  it('orders the rows: group, its tasks, each followed by its steps (not in Phụ lục I)', () => {
    const t = table();
    const actual = dataRows(t).map((r) => (r.cells.length === 1 ? { group: cellText(r.cells[0]) } : { stt: cellText(r.cells[0]) }));
    expect(actual).toEqual(expectedRowKeys(plan, kind));
  });

  it('prints group rows as one cell across the table: "I. <title>", "II. <title>"', () => {
    const t = table();
    const columns = t.gridCols.length;
    const groupRows = dataRows(t).filter((r) => r.cells.length === 1);
    expect(groupRows.map((r) => cellText(r.cells[0]))).toEqual(plan.groups.map((g) => `${g.roman}. ${g.title}`));
    expect(groupRows.map((r) => cellText(r.cells[0]))[0]).toMatch(/^I\. /);
    expect(groupRows.map((r) => cellText(r.cells[0]))[1]).toMatch(/^II\. /);
    for (const r of groupRows) expect(r.cells[0]!.gridSpan).toBe(columns);
    // Every other row fills the grid too.
    for (const r of t.rows) expect(r.cells.reduce((a, c) => a + c.gridSpan, 0)).toBe(columns);
  });

  it('prints table text in 12 pt', () => {
    const runs = table().rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs.flatMap(visibleRuns)));
    expect(runs.length).toBeGreaterThan(0);
    const sizes = runs.filter((r) => r.size !== 24).map((r) => `${r.text}: ${r.size}`);
    expect(sizes).toEqual([]);
  });
});

describe('section III of the Kế hoạch', () => {
  it('lists each appendix as "Phụ lục N: <title>." between headings III and IV', () => {
    const texts = paragraphsIn(sections[0]!).map((p) => collapseWhitespace(p.text));
    const start = texts.findIndex((t) => /^III\. /.test(t));
    const end = texts.findIndex((t) => /^IV\. /.test(t));
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const listed = texts
      .slice(start + 1, end)
      .map((t) => t.replace(/^[-–]\s*/, ''))
      .filter((t) => t.startsWith('Phụ lục'));
    expect(listed).toEqual(plan.appendices.map((a) => `Phụ lục ${a.label}: ${a.title}.`));
    expect(listed[0]).toBe('Phụ lục I: Danh mục nhiệm vụ trọng tâm năm 2023.');
  });
});
