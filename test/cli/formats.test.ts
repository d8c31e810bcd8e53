import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { beforeAll, describe, expect, it } from 'vitest';
import { MINI_PLAN } from '../support/mini-plan.js';
import { REPO, runCli } from './run-cli.js';

/** A copy of the sample with two errors and one warning-free edit, at known lines. */
function brokenCopy(): { dir: string; lines: { deadline: number; lead: number } } {
  const dir = join(mkdtempSync(join(tmpdir(), 'plan-fmt-')), 'ke-hoach');
  cpSync(join(REPO, 'plans/ke-hoach-2023'), dir, { recursive: true });
  const path = join(dir, 'tasks.yaml');
  const lines = readFileSync(path, 'utf8').split('\n');
  const deadline = lines.indexOf('        deadline: 2023-06');
  const lead = lines.indexOf('        lead: quan-ly-cong-nghe');
  lines[deadline] = '        deadline: 2023-06-31';
  lines[lead] = '        lead: quan-ly-cong-ngh';
  writeFileSync(path, lines.join('\n'));
  return { dir, lines: { deadline: deadline + 1, lead: lead + 1 } };
}

describe('output formats', () => {
  let broken: ReturnType<typeof brokenCopy>;
  let file: string;
  beforeAll(() => {
    broken = brokenCopy();
    file = relative(REPO, join(broken.dir, 'tasks.yaml'));
  });

  it('json: documented shape, one entry per finding, exit 1', async () => {
    const { code, stdout } = await runCli(['check', broken.dir, '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ errors: 2, warnings: 0 });
    expect(report.diagnostics.map((d: { rule: string; line: number }) => [d.rule, d.line])).toEqual([
      ['date-valid', broken.lines.deadline],
      ['unit-known', broken.lines.lead],
    ]);
    for (const d of report.diagnostics) {
      expect(Object.keys(d).sort()).toEqual(['column', 'endColumn', 'endLine', 'file', 'line', 'message', 'path', 'rule', 'severity']);
      expect(d.file).toBe(file);
      expect(d.endLine).toBeGreaterThanOrEqual(d.line);
    }
  });

  it('json on a clean plan is still a document, with no findings', async () => {
    const { code, stdout } = await runCli(['check', 'plans/ke-hoach-2023', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ version: 1, summary: { errors: 0, warnings: 0 }, diagnostics: [] });
  });

  it('github: one workflow annotation per finding with position and rule id', async () => {
    const { stdout } = await runCli(['check', broken.dir, '--format', 'github', '--lang', 'en']);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^::error file=${file.replace(/[.]/g, '\\.')},line=${broken.lines.deadline},col=\\d+,endLine=\\d+,endColumn=\\d+,title=date-valid::`));
    expect(lines[1]).toContain(`line=${broken.lines.lead},`);
    expect(lines[1]).toContain('title=unit-known::');
  });

  it('sarif: a SARIF 2.1.0 log that validates against the official schema', async () => {
    const { stdout } = await runCli(['check', broken.dir, '--format', 'sarif']);
    const log = JSON.parse(stdout);
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    // The official SARIF 2.1.0 schema is written in JSON Schema draft-04.
    // unicodeRegExp off: one pattern in that schema is not valid under the u flag.
    const ajv = new AjvDraft04({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const results = log.runs[0].results;
    expect(results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['date-valid', 'unit-known']);
    expect(results[1].locations[0].physicalLocation.region.startLine).toBe(broken.lines.lead);
    const rules = log.runs[0].tool.driver.rules;
    expect(rules[results[1].ruleIndex].id).toBe('unit-known');
  });

  it('sarif for code scanning: columnKind, and each rule with a full description, help and a helpUri that is an anchor of the README', async () => {
    const { stdout } = await runCli(['check', broken.dir, '--format', 'sarif', '--lang', 'en']);
    const log = JSON.parse(stdout);
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    // Formats checked this time: a helpUri must be an absolute URI.
    const ajv = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false });
    ajv.addFormat('uri', (text: string) => URL.canParse(text));
    ajv.addFormat('uri-reference', () => true);
    ajv.addFormat('date-time', () => true);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const run = log.runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const rules = run.tool.driver.rules as { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown: string }; helpUri: string }[];
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['schema', 'yaml-syntax', 'date-valid', 'unit-known']));
    for (const rule of rules) {
      expect(rule.fullDescription.text.length, rule.id).toBeGreaterThan(rule.shortDescription.text.length);
      expect(rule.help.text, rule.id).toContain(rule.helpUri);
      expect(rule.help.markdown, rule.id).toContain(`(${rule.helpUri})`);
      const url = new URL(rule.helpUri);
      expect(url.pathname.endsWith('/README.md'), rule.helpUri).toBe(true);
      expect(readme, rule.helpUri).toContain(`<a id="${url.hash.slice(1)}"></a>`);
    }
  });

  it('sarif: columns count UTF-16 code units, as columnKind says: a character outside the BMP before a finding counts twice', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'plan-fmt-')), 'mini');
    mkdirSync(dir);
    for (const [kind, text] of Object.entries({ ...MINI_PLAN, tasks: MINI_PLAN.tasks.replace('content: Tham mưu ban hành Quy định.', 'content: "𝐀  Tham mưu."') })) writeFileSync(join(dir, `${kind}.yaml`), text);
    const log = JSON.parse((await runCli(['check', dir, '--format', 'sarif'])).stdout);
    const line = MINI_PLAN.tasks.split('\n').findIndex((l) => l.includes('content:'));
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'text-spacing');
    // '        content: "' is 18 units, '𝐀' two more: the doubled space starts at unit 21 (code point 20).
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: line + 1, startColumn: 21 });
    expect(log.runs[0].columnKind).toBe('utf16CodeUnits');
  });

  it('sarif: each rule is declared at the level its findings come at (an unknown rule in rules: is a warning)', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'plan-fmt-')), 'ke-hoach');
    cpSync(join(REPO, 'plans/ke-hoach-2023'), dir, { recursive: true });
    const plan = join(dir, 'plan.yaml');
    writeFileSync(plan, `${readFileSync(plan, 'utf8')}rules:\n  khong-co:\n    severity: "off"\n    reason: thử\n`);
    const log = JSON.parse((await runCli(['check', dir, '--format', 'sarif'])).stdout);
    const { results, tool } = log.runs[0];
    expect(results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['rule-config']);
    for (const result of [...results, ...JSON.parse((await runCli(['check', broken.dir, '--format', 'sarif'])).stdout).runs[0].results]) {
      expect(tool.driver.rules[result.ruleIndex].defaultConfiguration.level, result.ruleId).toBe(result.level);
    }
  });

  it.each([['stylish'], ['json'], ['github'], ['sarif']])('check -o FILE writes the %s report to the file, prints nothing, keeps the exit code', async (format) => {
    const printed = await runCli(['check', broken.dir, '--format', format], { FORCE_COLOR: '1' });
    const output = join(mkdtempSync(join(tmpdir(), 'plan-output-')), `report.${format}`);
    const written = await runCli(['check', broken.dir, '--format', format, '-o', output], { FORCE_COLOR: '1' });
    expect(written.code).toBe(1);
    expect(written.stdout).toBe('');
    // The file carries no colour, whatever the terminal.
    expect(readFileSync(output, 'utf8')).toBe(printed.stdout.replace(/\u001b\[[0-9;]*m/g, ''));
    expect(readdirSync(join(output, '..'))).toEqual([`report.${format}`]);
  });

  it('check --output on a clean plan writes an empty report over an earlier one', async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'plan-output-')), 'report.txt');
    writeFileSync(output, 'old findings');
    const run = await runCli(['check', 'plans/ke-hoach-2023', '--output', output]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(output, 'utf8')).toBe('');
  });

  it('check -o naming a folder is said in words, exit 2, no temporary file left', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'plan-output-'));
    const run = await runCli(['check', broken.dir, '--format', 'json', '-o', folder]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(folder);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(folder)).toEqual([]);
    expect(readdirSync(join(folder, '..')).filter((n) => n.endsWith('.plan-tmp'))).toEqual([]);
  });

  it('stylish: file:line:column, rule id, no colour when not a terminal, colour with FORCE_COLOR', async () => {
    const plain = await runCli(['check', broken.dir]);
    expect(plain.stdout).toContain(`${file}:${broken.lines.lead}:15`);
    expect(plain.stdout).not.toContain('\u001b[');
    const coloured = await runCli(['check', broken.dir], { FORCE_COLOR: '1' });
    expect(coloured.stdout).toContain('\u001b[');
    const noColor = await runCli(['check', broken.dir], { NO_COLOR: '1' });
    expect(noColor.stdout).not.toContain('\u001b[');
  });

  it('--fail-on warning fails on warnings alone; the default does not', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'plan-warn-')), 'ke-hoach');
    cpSync(join(REPO, 'plans/ke-hoach-2023'), dir, { recursive: true });
    writeFileSync(join(dir, 'notes.yaml'), 'ghi chu: 1\n');
    const lenient = await runCli(['check', dir]);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('notes.yaml');
    const strict = await runCli(['check', dir, '--fail-on', 'warning']);
    expect(strict.code).toBe(1);
  });
});

describe('stylish output and hostile text', () => {
  it('never sends a control character from the plan to the terminal', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'plan-esc-')), 'ke-hoach');
    cpSync(join(REPO, 'plans/ke-hoach-2023'), dir, { recursive: true });
    const path = join(dir, 'tasks.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('        lead: quan-ly-cong-nghe\n', '        lead: "x\\e[31mred"\n'));
    const { code, stdout } = await runCli(['check', dir]);
    expect(code).toBe(1);
    expect(stdout).toContain('xU+001B[31mred');
    expect(stdout).not.toContain('\u001b');
  });
});
