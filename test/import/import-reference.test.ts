import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../build/build-helpers.js';
import { expectedLines, importAndBuild, missingInOrder, REFERENCE_DIR, type ImportedBuild } from './import-helpers.js';

/**
 * `plan import` of each reference text (the sample's and every real plan's), then `plan build`:
 * every line of the reference is a paragraph of the built .docx, in order. The TODO blocks each
 * import leaves are counted, and each count is explained here.
 */
const PLANS = readdirSync(join(REPO_ROOT, 'plans')).filter((name) => existsSync(join(REFERENCE_DIR, `${name}.txt`)));

const TODOS: Record<string, { count: number; why: string }> = {
  'ke-hoach-2023': { count: 1, why: 'the reference has no issuer lines' },
  'ubnd-can-tho-kh-160-2025': { count: 2, why: 'the line "09 KH" under "Lưu" has no place in Nơi nhận; "Lưu: VT, CT" names a unit the text does not' },
  'ubnd-dong-thap-kh-552-2025': { count: 2, why: 'the appendix table comes as one cell a line: its columns are lost; "Lưu: VT, KGVX. Thg" names a unit the text does not' },
  'ubnd-huyen-u-minh-thuong-kh-2021': { count: 6, why: 'a partial text: no issuer, number, place, date, Lưu line or signature' },
  'ubnd-lam-dong-kh-cchc-2026-2030': { count: 2, why: 'the appendix table comes as one cell a line; "Lưu: VT, NC" names a unit the text does not' },
  'ubnd-thanh-hoa-kh-235-2025': { count: 4, why: 'three appendix tables come as one cell a line; "Lưu: VT, NNMT" names a unit the text does not' },
};

describe('plan import of the reference texts, then plan build', () => {
  it('has the sample and the real plans to import', () => {
    expect(PLANS).toContain('ke-hoach-2023');
    expect(PLANS.length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(TODOS).sort()).toEqual([...PLANS].sort());
  });

  for (const name of PLANS) {
    describe(name, () => {
      let result: ImportedBuild;
      beforeAll(async () => {
        result = await importAndBuild(join(REFERENCE_DIR, `${name}.txt`), name);
      });
      afterAll(() => {
        if (result) rmSync(result.repo, { recursive: true, force: true });
      });

      it('prints every line of the reference as a paragraph, in order', () => {
        const lines = expectedLines(name);
        expect(lines.length).toBeGreaterThan(10);
        const { missing } = missingInOrder(lines, result.paragraphs);
        expect(missing, `${missing.length} of ${lines.length} lines missing or out of order:\n${missing.join('\n')}`).toEqual([]);
      });

      it(`leaves ${TODOS[name]?.count} TODO block(s): ${TODOS[name]?.why}`, () => {
        expect(result.todos).toHaveLength(TODOS[name]!.count);
        const yaml = readdirSync(result.planDir).map((f) => readFileSync(join(result.planDir, f), 'utf8')).join('\n');
        expect(yaml.match(/# TODO:/g) ?? []).toHaveLength(TODOS[name]!.count);
        // Each finding points at the line its comment stands above.
        for (const todo of result.todos) {
          const [, file, line] = /^(\S+):(\d+)\s/.exec(todo)!;
          const lines = readFileSync(join(result.repo, file!), 'utf8').split('\n');
          expect(lines[Number(line) - 2], todo).toMatch(/^\s*# TODO:/);
        }
      });
    });
  }

  describe('the sample: tasks, leads and deadlines recognised', () => {
    let result: ImportedBuild;
    beforeAll(async () => {
      result = await importAndBuild(join(REFERENCE_DIR, 'ke-hoach-2023.txt'), 'ke-hoach-2023');
    });
    afterAll(() => rmSync(result.repo, { recursive: true, force: true }));

    it('reads the six tasks of section II in their two groups, each with its lead and deadline', () => {
      const tasks = parse(readFileSync(join(result.planDir, 'tasks.yaml'), 'utf8')) as { groups: { title: string; tasks: { content: string; lead?: string; deadline: string }[] }[] };
      expect(tasks.groups.map((g) => g.title)).toEqual(['Nhiệm vụ trọng tâm do Chủ tịch UBND tỉnh giao', 'Nhiệm vụ trọng tâm do Giám đốc Sở đăng ký']);
      const all = tasks.groups.flatMap((g) => g.tasks);
      expect(all.map((t) => t.deadline)).toEqual(['Tháng 12/2023', 'Tháng 12/2023', 'Tháng 12/2023', 'Tháng 6/2023', 'Tháng 7/2023', 'Tháng 8/2023']);
      const units = (parse(readFileSync(join(result.planDir, 'units.yaml'), 'utf8')) as { units: { id: string; name: string; shortName?: string }[] }).units;
      const nameOf = (id: string | undefined) => units.find((u) => u.id === id)?.name;
      expect(all.map((t) => nameOf(t.lead))).toEqual([
        'Trung tâm Ứng dụng khoa học và công nghệ',
        'Phòng Quản lý Khoa học',
        'Phòng Quản lý Khoa học',
        'Chi cục Tiêu chuẩn Đo lường Chất lượng',
        'Trung tâm Ứng dụng khoa học và công nghệ',
        'Phòng Quản lý Công nghệ và Thị trường công nghệ',
      ]);
    });

    it('merges a unit written two ways into one entry, the shorter form as its short name', () => {
      const units = (parse(readFileSync(join(result.planDir, 'units.yaml'), 'utf8')) as { units: { name: string; shortName?: string }[] }).units;
      expect(units.find((u) => u.name === 'Trung tâm Ứng dụng khoa học và công nghệ')?.shortName).toBe('Trung tâm Ứng dụng KH&CN');
      expect(units.find((u) => u.name === 'Phòng Quản lý Công nghệ và Thị trường công nghệ')?.shortName).toBe('Phòng Quản lý Công nghệ và TTCN');
      expect(units.filter((u) => /Tiêu chuẩn|tiêu chuẩn/.test(u.name))).toHaveLength(1);
    });

    it('keeps the typed section IV numbers 1, 2, 2, 3, 4 and the typos as written', () => {
      expect(result.paragraphs).toContain('2. Chi tiêu chuẩn Đo lường Chất lượng');
      expect(result.paragraphs.filter((p) => /^\d\. /.test(p)).slice(-5).map((p) => p[0])).toEqual(['1', '2', '2', '3', '4']);
      expect(result.paragraphs.join('\n')).toContain('phục QLNN');
    });
  });
});
