// `npm run bench`: times `plan check` and `plan build` as whole processes on the sample and on
// generated plans, with pandoc on the same text where pandoc is installed: for the sample its
// reference text (test/fixtures/reference/ke-hoach-2023.txt), for a generated plan its Markdown review.
// Without pandoc it says so, with how to install it, and times the rest.
// Prints a table and the speed targets, and writes the figures as JSON to out/bench.json
// (`--json FILE` elsewhere, relative to the working folder). `--sizes 100,1000` and `--runs 3` make a shorter run
// (`--sizes=`: the sample only); `--pandoc FILE` times that pandoc;
// `--worst-case` runs bench/worst-case.js instead.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeGeneratedPlan } from './generate.js';
import { benchImport } from './import.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PANDOC_MISSING = pandocMissingText();
// `npm run bench -- --worst-case [--cases a,b]`: the worst cases under the README's limits instead (bench/worst-case.js).
if (process.argv.includes('--worst-case')) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bench/worst-case.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
// 10,000 tasks are past the README's limits (rule plan-size): the largest size is 1,000; --worst-case measures the limits.
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000' }, runs: { type: 'string', default: '5' }, json: { type: 'string', default: 'out/bench.json' }, 'import-tasks': { type: 'string', default: '350' }, pandoc: { type: 'string', default: 'pandoc' } } });
const runs = Number(values.runs);
const work = mkdtempSync(join(tmpdir(), 'plan-bench-'));

/** Runs a command `count` times; median wall time (s) and the largest peak RSS (MB). */
function measure(command, args, count, options = {}) {
  const times = [];
  let peak = 0;
  for (let i = 0; i < count; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, ...options });
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    const match = /@@peak-rss-kb (\d+)/.exec(result.stderr ?? '');
    if (match) peak = Math.max(peak, Number(match[1]) / 1024);
  }
  times.sort((a, b) => a - b);
  return { seconds: times[Math.floor(times.length / 2)], peakMb: peak || null };
}

const plan = (args) => ['--import', './bench/peak-rss.mjs', 'bin/plan.js', ...args];
// `--pandoc FILE`: another pandoc than the one on PATH.
const hasPandoc = spawnSync(values.pandoc, ['--version']).status === 0;
if (!hasPandoc) process.stderr.write(`${PANDOC_MISSING}\n`);

// The sample's text as published, which test/build compares the built document with.
const SAMPLE_TEXT = join(ROOT, 'test/fixtures/reference/ke-hoach-2023.txt');
const cases = [{ name: 'sample', tasks: 6, dir: join(work, 'sample', 'ke-hoach-2023'), text: SAMPLE_TEXT }];
cpSync(join(ROOT, 'plans/ke-hoach-2023'), cases[0].dir, { recursive: true });
for (const size of values.sizes.split(',').filter(Boolean).map(Number)) {
  const dir = join(work, `tasks-${size}`, `ke-hoach-${size}`);
  writeGeneratedPlan(dir, size);
  cases.push({ name: `${size} tasks`, tasks: size, dir });
}

const results = [];
for (const c of cases) {
  const count = c.tasks >= 10000 ? Math.min(3, runs) : runs;
  const out = join(work, 'out', c.name.replace(/\W+/g, '-'));
  const check = measure(process.execPath, plan(['check', c.dir]), count);
  const build = measure(process.execPath, plan(['build', c.dir, '--quiet', '--out', out]), count);
  let pandoc = null;
  if (hasPandoc) {
    // The same text: the sample's reference text, else the plan as Markdown (what a user would otherwise feed pandoc).
    let text = c.text;
    if (!text) {
      execFileSync(process.execPath, ['bin/plan.js', 'build', c.dir, '--md', '--quiet', '--out', out], { cwd: ROOT });
      text = join(c.dir, `${c.dir.split('/').pop()}.md`);
    }
    // pandoc takes minutes on the largest plan: time it once there.
    pandoc = measure(values.pandoc, ['--from', 'markdown', text, '-o', join(out, 'pandoc.docx')], c.tasks >= 10000 ? 1 : count);
  }
  const row = { case: c.name, tasks: c.tasks, runs: count, check, build, pandoc, ratio: pandoc ? build.seconds / pandoc.seconds : null };
  results.push(row);
  process.stderr.write(`measured ${c.name}\n`);
}

// What any Node program pays before doing our work: the floor under the sample's figures.
const floorOut = join(work, 'floor.docx');
const floor = {
  nodeStart: measure(process.execPath, ['-e', '0'], runs).seconds,
  docxOneParagraph: measure(process.execPath, ['bench/floor-docx.js', floorOut], runs).seconds,
};

// plan import of a large .docx (about 200 pages with the default 350 tasks): `--import-tasks 0` leaves it out.
const importTasks = Number(values['import-tasks']);
const imported = importTasks > 0 ? benchImport(ROOT, work, importTasks, Math.min(3, runs)) : null;

const fmt = (n, digits = 2) => (n === null || n === undefined ? '-' : n.toFixed(digits));
const lines = [
  '| case | check (s) | check peak (MB) | build (s) | build peak (MB) | pandoc (s) | build / pandoc |',
  '|---|---|---|---|---|---|---|',
  ...results.map((r) => `| ${r.case} | ${fmt(r.check.seconds)} | ${fmt(r.check.peakMb, 0)} | ${fmt(r.build.seconds)} | ${fmt(r.build.peakMb, 0)} | ${fmt(r.pandoc?.seconds ?? null)} | ${fmt(r.ratio)} |`),
];
const targets = evaluateTargets(results);
const sample = results[0];
lines.push(
  '',
  sample.pandoc
    ? `Sample, cold: plan build ${fmt(sample.build.seconds)} s, pandoc on its reference text ${fmt(sample.pandoc.seconds)} s: ${fmt(sample.ratio)}x pandoc; plan check ${fmt(sample.check.seconds)} s`
    : `Sample, cold: plan build ${fmt(sample.build.seconds)} s; plan check ${fmt(sample.check.seconds)} s. ${PANDOC_MISSING}`,
  '',
  `Floor: node -e 0 ${fmt(floor.nodeStart)} s; import docx and write a one-paragraph .docx ${fmt(floor.docxOneParagraph)} s` +
    (results[0].pandoc ? ` (${fmt(floor.docxOneParagraph / results[0].pandoc.seconds)}x pandoc on the sample)` : ''),
  '',
  '| target | measured | limit | |',
  '|---|---|---|---|',
  // Enough digits that the verdict can be read from the figures printed beside it.
  ...targets.map((t) => {
    const digits = t.unit === ' MB' ? 1 : 3;
    return `| ${t.target} | ${fmt(t.measured, digits)}${t.unit} | ${fmt(t.limit, digits)}${t.unit} | ${t.met ? 'met' : 'MISSED'} |`;
  }),
);
if (imported) lines.push('', `Import: plan import of a built .docx of ${imported.tasks} tasks (${imported.paragraphs} paragraphs, about ${imported.pages} pages) ${fmt(imported.seconds)} s`);
process.stdout.write(`${lines.join('\n')}\n`);
const jsonPath = resolve(values.json);
mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(jsonPath, `${JSON.stringify({ node: process.version, floor, results, targets, import: imported }, null, 2)}\n`);
process.stdout.write(`JSON: ${values.json}\n`);

/** Said when pandoc cannot be run, on stderr at the start and in the printed figures. */
function pandocMissingText() {
  return 'pandoc is not installed, so there is no build / pandoc ratio: install it (apt-get install pandoc, or https://pandoc.org/installing.html) and run npm run bench again.';
}

/** The speed targets (README, Speed), each with what was measured; a case not run is left out. */
function evaluateTargets(rows) {
  const row = (tasks) => rows.find((r) => r.tasks === tasks);
  const sample = rows.find((r) => r.case === 'sample');
  const thousand = row(1000);
  const tenThousand = row(10000);
  const targets = [];
  const add = (target, measured, limit, unit) => targets.push({ target, measured, limit, unit, met: measured <= limit });
  // Issue 15: a cold build of the sample at most twice pandoc's time on its text.
  if (sample?.pandoc) add('sample build, x pandoc', sample.ratio, 2, 'x');
  add('sample check', sample.check.seconds, 0.3, ' s');
  if (thousand?.pandoc) add('1,000 tasks build, x pandoc', thousand.ratio, 0.5, 'x');
  if (thousand && tenThousand) add('10,000 tasks build, x the 1,000-task build', tenThousand.build.seconds / thousand.build.seconds, 12, 'x');
  if (tenThousand?.build.peakMb) add('10,000 tasks build, peak memory', tenThousand.build.peakMb, 500, ' MB');
  return targets;
}
