import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { formatText } from '../../messages/format-message.js';
import { TEMPLATE_DIR } from '../../paths.js';
import { DOCUMENT_FORMATS } from '../../report/format.js';
import type { Io } from '../io.js';
import { resolvePlanDirs } from '../plan-dirs.js';
import { failureText } from '../usage-error.js';
import { buildOnce, checkSourceDateEpoch, converterFor, seconds, type BuildOptions } from './build.js';

/** Quiet time after the last change before rebuilding: editors write a file in several steps. */
const DEBOUNCE_MS = 250;

/**
 * `plan build --watch`: builds, then rebuilds whenever a plan's files or the templates change,
 * printing one status line per rebuild, until the process is interrupted (or `io.signal` aborts).
 * A rebuild that fails (an output folder gone read-only, say) says so in one line and the watch goes on.
 */
export async function runWatch(args: readonly string[], options: BuildOptions, io: Io): Promise<number> {
  const dirs = resolvePlanDirs(args, io.cwd);
  // Wrong from the start and not mended by any edit the watch sees: a usage error, as for build.
  checkSourceDateEpoch(io.env['SOURCE_DATE_EPOCH']);
  const soffice = await converterFor(options, io);
  if (soffice === null) return 2;
  // Loaded here, not at the top: `plan check` shares this module graph and never loads Handlebars.
  const { forgetTemplates } = await import('../../render/templates.js');
  // A document format (json, sarif) owns stdout: the watch's own lines go to stderr beside it.
  const say = DOCUMENT_FORMATS.has(options.format) ? io.stderr : io.stdout;
  const rebuild = async () => {
    const started = performance.now();
    // Templates are read again: a change to them is what may have woken the watch.
    forgetTemplates();
    try {
      const { diagnostics } = await buildOnce(dirs, { ...options, quiet: true }, io, soffice);
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      const time = new Date().toTimeString().slice(0, 8);
      say(`${formatText('cli.watch', { time, plans: dirs.length, errors, warnings: diagnostics.length - errors, seconds: seconds(performance.now() - started) }, options.lang)}\n`);
    } catch (error) {
      io.stderr(`${failureText(error, options.lang)}\n`);
    }
  };
  await rebuild();
  say(`${formatText('cli.watching', {}, options.lang)}\n`);
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const schedule = (_event: string, name: string | Buffer | null) => {
    // Only the plan's YAML and the templates: the build itself writes into the plan folder (the
    // Markdown review and its temporary file), which must not wake the watch again.
    if (typeof name === 'string' && !/\.(ya?ml|hbs)$/.test(name)) return;
    clearTimeout(timer);
    timer = setTimeout(() => (running = running.then(rebuild)), DEBOUNCE_MS);
  };
  // Folders, not files: an editor that saves by writing a new file and renaming it over the old
  // one leaves a watch on the file behind on the old file, while the folder sees every save.
  const watched = [...dirs, ...foldersUnder(TEMPLATE_DIR)].map((dir) => ({ dir, ...arm(dir, schedule) }));
  // A folder removed and made again (a checkout, a restore) is a new folder the old watch does not
  // see: it is watched anew, and the plan rebuilt, as soon as it is back.
  const rearm = setInterval(() => {
    for (const entry of watched) {
      const now = folderId(entry.dir);
      if (now === entry.id) continue;
      entry.watcher?.close();
      Object.assign(entry, arm(entry.dir, schedule));
      if (now !== null) schedule('rename', 'plan.yaml');
    }
  }, REARM_MS);
  const signal = io.signal ?? abortOnInterrupt();
  await new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })));
  clearTimeout(timer);
  clearInterval(rearm);
  for (const { watcher } of watched) watcher?.close();
  await running;
  return 0;
}

/** How often the watch looks whether a watched folder was removed or replaced. */
const REARM_MS = 500;

/** A watch on a folder, and which folder it is (none while the folder is gone). */
function arm(dir: string, onChange: (event: string, name: string | Buffer | null) => void): { watcher: FSWatcher | null; id: string | null } {
  const id = folderId(dir);
  if (id === null) return { watcher: null, id };
  try {
    const watcher = watch(dir, onChange);
    // A folder removed under a watch reports an error on some systems: the re-arm takes it from there.
    watcher.on('error', () => undefined);
    return { watcher, id };
  } catch {
    return { watcher: null, id: null };
  }
}

/** A folder's identity (device and inode), or null when there is no folder there. */
function folderId(dir: string): string | null {
  try {
    const stat = statSync(dir);
    return stat.isDirectory() ? `${stat.dev}:${stat.ino}` : null;
  } catch {
    return null;
  }
}

/** A folder and every folder below it. */
function foldersUnder(dir: string): string[] {
  const below = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory());
  return [dir, ...below.flatMap((e) => foldersUnder(join(dir, e.name)))];
}

function abortOnInterrupt(): AbortSignal {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  return controller.signal;
}
