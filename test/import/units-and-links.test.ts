import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { freshTempDir, runCli } from '../build/build-helpers.js';
import { freshRepo, importAndBuild, REFERENCE_DIR } from './import-helpers.js';

type Units = { units: { id: string; name: string; shortName?: string }[] };
type Tasks = { groups: { tasks: { id: string; lead?: string }[] }[] };

/** The sample's reference text with names replaced, as a file to import. */
function sampleWith(replace: Record<string, string>): string {
  let text = readFileSync(join(REFERENCE_DIR, 'ke-hoach-2023.txt'), 'utf8');
  for (const [from, to] of Object.entries(replace)) text = text.split(from).join(to);
  const file = join(freshTempDir('plan-import-src-'), 'ke-hoach.txt');
  writeFileSync(file, text);
  return file;
}

const read = <T>(dir: string, name: string) => parse(readFileSync(join(dir, name), 'utf8')) as T;

describe('plan import (found by an adversarial review)', () => {
  it('reads units named "Sở ...": the unit words ended in \\b, which JavaScript knows for ASCII letters only', async () => {
    const { planDir, todos } = await importAndBuild(sampleWith({ 'Phòng Quản lý Công nghệ và TTCN': 'Sở Quản lý Công nghệ và TTCN' }), 'so');
    const { units } = read<Units>(planDir, 'units.yaml');
    const unit = units.find((u) => u.name.startsWith('Sở Quản lý Công nghệ'))!;
    expect(unit).toBeDefined();
    const leads = read<Tasks>(planDir, 'tasks.yaml').groups.flatMap((g) => g.tasks.map((t) => t.lead));
    expect(leads).toContain(unit.id);
    expect(todos.filter((t) => t.includes('Không tìm thấy đơn vị chủ trì'))).toEqual([]);
  });

  it('keeps units of one kind apart ("phường 1" and "phường 2"): the second led its task as the first, in silence', async () => {
    const { planDir } = await importAndBuild(sampleWith({ 'Phòng Quản lý Khoa học': 'Ủy ban nhân dân phường 1', 'Phòng Quản lý Công nghệ và TTCN': 'Ủy ban nhân dân phường 2' }), 'phuong');
    const { units } = read<Units>(planDir, 'units.yaml');
    const one = units.find((u) => u.name === 'Ủy ban nhân dân phường 1');
    const two = units.find((u) => u.name === 'Ủy ban nhân dân phường 2');
    expect(one).toBeDefined();
    expect(two).toBeDefined();
    expect(one!.id).not.toBe(two!.id);
    const leads = read<Tasks>(planDir, 'tasks.yaml').groups.flatMap((g) => g.tasks.map((t) => t.lead));
    expect(leads).toContain(two!.id);
  });

  it('keeps a doubled space as typed, for plan check to report and --fix to mend (it was collapsed in silence)', async () => {
    const repo = freshRepo();
    const file = sampleWith({ 'Triển khai kịp thời, có hiệu quả': 'Triển khai  kịp thời, có hiệu quả' });
    expect((await runCli(['import', file, '-o', 'plans/kh'], repo)).code).toBe(0);
    expect(readFileSync(join(repo, 'plans', 'kh', 'plan.yaml'), 'utf8')).toContain('Triển khai  kịp thời');
    const check = await runCli(['check'], repo);
    expect(check.stdout).toMatch(/plan\.yaml:\d+:\d+ +cảnh báo .* text-spacing/);
    expect((await runCli(['check', '--fix'], repo)).stdout).toContain('text-spacing: 1');
    expect(readFileSync(join(repo, 'plans', 'kh', 'plan.yaml'), 'utf8')).toContain('Triển khai kịp thời, có hiệu quả');
  });

  it('writes only into plans/, where check and build look (-o out/x wrote a plan nothing would read)', async () => {
    const repo = freshRepo();
    const run = await runCli(['import', join(REFERENCE_DIR, 'ke-hoach-2023.txt'), '-o', 'out/x'], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('không nằm trong thư mục plans/');
    expect(readdirSync(repo).sort()).toEqual(['plans']);
    expect((await runCli(['import', join(REFERENCE_DIR, 'ke-hoach-2023.txt'), '-o', 'plans/2023/ke-hoach'], repo)).code).toBe(0);
  });

  it('does not take a draft\'s marks above the header ("DỰ THẢO", a note in brackets) for the issuing body: a TODO says them (they printed as its name)', async () => {
    const file = join(freshTempDir('plan-import-src-'), 'du-thao.txt');
    writeFileSync(file, `DỰ THẢO\n(Ngày 12/3 - lần 2)\n${readFileSync(join(REFERENCE_DIR, 'ubnd-thanh-hoa-kh-235-2025.txt'), 'utf8')}`);
    const { planDir, todos } = await importAndBuild(file, 'du-thao');
    const plan = read<{ issuer: { superior?: string[]; name: string[] } }>(planDir, 'plan.yaml');
    expect([...(plan.issuer.superior ?? []), ...plan.issuer.name]).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH THANH HÓA']);
    expect(todos.filter((t) => t.includes('"DỰ THẢO", "(Ngày 12/3 - lần 2)"'))).toHaveLength(1);
  });

  it('writes nothing through a link: -o into a folder of plans/ linked elsewhere is refused (the files landed where it pointed)', async () => {
    const repo = freshRepo();
    const outside = freshTempDir('plan-import-outside-');
    symlinkSync(outside, join(repo, 'plans', 'link-out'));
    for (const target of ['plans/link-out', 'plans/link-out/sub']) {
      const run = await runCli(['import', join(REFERENCE_DIR, 'ke-hoach-2023.txt'), '-o', target], repo);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/ngoài kho/);
    }
    expect(readdirSync(outside)).toEqual([]);
  });
});
