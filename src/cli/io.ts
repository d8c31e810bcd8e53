/** What the CLI may touch of the outside world; tests pass their own. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour, progress). */
  isTTY: boolean;
  /** Ends long-running commands (`build --watch`); the real process uses Ctrl+C. */
  signal?: AbortSignal;
}

/** The real process's streams and environment. */
export function processIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
  };
}

/** Colour depth for chalk: FORCE_COLOR wins, then NO_COLOR, then whether stdout is a terminal. */
export function colorLevel(io: Io): 0 | 1 | 2 | 3 {
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force === '0' || force === 'false' ? 0 : (Math.min(3, Math.max(1, Number(force) || 1)) as 1 | 2 | 3);
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return 0;
  return io.isTTY ? 1 : 0;
}
