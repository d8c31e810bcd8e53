import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A file to write: where, and its bytes. */
export interface PendingFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * Writes a set of files all or nothing, as far as a file system allows: every file first goes to
 * a temporary file beside its target, and only when all of them are written (and no target is a
 * folder) are they renamed over their targets. A full disk, a read-only folder or a folder in the
 * way thus leaves every earlier file as it was, and a reader never sees a half-written one. A
 * rename can still fail (Windows refuses to replace a file Word holds open): the files renamed
 * before it stay new, the rest stay old, and no temporary file is left behind.
 * `rename` is Node's, replaceable so tests can make one fail.
 */
export function writeAllAtomically(files: readonly PendingFile[], rename: (from: string, to: string) => void = renameSync): void {
  const written: { temporary: string; path: string }[] = [];
  try {
    for (const file of files) {
      if (isFolder(file.path)) throw Object.assign(new Error(`${file.path} is a folder`), { code: 'EISDIR' });
      mkdirSync(dirname(file.path), { recursive: true });
      const temporary = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.tmp`);
      written.push({ temporary, path: file.path });
      writeFileSync(temporary, file.bytes);
    }
  } catch (error) {
    for (const { temporary } of written) rmSync(temporary, { force: true });
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
    for (const { temporary } of written.slice(renamed)) rmSync(temporary, { force: true });
    throw error;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
