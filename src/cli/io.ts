/** What the CLI may touch of the outside world; tests pass their own. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour, progress). */
  isTTY: boolean;
  /** Whether stderr is a terminal: `plan import` shows its progress line there only then. */
  stderrTTY?: boolean;
  /** The clock, for `plan status` without --as-of; tests pass their own. */
  clock?: () => Date;
  /** Ends long-running commands (`build --watch`); the real process uses Ctrl+C. */
  signal?: AbortSignal;
}

/** The real process's streams and environment. */
export function processIo(): Io {
  return {
    stdout: writer('stdout'),
    stderr: writer('stderr'),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    stderrTTY: Boolean(process.stderr.isTTY),
  };
}

/**
 * Writes to one of the process's streams. A reader that goes away (`plan check | head -1`) ends the
 * output, not the command: after EPIPE (or any other failure of the stream) nothing more is
 * written, and the exit code stays the command's. The stream is looked at only on the first write,
 * as Node sets it up on first use.
 */
function writer(name: 'stdout' | 'stderr'): (text: string) => void {
  let state: 'unused' | 'open' | 'closed' = 'unused';
  return (text) => {
    if (state === 'closed') return;
    const stream = process[name];
    if (state === 'unused') {
      stream.on('error', () => (state = 'closed'));
      state = 'open';
    }
    stream.write(text);
  };
}

/** Colour depth for chalk: FORCE_COLOR wins, then NO_COLOR, then whether stdout is a terminal. */
export function colorLevel(io: Io): 0 | 1 | 2 | 3 {
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force === '0' || force === 'false' ? 0 : (Math.min(3, Math.max(1, Number(force) || 1)) as 1 | 2 | 3);
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return 0;
  return io.isTTY ? 1 : 0;
}
