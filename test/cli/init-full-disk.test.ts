import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeScaffold } from '../../src/init/scaffold.js';
import { freshTempDir } from '../build/build-helpers.js';

describe('plan init on a full disk', () => {
  it('leaves no empty file and no folder behind when a write fails (an empty file made the next init refuse)', () => {
    const root = freshTempDir('plan-full-');
    const dir = join(root, 'repo');
    const files = [
      { path: 'README.md', content: 'readme' },
      { path: 'plans/mau/plan.yaml', content: 'issuer: {}' },
    ];
    let writes = 0;
    const fullAfterOne = (fd: number, content: string) => {
      if (++writes > 1) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      void fd;
      void content;
    };
    expect(() => writeScaffold(dir, files, fullAfterOne)).toThrow(/ENOSPC/);
    expect(existsSync(dir)).toBe(false);
    expect(readdirSync(root)).toEqual([]);
    // And the next try, with room, writes everything.
    expect(writeScaffold(dir, files).map((p) => p.slice(dir.length + 1)).sort()).toEqual(['README.md', 'plans/mau/plan.yaml']);
  });
});
