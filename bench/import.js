// The import half of `npm run bench`: a generated plan of about 200 pages built to .docx once,
// then `plan import` of that .docx timed as a whole process (median of the runs), each run into a
// fresh repository. Prints one line and returns the figures for bench.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { writeGeneratedPlan } from './generate.js';

/** A page of the body at 14 pt: about 2,500 characters (A4, margins of Nghị định 30). */
const CHARACTERS_A_PAGE = 2500;

/** Builds a plan of `tasks` tasks, imports its .docx `runs` times; seconds (median), paragraphs and pages. */
export function benchImport(root, work, tasks, runs) {
  const dir = join(work, 'import-source', `ke-hoach-${tasks}`);
  writeGeneratedPlan(dir, tasks);
  const out = join(work, 'import-source', 'out');
  execFileSync(process.execPath, [join(root, 'bin/plan.js'), 'build', dir, '--quiet', '--out', out], { cwd: root });
  const docx = join(out, `ke-hoach-${tasks}.docx`);
  const xml = strFromU8(unzipSync(readFileSync(docx))['word/document.xml']);
  const characters = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].reduce((n, m) => n + m[1].length, 0);
  const paragraphs = (xml.match(/<w:p[ >]/g) ?? []).length;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const repo = mkdtempSync(join(work, 'import-repo-'));
    mkdirSync(join(repo, 'plans'));
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [join(root, 'bin/plan.js'), 'import', docx, '-o', 'plans/imported'], { cwd: repo, encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
    if (result.status !== 0) throw new Error(`plan import exited ${result.status}: ${result.stderr}`);
    rmSync(repo, { recursive: true, force: true });
  }
  times.sort((a, b) => a - b);
  return { tasks, paragraphs, pages: Math.round(characters / CHARACTERS_A_PAGE), runs, seconds: times[Math.floor(times.length / 2)] };
}
