import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../cli/run-cli.js';

const buildArgs = (plan: string, out: string) => ['bin/plan.js', 'build', plan, '--out', out, '--md', '--quiet'];

/** `plan build --md` of a plan as a process of its own; how long it took (ms). Throws when it fails. */
export function timedBuild(plan: string, out: string): number {
  const started = Date.now();
  const run = spawnSync(process.execPath, buildArgs(plan, out), { cwd: REPO, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`plan build exited ${run.status}\n${run.stdout}\n${run.stderr}`);
  return Date.now() - started;
}

/** The same build, sent `signal` after `ms`; resolves once the process has ended. */
export function buildKilledAfter(plan: string, out: string, ms: number, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, buildArgs(plan, out), { cwd: REPO, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill(signal), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The temporary files a build left in these folders (src/render/write-output.ts names them). */
export const temporaries = (dirs: readonly string[]): string[] => dirs.flatMap((dir) => readdirSync(dir).filter((name) => /^\..+\.(plan-)?tmp$/.test(name)).map((name) => join(dir, name)));
