import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import { REPO, runCli } from './run-cli.js';

/** The rows of README's rule table: [anchor, id, severity, description]. */
function readmeRules(): string[][] {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('<!-- rules:start'), readme.indexOf('<!-- rules:end -->'));
  return table
    .split('\n')
    .filter((line) => line.startsWith('| <a id="rule-'))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()))
    .map(([first, ...rest]) => {
      const [, anchor, id] = /^<a id="([^"]+)"><\/a>`([^`]+)`$/.exec(first!) ?? [];
      return [anchor ?? first!, id ?? '', ...rest.map((cell) => cell.replace(/^`|`$/g, ''))];
    });
}

describe('rule registry', () => {
  it("README's rule table equals the registry: anchors (SARIF's helpUri), ids, severities, descriptions, in order", () => {
    expect(readmeRules()).toEqual(RULES.map((r) => [`rule-${r.id}`, r.id, r.severity, r.description.en]));
  });

  it('every rule has an id in kebab-case, a file of that name, and a test file', () => {
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(readFileSync(join(REPO, 'src/check/rules', `${rule.id}.ts`), 'utf8')).toContain(`id: '${rule.id}'`);
      expect(readFileSync(join(REPO, 'test/rules', `${rule.id}.test.ts`), 'utf8').length).toBeGreaterThan(0);
    }
  });

  it('--list-rules prints every rule with its severity and description, in both languages', async () => {
    const vi = await runCli(['check', '--list-rules']);
    const en = await runCli(['check', '--list-rules', '--lang', 'en']);
    expect(vi.code).toBe(0);
    for (const rule of RULES) {
      expect(vi.stdout).toMatch(new RegExp(`^${rule.id}\\s+${rule.severity}\\s+${escape(rule.description.vi)}$`, 'm'));
      expect(en.stdout).toMatch(new RegExp(`^${rule.id}\\s+${rule.severity}\\s+${escape(rule.description.en)}$`, 'm'));
    }
  });

  it('--list-rules --plan shows what a plan turns off, with its reason', async () => {
    const { stdout, code } = await runCli(['check', '--list-rules', '--plan', 'test/fixtures/rule-overrides']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('unit-idle '));
    expect(lines[at + 1]).toMatch(/rule-overrides: off; lý do: Thanh tra Sở không tham gia kế hoạch năm nay\./);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
