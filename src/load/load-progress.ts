import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { unlocated, type Diagnostic } from '../diagnostics.js';
import { emptyBudget, type PlanBudget } from './plan-budget.js';
import { readSource, type Overlay } from './read-source.js';
import type { SourceFile } from './source-file.js';
import { pushAll } from '../push-all.js';

/** The folder of progress entries beside a plan's files: one file per reporting period. */
export const PROGRESS_DIR = 'progress';

/** A period file's name: a month, a quarter, a half-year or a year (2023-06, 2023-Q2, 2023-H1, 2023). */
export const PERIOD_NAME = /^\d{4}(?:-(?:0[1-9]|1[0-2])|-Q[1-4]|-H[12])?$/;

/**
 * Reads `<dir>/progress/*.yaml`, sorted by name. A YAML file whose name is no period is reported
 * and not read: its entries could not be placed in time. Other files (a README) are left alone.
 * A file of the `overlay` (an editor's unsaved text) is read from it, even one not saved yet.
 */
export function loadProgress(dir: string, show: (name: string) => string, overlay?: Overlay, budget: PlanBudget = emptyBudget()): { sources: SourceFile[]; diagnostics: Diagnostic[] } {
  const sources: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const folder = join(dir, PROGRESS_DIR);
  const unsaved = [...(overlay?.keys() ?? [])].filter((path) => dirname(path) === resolve(folder)).map((path) => basename(path));
  let names: string[];
  try {
    const isFolder = statSync(folder).isDirectory();
    // A file named progress where the folder belongs: every entry the clerk meant to write is missing.
    if (!isFolder) diagnostics.push(unlocated('plan-files', 'error', { file: show(PROGRESS_DIR), path: [] }, 'files.progress-not-folder', {}));
    names = isFolder ? readdirSync(folder) : [];
  } catch {
    names = [];
  }
  names = [...new Set([...names, ...unsaved])].sort();
  for (const name of names) {
    if (!/\.ya?ml$/i.test(name)) {
      // Named for a period but not a YAML file (2023-06, 2023-06.json, a folder 2023): not read, and said so.
      if (PERIOD_NAME.test(name.replace(/\..*$/, ''))) diagnostics.push(unlocated('plan-files', 'warning', { file: show(join(PROGRESS_DIR, name)), path: [] }, 'files.progress-not-yaml', { name }));
      continue;
    }
    const file = show(join(PROGRESS_DIR, name));
    const stem = name.replace(/\.ya?ml$/i, '');
    if (!PERIOD_NAME.test(stem)) {
      // A warning: the file is not read, and as an error it would hide every other finding of the plan.
      diagnostics.push(unlocated('plan-files', 'warning', { file, path: [] }, 'files.progress-name', { name }));
      continue;
    }
    let size: number;
    const buffer = overlay?.get(resolve(folder, name));
    try {
      const stat = buffer === undefined ? statSync(join(folder, name)) : undefined;
      if (stat && !stat.isFile()) throw new Error('not a file');
      size = stat ? stat.size : Buffer.byteLength(buffer!);
    } catch {
      diagnostics.push(unlocated('plan-files', 'error', { file, path: [] }, 'files.not-regular', { name }));
      continue;
    }
    const read = readSource('progress', join(folder, name), file, size, overlay, budget);
    if (read.source) sources.push(read.source);
    pushAll(diagnostics, read.diagnostics);
  }
  return { sources, diagnostics };
}
