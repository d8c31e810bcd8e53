import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../build/build-helpers.js';
import { expectedLines, importAndBuild, missingInOrder, type ImportedBuild } from './import-helpers.js';

/**
 * test/fixtures/import/hand-typed.docx: the sample's reference text typed the way clerks type a
 * Kế hoạch in Word (labels typed as text, header and signature in borderless tables, italics for
 * the species names, one appendix table with group rows), made with LibreOffice by
 * make-hand-typed.mjs beside it.
 */
const FIXTURE = join(REPO_ROOT, 'test', 'fixtures', 'import', 'hand-typed.docx');

interface Tasks {
  groups: { title: string; tasks: { id: string; content: string; lead?: string; deadline: string; solutions?: unknown[] }[] }[];
}

describe('a hand-typed .docx', () => {
  let result: ImportedBuild;
  let tasks: Tasks;
  let units: { id: string; name: string; shortName?: string }[];
  beforeAll(async () => {
    result = await importAndBuild(FIXTURE, 'hand-typed');
    tasks = parse(readFileSync(join(result.planDir, 'tasks.yaml'), 'utf8')) as Tasks;
    units = (parse(readFileSync(join(result.planDir, 'units.yaml'), 'utf8')) as { units: typeof units }).units;
  });
  afterAll(() => {
    if (result) rmSync(result.repo, { recursive: true, force: true });
  });

  it('imports with no TODO left: every part has its field', () => {
    expect(result.todos).toEqual([]);
  });

  it('reads the header block: issuer lines (the bold one is the issuer), number, place and date', () => {
    const plan = parse(readFileSync(join(result.planDir, 'plan.yaml'), 'utf8')) as Record<string, unknown>;
    expect(plan['issuer']).toEqual({ superior: 'UBND TỈNH BẮC GIANG', name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', abbreviation: 'KHCN' });
    expect([plan['number'], plan['place'], plan['date']]).toEqual(['', 'Bắc Giang', '2023-01']);
    expect(plan['signer']).toEqual({ title: 'GIÁM ĐỐC', name: 'Nguyễn Thanh Bình' });
    expect((plan['recipients'] as unknown[])[0]).toEqual({ name: 'Phó Chủ tịch UBND tỉnh Mai Sơn', note: 'b/cáo' });
  });

  it('recognises the six tasks, their owners and deadlines', () => {
    expect(tasks.groups.map((g) => g.title)).toEqual(['Nhiệm vụ trọng tâm do Chủ tịch UBND tỉnh giao', 'Nhiệm vụ trọng tâm do Giám đốc Sở đăng ký']);
    const all = tasks.groups.flatMap((g) => g.tasks);
    expect(all.map((t) => t.deadline)).toEqual(['Tháng 12/2023', 'Tháng 12/2023', 'Tháng 12/2023', 'Tháng 6/2023', 'Tháng 7/2023', 'Tháng 8/2023']);
    const owner = (id?: string) => units.find((u) => u.id === id);
    expect(all.map((t) => owner(t.lead)?.shortName ?? owner(t.lead)?.name)).toEqual([
      'Trung tâm Ứng dụng KH&CN',
      'Phòng Quản lý Khoa học',
      'Phòng Quản lý Khoa học',
      'Chi tiêu chuẩn Đo lường Chất lượng',
      'Trung tâm Ứng dụng KH&CN',
      'Phòng Quản lý Công nghệ và TTCN',
    ]);
    expect(owner(all[3]!.lead)?.name).toBe('Chi cục Tiêu chuẩn Đo lường Chất lượng');
    expect(all[0]!.content).toMatch(/^Chỉ đạo Trung tâm Ứng dụng Khoa học và Công nghệ khắc phục/);
  });

  it('keeps the species names italic, as *...* in the YAML', () => {
    const text = readFileSync(join(result.planDir, 'tasks.yaml'), 'utf8').replace(/\s+/g, ' ');
    for (const name of ['Channa maculata', 'Lonicera japonica', 'Plantago asiatica', 'Kaempferia parviflora']) expect(text).toContain(`*${name}*`);
  });

  it('reads the appendix table by its columns and matches its six task rows to the tasks', () => {
    const text = readFileSync(join(result.planDir, 'appendices.yaml'), 'utf8');
    const appendix = (parse(text) as { appendices: { label: string; table: { columns: { header: string }[]; rows: unknown[] } }[] }).appendices[0]!;
    expect(appendix.label).toBe('PHỤ LỤC');
    expect(appendix.table.columns.map((c) => c.header)).toEqual(['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành']);
    expect(appendix.table.rows).toHaveLength(8);
    expect(text).toContain(`6 dòng của các bảng là nhiệm vụ của tasks.yaml (so theo nội dung): ${tasks.groups.flatMap((g) => g.tasks.map((t) => t.id)).join(', ')}.`);
  });

  it('builds to every line of the reference text, in order', () => {
    const { missing } = missingInOrder(expectedLines('ke-hoach-2023'), result.paragraphs);
    expect(missing).toEqual([]);
  });
});
