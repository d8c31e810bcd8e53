import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  classifyTarget,
  existingFiles,
  isNonFolder,
  planFiles,
  repoFiles,
  SAMPLE_PLAN,
  scaffoldYear,
  toolDependency,
  writeScaffold,
} from '../../init/scaffold.js';
import { discoverPlans } from '../../load/discover.js';
import { writeAllAtomically } from '../../render/write-output.js';
import type { Io } from '../io.js';

/**
 * Exit codes of `plan init`. A refusal (the target is a file) or a failure to write is 2, as the
 * README's table says; 1 stays "the plans have problems".
 */
const EXIT_OK = 0;
const EXIT_REFUSED = 2;

type Lang = 'vi' | 'en';

/** The command's own messages (the shared catalogues are for diagnostics and the other commands). */
const MESSAGES = {
  vi: {
    created: (n: number) => `Đã tạo ${n} tệp:`,
    replaced: (n: number) => `Đã ghi đè ${n} tệp (--force):`,
    kept: (n: number) => `Giữ nguyên ${n} tệp đã có (ghi đè bằng --force):`,
    nothing: 'Không tạo tệp nào: mọi tệp đều đã có.',
    samplePlanSkipped: 'plans/ đã có kế hoạch nên không tạo kế hoạch mẫu. Để thêm một kế hoạch: npx plan init plans/<ten-ke-hoach>',
    notFolder: (path: string) => `Không tạo tệp nào: ${path} đã có và không phải là thư mục.`,
    failed: (detail: string) => `Không tạo được (${detail}); các tệp vừa tạo đã được xóa, không tệp nào được ghi.`,
    nextRepo: 'Bước tiếp theo:',
    nextPlan: (dir: string) => `Bước tiếp theo: sửa các tệp YAML trong ${dir}, rồi chạy:`,
    addDependency: (name: string, spec: string) => `package.json đã có nên không được sửa: hãy thêm "${name}": "${spec}" vào devDependencies để GitHub Actions cài được công cụ plan.`,
  },
  en: {
    created: (n: number) => `Created ${n} file(s):`,
    replaced: (n: number) => `Replaced ${n} file(s) (--force):`,
    kept: (n: number) => `Left ${n} existing file(s) as they were (--force replaces them):`,
    nothing: 'Nothing created: every file exists already.',
    samplePlanSkipped: 'plans/ already holds plans, so no example plan was written. To add a plan: npx plan init plans/<plan-name>',
    notFolder: (path: string) => `Nothing created: ${path} exists and is not a folder.`,
    failed: (detail: string) => `Could not create the files (${detail}); those just created were removed, nothing was written.`,
    nextRepo: 'Next steps:',
    nextPlan: (dir: string) => `Next steps: edit the YAML files in ${dir}, then run:`,
    addDependency: (name: string, spec: string) => `package.json exists and was left as it is: add "${name}": "${spec}" to its devDependencies so that GitHub Actions can install plan.`,
  },
} as const;

export interface InitOptions {
  lang: Lang;
  /** Replace the files of the scaffold that exist (by default they are left as they are). */
  force?: boolean;
}

/**
 * `plan init [DIR]`: a plans repository in DIR (default: the current folder), new or existing, or,
 * when DIR is inside a `plans/` folder, a plan of that repository. Writes the files that are
 * missing and leaves those that exist (`--force` replaces them), saying which is which; what it
 * writes is written all or nothing.
 */
export function runInit(dir: string | undefined, options: InitOptions, io: Io): number {
  const m = MESSAGES[options.lang];
  const show = (path: string) => relative(io.cwd, path) || '.';
  const target = classifyTarget(resolve(io.cwd, dir ?? '.'));
  if (isNonFolder(target.dir)) {
    io.stderr(`${m.notFolder(show(target.dir))}\n`);
    return EXIT_REFUSED;
  }
  const year = scaffoldYear(io.env);
  const dependency = target.mode === 'repo' ? toolDependency() : undefined;
  // A repository whose plans/ holds plans already gets no example plan beside them.
  const hasPlans = target.mode === 'repo' && discoverPlans(join(target.dir, 'plans')).length > 0;
  const files = target.mode === 'repo' ? repoFiles(year, dependency!).filter((f) => !(hasPlans && f.path.startsWith(`plans/${SAMPLE_PLAN}/`))) : planFiles(year);

  const existing = new Set(existingFiles(target.dir, files));
  const missing = files.filter((f) => !existing.has(join(target.dir, f.path)));
  const replaced = options.force ? files.filter((f) => existing.has(join(target.dir, f.path))) : [];
  let written: string[];
  try {
    written = writeScaffold(target.dir, missing, undefined, () =>
      writeAllAtomically(replaced.map((f) => ({ path: join(target.dir, f.path), bytes: new TextEncoder().encode(f.content) }))),
    );
  } catch (error) {
    io.stderr(`${m.failed((error as Error).message ?? String(error))}\n`);
    return EXIT_REFUSED;
  }

  const list = (heading: string, paths: readonly string[]) => (paths.length > 0 ? [heading, ...paths.map((p) => `  ${show(p)}`), ''] : []);
  const kept = options.force ? [] : [...existing];
  const lines = [
    ...(written.length === 0 && replaced.length === 0 ? [m.nothing, ''] : []),
    ...list(m.created(written.length), written),
    ...list(m.replaced(replaced.length), replaced.map((f) => join(target.dir, f.path))),
    ...list(m.kept(kept.length), kept),
  ];
  if (hasPlans) lines.push(m.samplePlanSkipped, '');
  const root = target.mode === 'repo' ? target.dir : target.repo;
  const cd = relative(io.cwd, root);
  lines.push(target.mode === 'repo' ? m.nextRepo : m.nextPlan(show(target.dir)));
  if (cd !== '') lines.push(`  cd ${/\s/.test(cd) ? JSON.stringify(cd) : cd}`);
  if (target.mode === 'repo') lines.push('  npm install');
  lines.push('  npx plan check', '  npx plan build');
  if (dependency && kept.includes(join(target.dir, 'package.json')) && !dependsOn(join(target.dir, 'package.json'), dependency.name)) {
    lines.push('', m.addDependency(dependency.name, dependency.spec));
  }
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

/** Whether a package.json names the package among its dependencies (one that cannot be read does not). */
function dependsOn(manifest: string, name: string): boolean {
  try {
    const json = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: object; devDependencies?: object };
    return name in (json.devDependencies ?? {}) || name in (json.dependencies ?? {});
  } catch {
    return false;
  }
}
