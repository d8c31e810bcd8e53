import { watch, type FSWatcher } from 'node:fs';
import { formatText } from '../../messages/format-message.js';
import { TEMPLATE_DIR } from '../../paths.js';
import type { Io } from '../io.js';
import { resolvePlanDirs } from '../plan-dirs.js';
import { buildOnce, seconds, type BuildOptions } from './build.js';

/** Quiet time after the last change before rebuilding: editors write a file in several steps. */
const DEBOUNCE_MS = 250;

/**
 * `plan build --watch`: builds, then rebuilds whenever a plan's files or the templates change,
 * printing one status line per rebuild, until the process is interrupted (or `io.signal` aborts).
 */
export async function runWatch(args: readonly string[], options: BuildOptions, io: Io): Promise<number> {
  const dirs = resolvePlanDirs(args, io.cwd);
  const rebuild = async () => {
    const started = performance.now();
    const { diagnostics } = await buildOnce(dirs, { ...options, quiet: true }, io);
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const time = new Date().toTimeString().slice(0, 8);
    io.stdout(`${formatText('cli.watch', { time, plans: dirs.length, errors, warnings: diagnostics.length - errors, seconds: seconds(performance.now() - started) }, options.lang)}\n`);
  };
  await rebuild();
  io.stdout(`${formatText('cli.watching', {}, options.lang)}\n`);
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const schedule = (_event: string, name: string | Buffer | null) => {
    // The Markdown review is written into the plan folder by the build itself.
    if (typeof name === 'string' && name.endsWith('.md')) return;
    clearTimeout(timer);
    timer = setTimeout(() => (running = running.then(rebuild)), DEBOUNCE_MS);
  };
  const watchers: FSWatcher[] = [...dirs, TEMPLATE_DIR].map((dir) => watch(dir, { recursive: true }, schedule));
  const signal = io.signal ?? abortOnInterrupt();
  await new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })));
  clearTimeout(timer);
  for (const watcher of watchers) watcher.close();
  await running;
  return 0;
}

function abortOnInterrupt(): AbortSignal {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  return controller.signal;
}
