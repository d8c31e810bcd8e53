import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx, type DocxView } from '../support/docx-reader.js';
import { PLAN_DIR, freshTempDir, runCli, type CliRun } from '../build/build-helpers.js';
import { appendixTable, expectedPlan, paragraphsIn, sectionsOf } from './appendix-helpers.js';

const MAIN = 'ke-hoach-2023.docx';
const FILES = [
  { name: 'ke-hoach-2023-phu-luc-i.docx', label: 'Phụ lục I', section: 1 },
  { name: 'ke-hoach-2023-phu-luc-ii.docx', label: 'Phụ lục II', section: 2 },
  { name: 'ke-hoach-2023-phu-luc-iii.docx', label: 'Phụ lục III', section: 3 },
];

let outDir: string;
let run: CliRun;
let main: DocxView;

beforeAll(async () => {
  outDir = freshTempDir('plan-appendix-files-');
  run = await runCli(['build', PLAN_DIR, '--out', outDir, '--appendix-files']);
  if (run.code === 0) main = readDocx(join(outDir, MAIN));
}, 60_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('build --appendix-files', () => {
  it('exits 0 and writes the Kế hoạch and one file per appendix', () => {
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(expectedPlan(PLAN_DIR).appendices).toHaveLength(FILES.length);
    expect(readdirSync(outDir).sort()).toEqual([MAIN, ...FILES.map((f) => f.name)].sort());
    for (const f of [MAIN, ...FILES.map((x) => x.name)]) expect(run.stdout, f).toContain(f);
  });

  it('still prints the appendices inside the Kế hoạch', () => {
    expect(main.sections).toHaveLength(1 + FILES.length);
  });

  it('writes the Kế hoạch byte for byte as a build without the option does (each appendix table is laid out once and written into both)', async () => {
    const alone = freshTempDir('plan-appendix-alone-');
    expect((await runCli(['build', PLAN_DIR, '--out', alone])).code).toBe(0);
    expect(Buffer.compare(readFileSync(join(alone, MAIN)), readFileSync(join(outDir, MAIN)))).toBe(0);
    rmSync(alone, { recursive: true, force: true });
  });

  describe.each(FILES)('$name', ({ name, label, section }) => {
    const doc = () => readDocx(join(outDir, name));

    it('has exactly one section, landscape A4', () => {
      const d = doc();
      expect(d.sections).toHaveLength(1);
      expect(d.sections[0]!.orientation).toBe('landscape');
      expect(d.sections[0]!.pageWidth).toBe(16838);
      expect(d.sections[0]!.pageHeight).toBe(11906);
    });

    it(`starts with "${label}"`, () => {
      const d = doc();
      const first = paragraphsIn(d.body)[0]!;
      expect(first.text).toBe(label);
      expect(d.body[0]).toBe(first);
    });

    it('has the table of the same appendix in the Kế hoạch, row for row', () => {
      const own = appendixTable(sectionsOf(doc())[0]!);
      const inMain = appendixTable(sectionsOf(main)[section]!);
      expect(own.rows.length).toBeGreaterThan(1);
      expect(own.rows).toHaveLength(inMain.rows.length);
      expect(own.rows.map((r) => r.cells.map((c) => c.text))).toEqual(inMain.rows.map((r) => r.cells.map((c) => c.text)));
    });
  });
});
