import { resolve } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { recordBuiltDocx, snapshotOutput } from '../support/record-docx.js';

export const REPO = resolve(import.meta.dirname, '../..');

/** Runs the CLI in-process as a user at the repo root would; returns exit code and output. */
export async function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: REPO, env, isTTY: false };
  const before = snapshotOutput(args, REPO);
  const code = await main(args, io);
  recordBuiltDocx(args, REPO, before);
  return { code, stdout, stderr };
}
