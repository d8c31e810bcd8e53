import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compilePlan, type CompileResult } from '../../src/compile.js';
import { MINI_PLAN } from './mini-plan.js';

/**
 * Writes the mini plan into a fresh folder with more files, each by its path in the plan folder
 * ("progress/2023-06.yaml", or "tasks.yaml" to replace one), and compiles it there.
 */
export function compileWithFiles(files: Record<string, string>): CompileResult & { dir: string } {
  const dir = join(mkdtempSync(join(tmpdir(), 'plan-progress-')), 'mini');
  const all: Record<string, string> = { ...Object.fromEntries(Object.entries(MINI_PLAN).map(([kind, text]) => [`${kind}.yaml`, text])), ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { ...compilePlan(dir, { cwd: dir }), dir };
}
