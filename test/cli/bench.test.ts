import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './run-cli.js';

// The benchmark's own output, on its shortest run: what it prints and writes, never how fast.
describe('npm run bench (one run, sample and 20 tasks)', () => {
  const json = join(mkdtempSync(join(tmpdir(), 'plan-bench-test-')), 'bench.json');
  const stdout = execFileSync(process.execPath, ['bench/run.js', '--sizes', '20', '--runs', '1', '--import-tasks', '40', '--json', json], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const report = JSON.parse(readFileSync(json, 'utf8')) as {
    floor: { nodeStart: number; docxOneParagraph: number };
    results: { case: string; check: { seconds: number; peakMb: number }; build: { seconds: number; peakMb: number }; pandoc: { seconds: number } | null; ratio: number | null }[];
    targets: { target: string; measured: number; limit: number; met: boolean }[];
    import: { tasks: number; paragraphs: number; pages: number; seconds: number };
  };

  it('measures each case as whole processes, with their peak memory', () => {
    expect(report.results.map((r) => r.case)).toEqual(['sample', '20 tasks']);
    for (const r of report.results) {
      expect(r.check.seconds).toBeGreaterThan(0);
      expect(r.build.seconds).toBeGreaterThan(0);
      expect(r.build.peakMb).toBeGreaterThan(10);
    }
    expect(stdout).toMatch(/^\| sample \| \d+\.\d\d \|/m);
    expect(stdout).toMatch(/^\| 20 tasks \| \d+\.\d\d \|/m);
  });

  it('times plan import of a built .docx, and says its size in paragraphs and pages', () => {
    expect(report.import.tasks).toBe(40);
    expect(report.import.seconds).toBeGreaterThan(0);
    expect(report.import.paragraphs).toBeGreaterThan(40);
    expect(stdout).toContain(`Import: plan import of a built .docx of 40 tasks (${report.import.paragraphs} paragraphs, about ${report.import.pages} pages) ${report.import.seconds.toFixed(2)} s`);
  });

  it('prints the floor: Node alone, and a one-paragraph document with docx', () => {
    expect(report.floor.nodeStart).toBeGreaterThan(0);
    expect(report.floor.docxOneParagraph).toBeGreaterThan(0);
    expect(stdout).toMatch(/^Floor: node -e 0 \d+\.\d\d s; import docx and write a one-paragraph \.docx \d+\.\d\d s/m);
  });

  it('judges the targets it has figures for, each verdict readable from the figures printed beside it', () => {
    const check = report.targets.find((t) => t.target === 'sample check')!;
    expect(check.measured).toBe(report.results[0]!.check.seconds);
    // Ratios are judged only where pandoc is installed, growth only with 1,000 and 10,000 tasks.
    expect(report.targets.every((t) => !t.target.includes('10,000'))).toBe(true);
    for (const t of report.targets) {
      const row = stdout.split('\n').find((line) => line.startsWith(`| ${t.target} |`));
      expect(row, t.target).toBeDefined();
      const [measured, limit, verdict] = row!.split('|').slice(2, 5).map((cell) => cell.trim());
      expect(verdict).toBe(parseFloat(measured!) <= parseFloat(limit!) ? 'met' : 'MISSED');
      expect(verdict).toBe(t.met ? 'met' : 'MISSED');
    }
  });
});

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;

describe.runIf(hasPandoc)('npm run bench with pandoc installed (sample only)', () => {
  const json = join(mkdtempSync(join(tmpdir(), 'plan-bench-test-')), 'bench.json');
  const stdout = execFileSync(process.execPath, ['bench/run.js', '--sizes=', '--runs', '1', '--json', json], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const sample = (JSON.parse(readFileSync(json, 'utf8')) as { results: { case: string; build: { seconds: number }; pandoc: { seconds: number }; ratio: number }[] }).results[0]!;

  it('times pandoc on the reference text of the sample beside the cold build, and prints the ratio', () => {
    expect(sample.case).toBe('sample');
    expect(sample.pandoc.seconds).toBeGreaterThan(0);
    expect(sample.ratio).toBe(sample.build.seconds / sample.pandoc.seconds);
    expect(stdout).toContain(`plan build ${sample.build.seconds.toFixed(2)} s, pandoc on its reference text ${sample.pandoc.seconds.toFixed(2)} s: ${sample.ratio.toFixed(2)}x pandoc`);
    expect(stdout).toMatch(/^\| sample build, x pandoc \| /m);
  });
});

describe('npm run bench without pandoc (sample only)', () => {
  const json = join(mkdtempSync(join(tmpdir(), 'plan-bench-test-')), 'bench.json');
  // A pandoc that is not there, whether this machine has one or not.
  const run = spawnSync(process.execPath, ['bench/run.js', '--sizes=', '--runs', '1', '--json', json, '--pandoc', join(REPO, 'no-such-folder', 'pandoc')], { cwd: REPO, encoding: 'utf8' });
  const report = JSON.parse(readFileSync(json, 'utf8')) as { results: { case: string; pandoc: unknown; ratio: unknown }[]; targets: { target: string }[] };

  it('says pandoc is missing and how to install it, and measures the rest', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/pandoc is not installed.*apt-get install pandoc/);
    expect(run.stderr).toMatch(/pandoc is not installed.*apt-get install pandoc/);
    expect(report.results.map((r) => [r.case, r.pandoc, r.ratio])).toEqual([['sample', null, null]]);
    expect(report.targets.map((t) => t.target)).toEqual(['sample check']);
    expect(run.stdout).toMatch(/^\| sample \| \d+\.\d\d \|.*\| - \| - \|$/m);
  });
});
