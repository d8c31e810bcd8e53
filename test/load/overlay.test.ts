import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compile.js';
import { loadPlan } from '../../src/load/load-plan.js';
import { REPO } from '../cli/run-cli.js';

/** A copy of the sample plan, so that no test reads the repository's own files as edited. */
function copySample(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'plan-overlay-')), 'ke-hoach-2023');
  cpSync(join(REPO, 'plans/ke-hoach-2023'), dir, { recursive: true });
  return dir;
}

describe('loading with an overlay of unsaved texts', () => {
  it('reads a file of the overlay from it, not from the disk', () => {
    const dir = copySample();
    const path = join(dir, 'tasks.yaml');
    const edited = readFileSync(path, 'utf8').replace('lead: trung-tam-ung-dung', 'lead: khong-co-don-vi');
    const onDisk = compilePlan(dir, { cwd: dir });
    const unsaved = compilePlan(dir, { cwd: dir, overlay: new Map([[path, edited]]) });
    expect(onDisk.diagnostics.filter((d) => d.code === 'unit-known')).toEqual([]);
    const found = unsaved.diagnostics.filter((d) => d.code === 'unit-known');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'tasks.yaml', start: { line: 19, column: 15 }, end: { line: 19, column: 30 } });
  });

  it('takes the overlay text with its byte order mark as the disk does', () => {
    const dir = copySample();
    const path = join(dir, 'plan.yaml');
    const text = readFileSync(path, 'utf8');
    const loaded = loadPlan(dir, dir, new Map([[path, `\uFEFF${text}# sửa\n`]]));
    expect(loaded.sources.find((s) => s.kind === 'plan')?.text).toBe(`${text}# sửa\n`);
  });

  it('reads a plan file or a progress entry that is only in the overlay, not saved yet', () => {
    const dir = copySample();
    const entry = join(dir, 'progress', '2023-09.yaml');
    const overlay = new Map([
      [join(dir, 'plan.yml'), readFileSync(join(dir, 'plan.yaml'), 'utf8')],
      [entry, 'entries:\n  - id: khong-co-nhiem-vu\n    state: dang-thuc-hien\n'],
    ]);
    const loaded = loadPlan(dir, dir, overlay);
    expect(loaded.sources.map((s) => s.file)).toContain(join('progress', '2023-09.yaml'));
    // plan.yaml on disk and plan.yml in the editor: both, as for two files on disk.
    expect(loaded.diagnostics.map((d) => d.messageId)).toContain('files.both');
  });

  it('reads the disk as before without an overlay', () => {
    const dir = copySample();
    expect(loadPlan(dir, dir, new Map()).sources.map((s) => s.text)).toEqual(loadPlan(dir, dir).sources.map((s) => s.text));
    expect(loadPlan(dir, dir).sources.map((s) => s.file)).toEqual(['plan.yaml', 'units.yaml', 'tasks.yaml', 'appendices.yaml', join('progress', '2023-06.yaml'), join('progress', '2023-12.yaml'), join('progress', '2023.yaml')]);
  });
});
