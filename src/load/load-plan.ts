import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { unlocated, type Diagnostic } from '../diagnostics.js';
import { parseFile } from './parse-file.js';
import { readText } from './read-text.js';
import { FILE_KINDS, OPTIONAL_KINDS, type FileKind, type SourceFile } from './source-file.js';

/** Largest YAML file read (documented in README): larger files are reported, not parsed. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** The YAML files of one plan folder, parsed, with the problems found on the way. */
export interface LoadedPlan {
  id: string;
  dir: string;
  sources: SourceFile[];
  diagnostics: Diagnostic[];
}

/** Reads `<dir>/plan.yaml`, `units.yaml`, `tasks.yaml` and, if present, `appendices.yaml`; other .yaml files are reported. */
export function loadPlan(dir: string, cwd: string = process.cwd()): LoadedPlan {
  const sources: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const show = (name: string) => relative(cwd, join(dir, name)) || name;
  for (const kind of FILE_KINDS) {
    const path = join(dir, `${kind}.yaml`);
    const file = show(`${kind}.yaml`);
    const size = fileSize(path);
    if (size === undefined) {
      if (OPTIONAL_KINDS.includes(kind)) continue;
      diagnostics.push(unlocated('plan-files', 'error', { file, path: [] }, 'files.missing', { name: `${kind}.yaml` }));
      continue;
    }
    if (size > MAX_FILE_BYTES) {
      diagnostics.push(unlocated('plan-files', 'error', { file, path: [] }, 'files.too-large', { size, limit: MAX_FILE_BYTES }));
      continue;
    }
    const read = readText(path);
    if (!('text' in read)) {
      diagnostics.push({ ...unlocated('plan-files', 'error', { file, path: [] }, `files.${read.encoding}`), start: read.at, end: { ...read.at, column: read.at.column + 1 } });
      continue;
    }
    const parsed = parseFile(kind, file, read.text);
    sources.push(parsed.source);
    diagnostics.push(...parsed.diagnostics);
  }
  for (const name of readdirSync(dir).sort()) {
    if (/\.ya?ml$/.test(name) && !FILE_KINDS.includes(name.replace(/\.ya?ml$/, '') as FileKind)) {
      diagnostics.push(unlocated('plan-files', 'warning', { file: show(name), path: [] }, 'files.unknown', { name, known: FILE_KINDS.map((k) => `${k}.yaml`).join(', ') }));
    }
  }
  return { id: basename(dir), dir, sources, diagnostics };
}

function fileSize(path: string): number | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}
