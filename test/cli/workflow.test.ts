import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { runInit } from '../../src/cli/commands/init.js';
import { REPO } from './run-cli.js';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

/** The workflow a new repository gets from `plan init`, read from a real scaffold. */
function scaffoldWorkflow(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-wf-'));
  let err = '';
  const io = { stdout: () => {}, stderr: (t: string) => void (err += t), cwd: dir, env: {}, isTTY: false };
  if (runInit(undefined, { lang: 'en' }, io) !== 0) throw new Error(err);
  return readFileSync(join(dir, '.github/workflows/plan.yml'), 'utf8');
}

const WORKFLOWS = {
  repository: () => readFileSync(join(REPO, '.github/workflows/plan.yml'), 'utf8'),
  scaffold: scaffoldWorkflow,
};

/** Parses strictly: any YAML error or warning fails. */
function parse(text: string): { on: unknown; permissions?: Record<string, string>; jobs: Record<string, { 'runs-on': string; steps: Step[] }> } {
  const doc = parseDocument(text, { uniqueKeys: true });
  expect(doc.errors.map((e) => e.message)).toEqual([]);
  expect(doc.warnings.map((e) => e.message)).toEqual([]);
  return doc.toJS();
}

/** Trigger names, whichever of the three forms `on` takes (string, list, map). */
function triggers(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return Object.keys(on as object);
}

/** The shell words of a step's command, one command per `&&`/newline-separated part. */
const commands = (step: Step) => (step.run ?? '').split(/&&|\n|;/).map((c) => c.trim().split(/\s+/));

describe.each(Object.entries(WORKFLOWS))('%s workflow (.github/workflows/plan.yml)', (_, read) => {
  const text = read();
  const workflow = parse(text);
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const indexOf = (predicate: (s: Step) => boolean) => {
    const i = steps.findIndex(predicate);
    expect(i, 'step not found').toBeGreaterThanOrEqual(0);
    return i;
  };
  const runs = (words: string[]) => (s: Step) => commands(s).some((c) => words.every((w) => c.includes(w)) && c[0] === 'npx' && c[1] === 'plan');

  it('runs on every push and pull request', () => {
    expect(triggers(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    const on = workflow.on as Record<string, unknown>;
    // No branch or path filter: every push and every pull request.
    expect(on['push'] ?? null).toBeNull();
    expect(on['pull_request'] ?? null).toBeNull();
  });

  it('checks out, sets up Node 20, installs dependencies and LibreOffice', () => {
    expect(steps.some((s) => s.uses?.startsWith('actions/checkout@'))).toBe(true);
    const node = steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(String(node?.with?.['node-version'])).toBe('20');
    expect(steps.some((s) => /\bnpm (ci|install)\b/.test(s.run ?? ''))).toBe(true);
    const libreoffice = steps.find((s) => s.run?.includes('libreoffice-writer-nogui'));
    expect(libreoffice?.run).toContain('sudo apt-get update');
    expect(libreoffice?.run).toMatch(/apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation/);
  });

  it('runs plan check --format github, then plan build --pdf --md, then uploads out/', () => {
    const check = indexOf(runs(['check', '--format', 'github']));
    const build = indexOf(runs(['build', '--pdf', '--md']));
    const upload = indexOf((s) => s.uses === 'actions/upload-artifact@v4');
    const install = indexOf((s) => s.run?.includes('libreoffice-writer-nogui') ?? false);
    expect(install).toBeLessThan(build);
    expect(check).toBeLessThan(build);
    expect(build).toBeLessThan(upload);
    // The Báo cáo of each plan's latest period goes into out/ too, before the upload.
    const report = indexOf(runs(['report', '--period', 'latest', '--md']));
    expect(report).toBeGreaterThan(build);
    expect(report).toBeLessThan(upload);
    const path = String(steps[upload]!.with?.['path']);
    expect(path.split('\n').map((p) => p.trim())).toContain('out/');
  });
  it('uploads the SARIF of plan check to code scanning, also when the check found problems', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    const sarif = indexOf(runs(['check', '--format', 'sarif', '-o', 'plan.sarif']));
    const upload = indexOf((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@') ?? false);
    expect(sarif).toBeLessThan(upload);
    expect(steps[upload]!.with?.['sarif_file']).toBe('plan.sarif');
    // A check that finds problems exits 1, and a step after a failed one runs only when its `if`
    // says so (a condition without always(), failure() or !cancelled() implies success()).
    const check = indexOf(runs(['check', '--format', 'github']));
    for (const i of [sarif, upload]) {
      expect(i).toBeGreaterThan(check);
      expect(steps[i]!.if, steps[i]!.name).toMatch(/\$\{\{\s*(always\(\)|!cancelled\(\))/);
    }
    // The SARIF check waits for the tool to be installed: without it, npx would fetch the unrelated package "plan".
    const install = steps.find((s) => /\bnpm (ci|install)\b/.test(s.run ?? ''))!;
    expect(steps[sarif]!.if).toContain(`steps.${install.id}.outcome == 'success'`);
    expect(steps[upload]!.if).toContain("hashFiles('plan.sarif') != ''");
  });
});

describe('the two workflows', () => {
  it('differ only in how dependencies are installed (npm ci once a lock file exists)', () => {
    const repository = parse(WORKFLOWS.repository());
    const scaffold = parse(WORKFLOWS.scaffold());
    const install = (s: Step) => /\bnpm (ci|install)\b/.test(s.run ?? '');
    const without = (w: typeof repository) => ({ ...w, jobs: Object.fromEntries(Object.entries(w.jobs).map(([k, j]) => [k, { ...j, steps: j.steps.map((s) => (install(s) ? { ...s, run: '<install>' } : s)) }])) });
    expect(without(scaffold)).toEqual(without(repository));
    expect(Object.values(repository.jobs)[0]!.steps.find(install)!.run).toBe('npm ci');
    // A new repository has no package-lock.json until its first npm install.
    const scaffoldInstall = Object.values(scaffold.jobs)[0]!.steps.find(install)!.run!;
    expect(scaffoldInstall).toContain('npm install');
    expect(scaffoldInstall).toContain('[ -f package-lock.json ]');
  });
});
