import { relative, resolve } from 'node:path';
import {
  classifyTarget,
  existingFiles,
  isNonFolder,
  occupyingEntries,
  planFiles,
  repoFiles,
  scaffoldYear,
  toolDependency,
  writeScaffold,
  type ScaffoldFile,
} from '../../init/scaffold.js';
import type { Io } from '../io.js';

/**
 * Exit codes of `plan init`. A refusal (a file it would write exists, the folder is not empty) is
 * a usage error like a folder that is not a plan: 2, as the README's table says; 1 stays "the plans
 * have problems".
 */
const EXIT_OK = 0;
const EXIT_REFUSED = 2;

type Lang = 'vi' | 'en';

/** The command's own messages (the shared catalogues are for diagnostics and the other commands). */
const MESSAGES = {
  vi: {
    created: (n: number) => `Đã tạo ${n} tệp:`,
    exists: 'Không tạo tệp nào: các tệp sau đã có (plan init không bao giờ ghi đè):',
    notEmpty: (dir: string) => `Không tạo tệp nào: thư mục ${dir} không trống. plan init tạo kho kế hoạch mới trong một thư mục trống hoặc chưa có; thư mục này đang có:`,
    hasPlans: 'Thư mục này đã có plans/. Để thêm một kế hoạch: npx plan init plans/<ten-ke-hoach>',
    notFolder: (path: string) => `Không tạo tệp nào: ${path} đã có và không phải là thư mục.`,
    failed: (detail: string) => `Không tạo được (${detail}); các tệp vừa tạo đã được xóa, không tệp nào được ghi.`,
    nextRepo: 'Bước tiếp theo:',
    nextPlan: (dir: string) => `Bước tiếp theo: sửa các tệp YAML trong ${dir}, rồi chạy:`,
    localDependency: (spec: string) =>
      `Lưu ý: package.json dùng công cụ plan trên máy này (${spec}). Trước khi đẩy lên GitHub, đổi thành địa chỉ git của công cụ để GitHub Actions cài được.`,
  },
  en: {
    created: (n: number) => `Created ${n} file(s):`,
    exists: 'Nothing created: these files already exist (plan init never overwrites):',
    notEmpty: (dir: string) => `Nothing created: folder ${dir} is not empty. plan init creates a new plans repository in an empty or new folder; this one holds:`,
    hasPlans: 'This folder already has plans/. To add a plan: npx plan init plans/<plan-name>',
    notFolder: (path: string) => `Nothing created: ${path} exists and is not a folder.`,
    failed: (detail: string) => `Could not create the files (${detail}); those just created were removed, nothing was written.`,
    nextRepo: 'Next steps:',
    nextPlan: (dir: string) => `Next steps: edit the YAML files in ${dir}, then run:`,
    localDependency: (spec: string) =>
      `Note: package.json uses the copy of plan on this machine (${spec}). Before pushing to GitHub, change it to the tool's git address so that GitHub Actions can install it.`,
  },
} as const;

/**
 * `plan init [DIR]`: a new plans repository in DIR (default: the current folder), or, when DIR's
 * parent is a `plans/` folder, a new plan in that repository. Writes every file or none, and never
 * replaces an existing file.
 */
export function runInit(dir: string | undefined, options: { lang: Lang }, io: Io): number {
  const m = MESSAGES[options.lang];
  const show = (path: string) => relative(io.cwd, path) || '.';
  const target = classifyTarget(resolve(io.cwd, dir ?? '.'));
  if (isNonFolder(target.dir)) {
    io.stderr(`${m.notFolder(show(target.dir))}\n`);
    return EXIT_REFUSED;
  }
  const year = scaffoldYear(io.env);
  const dependency = target.mode === 'repo' ? toolDependency() : undefined;
  const files: ScaffoldFile[] = target.mode === 'repo' ? repoFiles(year, dependency!) : planFiles(year);

  const existing = existingFiles(target.dir, files);
  const entries = target.mode === 'repo' ? occupyingEntries(target.dir) : [];
  if (existing.length > 0 || entries.length > 0) {
    const lines = existing.length > 0 ? [m.exists, ...existing.map((p) => `  ${show(p)}`)] : [m.notEmpty(show(target.dir)), ...entries.map((e) => `  ${e}`)];
    if (entries.includes('plans')) lines.push(m.hasPlans);
    io.stderr(`${lines.join('\n')}\n`);
    return EXIT_REFUSED;
  }

  let written: string[];
  try {
    written = writeScaffold(target.dir, files);
  } catch (error) {
    io.stderr(`${m.failed((error as Error).message ?? String(error))}\n`);
    return EXIT_REFUSED;
  }

  const lines = [m.created(written.length), ...written.map((p) => `  ${show(p)}`), ''];
  const root = target.mode === 'repo' ? target.dir : target.repo;
  const cd = relative(io.cwd, root);
  lines.push(target.mode === 'repo' ? m.nextRepo : m.nextPlan(show(target.dir)));
  if (cd !== '') lines.push(`  cd ${/\s/.test(cd) ? JSON.stringify(cd) : cd}`);
  if (target.mode === 'repo') lines.push('  npm install');
  lines.push('  npx plan check', '  npx plan build');
  if (dependency?.local) lines.push('', m.localDependency(dependency.spec));
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
