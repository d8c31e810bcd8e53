import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAllAtomically } from '../../src/render/write-output.js';
import { freshTempDir } from '../build/build-helpers.js';

describe('temporary files of a build', () => {
  it('are named so that nobody can plant a link at the name beforehand (a link made build --md write outside the plan)', () => {
    const dir = freshTempDir('plan-tmpname-');
    const outside = join(freshTempDir('plan-outside-'), 'target.txt');
    writeFileSync(outside, 'outside, untouched');
    // Every name the old scheme could have used for this process, and a few guesses at the new one.
    for (const name of [`.plan.md.${process.pid}.tmp`, `.plan.md.${process.pid}-000000000000.plan-tmp`]) symlinkSync(outside, join(dir, name));
    writeAllAtomically([{ path: join(dir, 'plan.md'), bytes: new TextEncoder().encode('review') }]);
    expect(readFileSync(outside, 'utf8')).toBe('outside, untouched');
    expect(lstatSync(join(dir, 'plan.md')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe('review');
  });

  it('left by a build that was killed are removed by the next, and those of a live build are not', () => {
    const dir = freshTempDir('plan-stale-');
    const dead = `.plan.docx.999999999-0123456789ab.plan-tmp`;
    const live = `.plan.docx.${process.ppid}-0123456789ab.plan-tmp`;
    writeFileSync(join(dir, dead), 'x');
    writeFileSync(join(dir, live), 'x');
    writeAllAtomically([{ path: join(dir, 'plan.docx'), bytes: new Uint8Array([1]) }]);
    expect(existsSync(join(dir, dead))).toBe(false);
    expect(existsSync(join(dir, live))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([live, 'plan.docx'].sort());
  });

  it('keep the permissions of the file they replace (check --fix rewriting a plan file made private with chmod 600)', () => {
    const dir = freshTempDir('plan-mode-');
    const path = join(dir, 'tasks.yaml');
    writeFileSync(path, 'groups: []\n');
    chmodSync(path, 0o600);
    writeAllAtomically([{ path, bytes: new TextEncoder().encode('groups: [] # sửa\n') }]);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('groups: [] # sửa\n');
    // A new file gets the usual permissions of the process.
    writeAllAtomically([{ path: join(dir, 'new.md'), bytes: new TextEncoder().encode('x') }]);
    expect(statSync(join(dir, 'new.md')).mode & 0o777).toBe(0o666 & ~process.umask());
  });
});
