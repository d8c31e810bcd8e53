import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

/** A file to write: where, and its bytes. */
export interface PendingFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * A temporary file's name: `.<target>.<pid>-<random>.plan-tmp`. Random, so no name can be planted
 * beforehand (a link at a predictable name would be written through); the pid, so a later build
 * can tell the leftovers of a killed one (SIGKILL runs no clean-up) from those of a live one.
 */
const TEMPORARY = /^\.(.+)\.(\d+)-[0-9a-f]{12}\.plan-tmp$/;

/** Signals on which the temporary files written so far are removed before the process ends as it would have. */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Writes a set of files all or nothing, as far as a file system allows: every file first goes to
 * a temporary file beside its target, created exclusively (`wx`: never through a link or over a
 * file), and only when all of them are written (and no target is a folder) are they renamed over
 * their targets. A full disk, a read-only folder or a folder in the way thus leaves every earlier
 * file as it was, and a reader never sees a half-written one. A rename can still fail (Windows
 * refuses to replace a file Word holds open): the files renamed before it stay new, the rest stay
 * old, and no temporary file is left behind; nor when the build is interrupted by a signal.
 * `rename` is Node's, replaceable so tests can make one fail.
 */
export function writeAllAtomically(files: readonly PendingFile[], rename: (from: string, to: string) => void = renameSync): void {
  const written: { temporary: string; path: string }[] = [];
  const onSignal = (signal: NodeJS.Signals) => {
    removeTemporaries(written.map((w) => w.temporary));
    stopWatching();
    process.kill(process.pid, signal);
  };
  const stopWatching = () => {
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  try {
    for (const dir of new Set(files.map((f) => dirname(f.path)))) sweepStale(dir);
    for (const file of files) {
      if (isFolder(file.path)) throw Object.assign(new Error(`${file.path} is a folder`), { code: 'EISDIR', path: file.path });
      makeFolders(dirname(file.path));
      const temporary = join(dirname(file.path), `.${basename(file.path)}.${process.pid}-${randomBytes(6).toString('hex')}.plan-tmp`);
      written.push({ temporary, path: file.path });
      writeFileSync(temporary, file.bytes, { flag: 'wx' });
      // A file written over keeps its permissions (a plan file `check --fix` mends, kept private with 600, stays so).
      const mode = modeOf(file.path);
      if (mode !== undefined) chmodSync(temporary, mode);
    }
  } catch (error) {
    removeTemporaries(written.map((w) => w.temporary));
    stopWatching();
    throw error;
  }
  // A rename within a folder replaces the target in one step.
  let renamed = 0;
  try {
    for (const { temporary, path } of written) {
      rename(temporary, path);
      renamed++;
    }
  } catch (error) {
    removeTemporaries(written.slice(renamed).map((w) => w.temporary));
    throw error;
  } finally {
    stopWatching();
  }
}

/**
 * Whether a path (or the nearest part of it that exists) is reached through a link anywhere below
 * `base`: a folder of the repository linked elsewhere, perhaps outside it. Writing there would
 * write where the link points, so the commands that change files in the repository refuse it.
 */
export function throughLink(base: string, path: string): boolean {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  try {
    return realpathSync(existing) !== join(realpathSync(base), relative(base, existing));
  } catch {
    return true;
  }
}

/**
 * Throws, as writing would, when a file could not be written at `path`: the path itself a folder,
 * or a file where a folder above it should be. For a command that changes other files first
 * (`check --fix -o REPORT`), so that a report it cannot write stops it before anything changes.
 */
export function assertWritable(path: string): void {
  if (isFolder(path)) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR', path });
  let at = dirname(path);
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  if (!isFolder(at)) throw Object.assign(new Error(`${at} is not a folder`), { code: 'ENOTDIR', path: at });
}

/**
 * Makes a folder and the missing folders above it, one at a time. Node 20's recursive mkdir loops
 * for ever under /proc (`--out /proc/x`), where no signal can stop it; one mkdir a level fails
 * at once instead, with the error said in words like any other.
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  // Up to the first thing that exists: a file there makes the mkdir below it say ENOTDIR, with its path.
  for (let at = dir; !existsSync(at); at = dirname(at)) {
    if (dirname(at) === at) break;
    missing.unshift(at);
  }
  // A file standing where the folder itself should be: mkdir says so (EEXIST), with its path.
  if (missing.length === 0 && !isFolder(dir)) mkdirSync(dir);
  for (const folder of missing) mkdirSync(folder);
}

function removeTemporaries(paths: readonly string[]): void {
  for (const path of paths) {
    rmSync(path, { force: true });
  }
}

/** Removes the temporary files a killed build left in a folder: those of processes that are gone. */
function sweepStale(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (match && !isRunning(Number(match[2]))) rmSync(join(dir, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function modeOf(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return undefined;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
