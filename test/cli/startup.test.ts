import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './run-cli.js';

/** The module URLs a real `node bin/plan.js ...` process loads. */
function loadedModules(args: string[]): string[] {
  const trace = join(mkdtempSync(join(tmpdir(), 'plan-trace-')), 'modules.txt');
  const out = mkdtempSync(join(tmpdir(), 'plan-trace-out-'));
  execFileSync(process.execPath, ['--import', './test/support/trace-imports.mjs', 'bin/plan.js', ...args, ...(args[0] === 'build' ? ['--out', out, '--quiet'] : [])], {
    cwd: REPO,
    env: { ...process.env, TRACE_IMPORTS: trace },
  });
  return readFileSync(trace, 'utf8').split('\n').filter(Boolean);
}

// These spawn a traced run of the CLI: what it loads is asserted, not how long it takes (npm run bench
// measures that), so a busy machine gets time enough.
const SPAWNED = { timeout: 60_000 };

describe('start-up cost', () => {
  it('plan check never loads the docx library, Handlebars or markdown-it', SPAWNED, () => {
    const modules = loadedModules(['check']);
    expect(modules.some((m) => m.includes('/dist/compile.js'))).toBe(true);
    expect(modules.filter((m) => /node_modules\/(docx|handlebars|markdown-it)\//.test(m))).toEqual([]);
  });

  it('plan check never loads the language server or its protocol (plan lsp)', SPAWNED, () => {
    const modules = loadedModules(['check']);
    expect(modules.filter((m) => /node_modules\/vscode-|\/dist\/lsp\/|\/dist\/cli\/commands\/lsp\.js/.test(m))).toEqual([]);
  });

  it('plan build does load them (the trace sees what it should)', SPAWNED, () => {
    const modules = loadedModules(['build']);
    expect(modules.some((m) => m.includes('node_modules/docx/'))).toBe(true);
  });
});
