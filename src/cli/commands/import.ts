import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { ImportFailure } from '../../import/import-failure.js';
import { importPlan } from '../../import/import-plan.js';
import { readSource } from '../../import/read-source.js';
import type { Lang } from '../../messages/catalogue.js';
import { formatText } from '../../messages/format-message.js';
import { throughLink, writeAllAtomically } from '../../render/write-output.js';
import type { Io } from '../io.js';
import { findRepoRoot } from '../plan-dirs.js';

export interface ImportOptions {
  output?: string;
  lang: Lang;
}

const EXIT_OK = 0;
const EXIT_REFUSED = 2;

/**
 * `plan import FILE [-o plans/<name>]`: reads a Kế hoạch (.docx, .txt, .md) into a new plan folder
 * of the repository (default plans/<file stem>), all files or none, and prints each place it could
 * not map as `file:line  TODO  ...`. Refuses, writing nothing, input it cannot read, a folder that
 * exists and is not empty, and a folder outside the repository.
 */
export function runImport(file: string, options: ImportOptions, io: Io): number {
  const say = (id: string, args: Record<string, string | number> = {}) => formatText(id, args, options.lang);
  const root = findRepoRoot(io.cwd);
  if (root === undefined) return refuse(io, say('import.no-repo'));
  const source = resolve(io.cwd, file);
  if (!existsSync(source) || !statSync(source).isFile()) return refuse(io, say('import.no-file', { file }));
  const dir = resolve(io.cwd, options.output ?? join(root, 'plans', basename(source, extname(source))));
  const inside = relative(root, dir);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || throughLink(root, dir)) return refuse(io, say('import.outside-repo', { dir: options.output ?? dir, root }));
  // Where check and build look: plans/<name>, or deeper in plans/ (plans/2024/ke-hoach-a).
  if (relative(join(root, 'plans'), dir).startsWith('..')) return refuse(io, say('import.outside-plans', { dir: options.output ?? dir }));
  const shownDir = relative(io.cwd, dir) || '.';
  if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0)) return refuse(io, say('import.exists', { dir: shownDir }));
  // A progress line, rewritten in place, on a terminal only (a log or a pipe gets none).
  const progress = io.stderrTTY ? (done: number, total: number) => io.stderr(`\r${say('import.progress', { file, done, total })}\x1b[K`) : undefined;
  const clearProgress = () => progress && io.stderr('\r\x1b[K');
  let result;
  try {
    result = importPlan(readSource(source, file, progress), dir, file, basename(source));
  } catch (error) {
    clearProgress();
    if (error instanceof ImportFailure) return refuse(io, say(error.messageId, error.args));
    throw error;
  }
  clearProgress();
  writeAllAtomically(result.files);
  const lines = [say('import.done', { file, dir: shownDir, ...result.counts, todos: result.todos.length })];
  for (const todo of result.todos) lines.push(say('import.todo', { at: `${join(shownDir, todo.file)}:${todo.line}`, reason: todo.reason, n: todo.n }));
  lines.push(say('import.next', { dir: shownDir }));
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

function refuse(io: Io, message: string): number {
  io.stderr(`${message}\n`);
  return EXIT_REFUSED;
}
