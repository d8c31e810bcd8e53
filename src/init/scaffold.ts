import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { FILE_KINDS } from '../load/source-file.js';
import { PACKAGE_ROOT, SCHEMA_DIR, TEMPLATE_DIR } from '../paths.js';

/** The scaffold's sources: templates/init/plan (one plan) and templates/init/repo (the rest of a new repo). */
export const INIT_TEMPLATE_DIR = join(TEMPLATE_DIR, 'init');

/** The plan folder a new repository starts with. */
export const SAMPLE_PLAN = 'ke-hoach-mau';

/** In the templates, the year of the example plan; replaced by the current year. */
const YEAR_TOKEN = /YYYY/g;

/** One file `plan init` writes, relative to the folder it scaffolds (always with `/`). */
export interface ScaffoldFile {
  path: string;
  content: string;
}

/**
 * What `plan init` does with a target folder:
 * - `plan`: the target is inside a `plans/` folder (at any depth), so it is a plan of the
 *   repository holding that `plans/`: a plan folder only, never a repository inside it;
 * - `repo`: anything else is a plans repository, new or existing.
 */
export type InitTarget = { mode: 'plan'; dir: string; repo: string } | { mode: 'repo'; dir: string };

export function classifyTarget(target: string): InitTarget {
  const dir = resolve(target);
  for (let parent = dirname(dir), child = dir; parent !== child; child = parent, parent = dirname(parent)) {
    if (basename(parent) === 'plans') return { mode: 'plan', dir, repo: dirname(parent) };
  }
  return { mode: 'repo', dir };
}

/** The year written into the example plan: SOURCE_DATE_EPOCH's year when set (reproducible), else this year. */
export function scaffoldYear(env: Record<string, string | undefined>): number {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).getUTCFullYear();
  return new Date().getFullYear();
}

/** The four files of the example plan, with `YYYY` replaced by the year. */
export function planFiles(year: number, prefix = ''): ScaffoldFile[] {
  return FILE_KINDS.map((kind) => ({
    path: `${prefix}${kind}.yaml`,
    content: readFileSync(join(INIT_TEMPLATE_DIR, 'plan', `${kind}.yaml`), 'utf8').replace(YEAR_TOKEN, String(year)),
  }));
}

/** How the new repository's package.json refers to this tool. */
export interface ToolDependency {
  name: string;
  spec: string;
}

/**
 * This tool by its npm package name and a range from this version on (`^0.1.0`): what npm, and
 * so GitHub Actions, installs anywhere. Never a folder on this machine (`file:`), which works here only.
 */
export function toolDependency(): ToolDependency {
  const manifest = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  return { name: manifest.name, spec: `^${manifest.version}` };
}

/** The settings of the generic LSP client "Generic LSP Client (v2)" that start `plan lsp` for YAML files. */
export const LSP_SETTINGS = {
  'glspc.server.command': 'npx',
  'glspc.server.commandArguments': ['plan', 'lsp'],
  'glspc.server.languageId': ['yaml'],
} as const;

/**
 * A VS Code task that runs `plan check` (Terminal > Run Task) and puts each finding in the Problems
 * panel: one matcher per severity, as the lines name it in Vietnamese (lỗi, cảnh báo) and the
 * matcher knows only its English words. NO_COLOR keeps the terminal's colour codes off the lines.
 */
export const CHECK_TASKS = {
  version: '2.0.0',
  tasks: [
    {
      label: 'plan check',
      // A shell finds npx on Windows too, where it is npx.cmd.
      type: 'shell',
      command: 'npx',
      args: ['plan', 'check'],
      options: { env: { NO_COLOR: '1' } },
      group: 'test',
      problemMatcher: (
        [
          ['lỗi', 'error'],
          ['cảnh báo', 'warning'],
        ] as const
      ).map(([word, severity]) => ({
        owner: 'plan',
        source: 'plan',
        severity,
        fileLocation: ['relative', '${workspaceFolder}'],
        pattern: { regexp: `^(.+?):(\\d+):(\\d+)  ${word}  (.*)  ([a-z][a-z0-9-]*)$`, file: 1, line: 2, column: 3, message: 4, code: 5 },
      })),
    },
  ],
};

/** Every file of a new plans repository: the example plan, schemas, editor settings, workflow, README. */
export function repoFiles(year: number, dependency: ToolDependency): ScaffoldFile[] {
  const repo = (name: string) => readFileSync(join(INIT_TEMPLATE_DIR, 'repo', name), 'utf8');
  const schemas = readdirSync(SCHEMA_DIR)
    .filter((name) => name.endsWith('.schema.json'))
    .sort();
  const yamlSchemas: Record<string, string> = {};
  for (const kind of FILE_KINDS) {
    if (schemas.includes(`${kind}.schema.json`)) yamlSchemas[`./schemas/${kind}.schema.json`] = `plans/*/${kind}.yaml`;
  }
  // Progress entries, one file a period (plan status, plan report).
  if (schemas.includes('progress.schema.json')) yamlSchemas['./schemas/progress.schema.json'] = 'plans/*/progress/*.yaml';
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return [
    { path: 'README.md', content: repo('README.md') },
    { path: 'package.json', content: json({ private: true, devDependencies: { [dependency.name]: dependency.spec } }) },
    // Stored without the dot: npm does not pack a file named .gitignore.
    { path: '.gitignore', content: repo('gitignore') },
    { path: '.github/workflows/plan.yml', content: repo('workflow.yml') },
    // The schemas for the YAML extension; and `plan lsp`, every finding of plan check as the clerk
    // types, for a generic LSP client (zsol.vscode-glspc): VS Code starts a server only through an extension.
    { path: '.vscode/settings.json', content: json({ 'yaml.schemas': yamlSchemas, ...LSP_SETTINGS }) },
    { path: '.vscode/tasks.json', content: json(CHECK_TASKS) },
    { path: '.vscode/extensions.json', content: json({ recommendations: ['redhat.vscode-yaml'] }) },
    ...schemas.map((name) => ({ path: `schemas/${name}`, content: readFileSync(join(SCHEMA_DIR, name), 'utf8') })),
    ...planFiles(year, `plans/${SAMPLE_PLAN}/`),
  ];
}

/** The files (absolute paths) among `files` that already exist under `dir`. */
export function existingFiles(dir: string, files: readonly ScaffoldFile[]): string[] {
  return files.map((f) => join(dir, f.path)).filter((path) => existsSync(path));
}

/**
 * Writes every file under `dir`, each created exclusively (an existing file is never replaced,
 * even one that appeared after the caller looked). On any failure, the files and folders this
 * call created are removed again and the error is rethrown, so the result is all or nothing: a
 * file counts as created as soon as it exists, so one a full disk left empty goes too.
 * `write` is Node's, replaceable so tests can make one fail; `finish` runs last, and a failure of
 * it undoes the files created too (`plan init --force` replaces files there).
 */
export function writeScaffold(
  dir: string,
  files: readonly ScaffoldFile[],
  write: (fd: number, content: string) => void = writeFileSync,
  finish: () => void = () => {},
): string[] {
  const createdFiles: string[] = [];
  const createdDirs: string[] = [];
  const ensureDir = (path: string) => {
    if (existsSync(path)) return;
    ensureDir(dirname(path));
    mkdirSync(path);
    createdDirs.push(path);
  };
  try {
    for (const file of files) {
      const path = join(dir, file.path);
      ensureDir(dirname(path));
      const fd = openSync(path, 'wx');
      createdFiles.push(path);
      try {
        write(fd, file.content);
      } finally {
        closeSync(fd);
      }
    }
    finish();
    return createdFiles;
  } catch (error) {
    for (const path of createdFiles.reverse()) unlinkSync(path);
    for (const path of createdDirs.reverse()) {
      try {
        rmdirSync(path);
      } catch {
        // Not empty: someone else wrote into it meanwhile; leave it.
      }
    }
    throw error;
  }
}

/** Whether `path` exists and is something other than a folder. */
export function isNonFolder(path: string): boolean {
  return existsSync(path) && !statSync(path).isDirectory();
}
