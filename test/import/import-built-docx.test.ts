import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverPlans } from '../../src/load/discover.js';
import { freshTempDir, REPO_ROOT, runCli } from '../build/build-helpers.js';
import { docxParagraphs, importAndBuild, type ImportedBuild } from './import-helpers.js';

/**
 * The fixed point: a .docx that `plan build` wrote, imported and built again, prints the same
 * document: the same paragraphs (table cells included), line for line.
 */
const PLANS = discoverPlans(join(REPO_ROOT, 'plans')).map((dir) => dir.split(/[\\/]/).pop()!);

describe('plan import of a built .docx, then plan build: the same document text', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = freshTempDir('plan-original-');
    const run = await runCli(['build', ...PLANS.map((name) => join(REPO_ROOT, 'plans', name)), '--out', outDir, '--quiet']);
    if (run.code !== 0) throw new Error(`plan build exited ${run.code}\n${run.stdout}\n${run.stderr}`);
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('has the sample and the real plans', () => {
    expect(PLANS).toContain('ke-hoach-2023');
    expect(PLANS.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of PLANS) {
    describe(name, () => {
      let result: ImportedBuild;
      let original: string[];
      beforeAll(async () => {
        original = docxParagraphs(join(outDir, `${name}.docx`)).filter((p) => p !== '');
        result = await importAndBuild(join(outDir, `${name}.docx`), name);
      });
      afterAll(() => {
        if (result) rmSync(result.repo, { recursive: true, force: true });
      });

      it('builds to the same paragraphs, line for line', () => {
        const again = result.paragraphs.filter((p) => p !== '');
        expect(original.length).toBeGreaterThan(10);
        const first = again.findIndex((p, i) => p !== original[i]);
        expect(first === -1 && again.length === original.length ? '' : `paragraph ${first}: "${again[first]}" where the original has "${original[first]}"`).toBe('');
      });

      if (name === 'ke-hoach-2023') {
        it('reads the appendix tables by their cells, and matches their rows to the body tasks by text', () => {
          const read = (file: string) => parse(readFileSync(join(result.planDir, file), 'utf8'));
          const appendices = read('appendices.yaml').appendices as { label: string; table: { columns: { header: string }[] } }[];
          expect(appendices.map((a) => a.label)).toEqual(['Phụ lục I', 'Phụ lục II', 'Phụ lục III']);
          expect(appendices[0]!.table.columns.map((c) => c.header)).toEqual(['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Sản phẩm']);
          const units = read('units.yaml').units as { id: string; name: string }[];
          const tasks = (read('tasks.yaml').groups as { tasks: { cooperating?: string[]; product?: string; lead?: string }[] }[]).flatMap((g) => g.tasks);
          expect(tasks[1]!.product).toBe('Nhiệm vụ KH&CN cấp Quốc gia được Bộ Khoa học và Công nghệ hỗ trợ tỉnh thực hiện');
          expect(tasks[1]!.cooperating?.map((id) => units.find((u) => u.id === id)?.name)).toEqual(['Bộ Khoa học và Công nghệ']);
          expect(tasks.every((t) => t.lead !== undefined)).toBe(true);
        });
      }

      it('writes the appendices the original has', () => {
        const files = readdirSync(result.planDir);
        expect(files).toContain('plan.yaml');
        expect(files.includes('appendices.yaml')).toBe(readdirSync(join(REPO_ROOT, 'plans', name)).includes('appendices.yaml'));
      });
    });
  }
});
