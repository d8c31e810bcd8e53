import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_DIR, freshTempDir, runCli } from './build-helpers.js';

/** The sample plan in a fresh folder with units.yaml written as the given bytes. */
function planWithUnits(bytes: (utf8: Buffer) => Buffer): { root: string; planDir: string; units: string } {
  const root = freshTempDir();
  const planDir = join(root, 'ke-hoach-2023');
  cpSync(PLAN_DIR, planDir, { recursive: true });
  const units = readFileSync(join(planDir, 'units.yaml'), 'utf8');
  writeFileSync(join(planDir, 'units.yaml'), bytes(Buffer.from(units, 'utf8')));
  return { root, planDir, units };
}

// "Văn phòng" as Notepad's "ANSI" on a Vietnamese Windows (code page 1258) writes it: ă = E3, ò = F2.
const VAN_PHONG_1258 = Buffer.from([0x56, 0xe3, 0x6e, 0x20, 0x70, 0x68, 0xf2, 0x6e, 0x67]);

describe('a plan file not saved as UTF-8', () => {
  it('Windows-1258 ("ANSI"): reported at its first such character, and nothing is built', async () => {
    const { root, planDir, units } = planWithUnits((utf8) => {
      const at = utf8.indexOf('Văn phòng');
      return Buffer.concat([utf8.subarray(0, at), VAN_PHONG_1258, utf8.subarray(at + Buffer.byteLength('Văn phòng'))]);
    });
    const lineIndex = units.split('\n').findIndex((l) => l.includes('Văn phòng'));
    const column = units.split('\n')[lineIndex]!.indexOf('Văn phòng') + 2; // the "ă", 1-based
    const check = await runCli(['check', planDir], root);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`ke-hoach-2023/units.yaml:${lineIndex + 1}:${column}  lỗi  Tệp không được lưu bằng bảng mã UTF-8`);
    expect(check.stdout).toMatch(/lưu lại với bảng mã UTF-8 +plan-files$/m);
    const build = await runCli(['build', planDir, '--out', join(root, 'out')], root);
    expect(build.code).toBe(1);
    expect(existsSync(join(root, 'out'))).toBe(false);
  });

  it('UTF-16 (Notepad\'s "Unicode"): reported as such, in English on request', async () => {
    const { root, planDir } = planWithUnits((utf8) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8.toString('utf8'), 'utf16le')]));
    const check = await runCli(['check', planDir, '--lang', 'en'], root);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('ke-hoach-2023/units.yaml:1:1  error  The file is saved as UTF-16');
    // Only the encoding is reported for that file: no schema noise from reading it as something else.
    expect(check.stdout.split('\n').filter((l) => l.includes('units.yaml:'))).toHaveLength(1);
  });

  it('a UTF-8 file with a byte order mark is read as usual', async () => {
    const { root, planDir } = planWithUnits((utf8) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]));
    const check = await runCli(['check', planDir], root);
    expect(check.code, check.stdout).toBe(0);
  });
});
