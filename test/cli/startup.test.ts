import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO } from './run-cli.js';

/** The module URLs a real run of `script ...` (bin/plan.js or dist/cli/bin.js) loads. */
function loadedModules(script: string, args: string[]): string[] {
  const trace = join(mkdtempSync(join(tmpdir(), 'plan-trace-')), 'modules.txt');
  const out = mkdtempSync(join(tmpdir(), 'plan-trace-out-'));
  execFileSync(process.execPath, ['--import', './test/support/trace-imports.mjs', script, ...args, ...(args[0] === 'build' ? ['--out', out, '--quiet'] : [])], {
    cwd: REPO,
    env: { ...process.env, TRACE_IMPORTS: trace },
  });
  return readFileSync(trace, 'utf8').split('\n').filter(Boolean);
}

const BUNDLE = join(REPO, 'bundle');

/**
 * The sources a run loaded: a file of the bundle (bundle/*.js, scripts/bundle.js) stands for every
 * source esbuild put into it, as its metafile says; any other file for itself.
 */
function loadedSources(script: string, args: string[]): string[] {
  const meta = JSON.parse(readFileSync(join(BUNDLE, 'meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
  return loadedModules(script, args).flatMap((url) => {
    if (!url.startsWith('file:')) return [url];
    const path = fileURLToPath(url);
    if (!path.startsWith(`${BUNDLE}/`) || !path.endsWith('.js')) return [path];
    const output = meta.outputs[`bundle/${path.slice(BUNDLE.length + 1)}`];
    expect(output, path).toBeDefined();
    return Object.keys(output!.inputs).map((input) => `/${input}`);
  });
}

// These spawn a traced run of the CLI: what it loads is asserted, not how long it takes (npm run bench
// measures that), so a busy machine gets time enough.
const SPAWNED = { timeout: 60_000 };

describe('the bundled CLI', () => {
  it('is what bin/plan.js runs once built (npm run build:ts), with the validators, the built-in phrases, Handlebars and Ajv beside it', SPAWNED, () => {
    for (const file of ['plan.js', 'validators.cjs', 'handlebars.cjs', 'phrases.cjs', 'ajv.cjs', 'meta.json']) expect(existsSync(join(BUNDLE, file)), file).toBe(true);
    const modules = loadedModules('bin/plan.js', ['check']);
    expect(modules).toContain(`file://${BUNDLE}/plan.js`);
    expect(modules.filter((m) => m.includes('/dist/') || m.includes('/node_modules/'))).toEqual([]);
    // The precompiled validators, bundled with the parts of Ajv they require; Ajv itself is not read.
    expect(modules).toContain(`file://${BUNDLE}/validators.cjs`);
    expect(modules.filter((m) => /\/(ajv|handlebars)\.cjs$/.test(m))).toEqual([]);
  });
});

describe.each([
  ['bundled (bin/plan.js)', 'bin/plan.js'],
  ['compiled (dist/cli/bin.js)', 'dist/cli/bin.js'],
])('start-up cost, %s', (_, script) => {
  it('plan check never loads the docx library, Handlebars or markdown-it', SPAWNED, () => {
    const sources = loadedSources(script, ['check']);
    expect(sources.some((m) => m.endsWith('/dist/compile.js'))).toBe(true);
    expect(sources.filter((m) => /node_modules\/(docx|handlebars|markdown-it)\/|\/handlebars\.cjs$/.test(m))).toEqual([]);
  });

  it('plan check never loads the language server or its protocol (plan lsp)', SPAWNED, () => {
    const sources = loadedSources(script, ['check']);
    expect(sources.filter((m) => /node_modules\/vscode-|\/dist\/lsp\/|\/dist\/cli\/commands\/lsp\.js/.test(m))).toEqual([]);
  });

  it('plan build does load them (the trace sees what it should)', SPAWNED, () => {
    const sources = loadedSources(script, ['build']);
    expect(sources.some((m) => m.includes('node_modules/docx/'))).toBe(true);
    expect(sources.some((m) => /node_modules\/handlebars\/|\/handlebars\.cjs$/.test(m))).toBe(true);
  });
});
