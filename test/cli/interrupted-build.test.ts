import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compile.js';
import { writeGeneratedPlan } from '../support/generate-plan.js';
import { freshTempDir } from '../build/build-helpers.js';
import { buildKilledAfter, temporaries, timedBuild } from '../support/killed-build.js';

const RUNS = 20;
/** 5,000 short tasks (bench/generate.js --short), about 4,200 steps, 8 units and three appendices: under the README's limits, checked below. */
const TASKS = 5000;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGKILL'] as const;

/** A fixed-seed generator, so every run kills at the same points. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const inode = (path: string) => statSync(path).ino;
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');


describe('a build interrupted at any point (SIGINT, SIGTERM, SIGKILL)', () => {
  it(`leaves each output whole, old or new, and after the next build no temporary file anywhere (${RUNS} runs of a ${TASKS}-task build)`, async () => {
    const root = freshTempDir('plan-killed-');
    const plan = join(root, 'ke-hoach');
    const out = join(root, 'out');
    writeGeneratedPlan(plan, TASKS, { short: true });
    // A plan the limits let through, built whole: the kills below land in a build that would finish.
    const { plan: model, diagnostics } = compilePlan(plan);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model!.tasks).toHaveLength(TASKS);
    const files = [join(out, 'ke-hoach.docx'), join(plan, 'ke-hoach.md')];
    const ms = timedBuild(plan, out);
    const old = files.map(hash);
    // A second input, so that a build that got as far as renaming is seen: its files are the new ones.
    const planFile = join(plan, 'plan.yaml');
    writeFileSync(planFile, readFileSync(planFile, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (bản sửa)'));
    const random = mulberry32(20231105);
    const seen = new Set<string>();
    for (let run = 0; run < RUNS; run++) {
      const signal = SIGNALS[run % SIGNALS.length]!;
      // A SIGKILLed run's leftovers stay until a later build gets as far as writing: not this run's doing.
      const before = new Set(temporaries([out, plan]));
      const inodes = files.map(inode);
      await buildKilledAfter(plan, out, Math.floor(random() * ms * 1.1), signal);
      const now = files.map(hash);
      // All or nothing: both files old (killed before the renames), or both new.
      seen.add(now.join() === old.join() ? 'old' : 'new');
      if (now.join() !== old.join()) {
        expect(now.every((h, i) => h !== old[i]), `run ${run} (${signal}): a file old, another new`).toBe(true);
      }
      // A run that got as far as renaming (a rename gives the file a new inode) swept every earlier run's leftovers first.
      if (files.some((f, i) => inode(f) !== inodes[i])) {
        expect(temporaries([out, plan]), `run ${run} (${signal}): leftovers after a finished write`).toEqual([]);
      }
      // A signal that can be caught cleans up at once; SIGKILL's leftovers go with the next build that writes.
      if (signal !== 'SIGKILL') expect(temporaries([out, plan]).filter((t) => !before.has(t)), `run ${run} (${signal})`).toEqual([]);
    }
    expect(seen.has('old')).toBe(true);
    timedBuild(plan, out);
    expect(temporaries([out, plan])).toEqual([]);
  }, 600_000);
});
