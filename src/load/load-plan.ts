import { lstatSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { unlocated, type Diagnostic } from '../diagnostics.js';
import { readSource, type Overlay } from './read-source.js';
import { loadProgress } from './load-progress.js';
import { FILE_KINDS, OPTIONAL_KINDS, type FileKind, type SourceFile } from './source-file.js';

export { type Overlay } from './read-source.js';
import { emptyBudget } from './plan-budget.js';
import { pushAll } from '../push-all.js';

/** The YAML files of one plan folder, parsed, with the problems found on the way. */
export interface LoadedPlan {
  id: string;
  dir: string;
  sources: SourceFile[];
  diagnostics: Diagnostic[];
}

/**
 * Reads `<dir>/plan.yaml`, `units.yaml`, `tasks.yaml` and, if present, `appendices.yaml` and the
 * progress entries `progress/<period>.yaml`; other .yaml files are reported. A file in the
 * `overlay` (an editor's unsaved text) is read from it instead of the disk.
 */
export function loadPlan(dir: string, cwd: string = process.cwd(), overlay?: Overlay): LoadedPlan {
  const sources: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const show = (name: string) => relative(cwd, join(dir, name)) || name;
  const missing: string[] = [];
  const present: string[] = [];
  // The plan's files count together against the limits (README, Limits).
  const budget = emptyBudget();
  for (const kind of FILE_KINDS) {
    const found = findFile(dir, kind, overlay);
    if (found.kind === 'none') {
      if (!OPTIONAL_KINDS.includes(kind)) missing.push(`${kind}.yaml`);
      continue;
    }
    if (found.kind !== 'both') present.push(found.name);
    if (found.kind === 'both') {
      diagnostics.push(unlocated('plan-files', 'error', { file: show(`${kind}.yml`), path: [] }, 'files.both', { name: `${kind}.yaml`, other: `${kind}.yml` }));
      continue;
    }
    const file = show(found.name);
    if (found.kind === 'not-regular') {
      diagnostics.push(unlocated('plan-files', 'error', { file, path: [] }, 'files.not-regular', { name: found.name }));
      continue;
    }
    const read = readSource(kind, join(dir, found.name), file, found.size, overlay, budget);
    if (read.source) sources.push(read.source);
    pushAll(diagnostics, read.diagnostics);
  }
  // A missing file is said at 1:1 of a file the folder does hold (plan.yaml first), with the
  // missing one named in the message: code scanning can attach a finding only to a file that exists.
  for (const name of missing) {
    const file = present.length > 0 ? show(present[0]!) : show(name);
    const top = { line: 1, column: 1 };
    diagnostics.push({ ...unlocated('plan-files', 'error', { file, path: [] }, 'files.missing', { name }), start: top, end: top });
  }
  const progress = loadProgress(dir, show, overlay, budget);
  pushAll(sources, progress.sources);
  pushAll(diagnostics, progress.diagnostics);
  for (const name of readdirSync(dir).sort()) {
    if (/\.ya?ml$/i.test(name) && !FILE_KINDS.includes(name.replace(/\.ya?ml$/i, '') as FileKind)) {
      diagnostics.push(unlocated('plan-files', 'warning', { file: show(name), path: [] }, 'files.unknown', { name, known: FILE_KINDS.map((k) => `${k}.yaml`).join(', ') }));
    }
  }
  return { id: basename(dir), dir, sources, diagnostics };
}

/** Where a plan file of a kind is: `<kind>.yaml` or `<kind>.yml`, and whether it can be read as a file. */
type Found = { kind: 'file'; name: string; size: number } | { kind: 'not-regular'; name: string } | { kind: 'both' } | { kind: 'none' };

/**
 * Finds a plan file by its stem, whatever the extension (`.yaml`, `.yml`): a file that exists
 * but is a folder, a FIFO or a link to nothing is reported, never passed over as missing (an
 * optional file passed over would drop the appendices in silence).
 */
function findFile(dir: string, kind: FileKind, overlay?: Overlay): Found {
  const present = [`${kind}.yaml`, `${kind}.yml`].filter((name) => overlay?.has(resolve(dir, name)) || exists(join(dir, name)));
  if (present.length === 0) return { kind: 'none' };
  if (present.length > 1) return { kind: 'both' };
  const name = present[0]!;
  const buffer = overlay?.get(resolve(dir, name));
  if (buffer !== undefined) return { kind: 'file', name, size: Buffer.byteLength(buffer) };
  try {
    const stat = statSync(join(dir, name));
    return stat.isFile() ? { kind: 'file', name, size: stat.size } : { kind: 'not-regular', name };
  } catch {
    return { kind: 'not-regular', name };
  }
}

/** Whether a directory entry is there at all (a dangling link is). */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
