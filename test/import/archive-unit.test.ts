import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { freshTempDir } from '../build/build-helpers.js';
import { importAndBuild, REFERENCE_DIR } from './import-helpers.js';

type Units = { units: { id: string; name: string; abbreviation?: string }[] };

describe('plan import: the unit of the "Lưu: VT, ..." line', () => {
  it('is the unit the text names whose name the abbreviation begins ("VP": Văn phòng Sở), though the Lưu line comes before the units are named', async () => {
    const { planDir, paragraphs } = await importAndBuild(join(REFERENCE_DIR, 'ke-hoach-2023.txt'), 'ke-hoach');
    const plan = parse(readFileSync(join(planDir, 'plan.yaml'), 'utf8')) as { archive: string };
    const { units } = parse(readFileSync(join(planDir, 'units.yaml'), 'utf8')) as Units;
    const archive = units.find((u) => u.id === plan.archive)!;
    expect([archive.name, archive.abbreviation]).toEqual(['Văn phòng Sở', 'VP']);
    expect(units.filter((u) => u.name.startsWith('Đơn vị lưu'))).toEqual([]);
    expect(paragraphs).toContain('- Lưu: VT, VP.');
  });

  it('stays a placeholder with a TODO at it when no unit of the text has that abbreviation ("NC")', async () => {
    const { planDir, todos } = await importAndBuild(join(REFERENCE_DIR, 'ubnd-lam-dong-kh-cchc-2026-2030.txt'), 'lam-dong');
    const text = readFileSync(join(planDir, 'units.yaml'), 'utf8');
    const { units } = parse(text) as Units;
    const placeholder = units.find((u) => u.abbreviation === 'NC')!;
    expect(placeholder.name).toBe('Đơn vị lưu NC');
    const line = text.split('\n').findIndex((l) => l.trim() === `name: ${placeholder.name}`) + 1;
    expect(todos.filter((t) => t.includes(`units.yaml:${line}  TODO`))).toHaveLength(1);
  });

  it('"Lưu: VT." with no drafting unit: a TODO to choose one, and the plan builds (the line was read as a recipient, and the build failed)', async () => {
    const text = readFileSync(join(REFERENCE_DIR, 'ke-hoach-2023.txt'), 'utf8').replace('- Lưu: VT, VP.', '- Lưu: VT.');
    const file = join(freshTempDir('plan-import-src-'), 'luu-vt.txt');
    writeFileSync(file, text);
    const { planDir, todos } = await importAndBuild(file, 'luu-vt');
    expect(todos.filter((t) => t.includes('không có đơn vị soạn thảo'))).toHaveLength(1);
    const plan = parse(readFileSync(join(planDir, 'plan.yaml'), 'utf8')) as { recipients: { name: string }[] };
    expect(plan.recipients.map((r) => r.name).filter((n) => n.includes('Lưu'))).toEqual([]);
  });
});
