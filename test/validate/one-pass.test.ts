import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import { compilePlan } from '../../src/compile.js';
import { MINI_PLAN, type MiniFiles } from '../support/mini-plan.js';

function planWith(files: MiniFiles & { appendices?: string }): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'plan-one-pass-')), 'mini');
  mkdirSync(dir);
  for (const [kind, text] of Object.entries({ ...MINI_PLAN, ...files })) writeFileSync(join(dir, `${kind}.yaml`), text);
  return dir;
}

const findings = (dir: string) => compilePlan(dir, { cwd: dir }).diagnostics.map((d) => `${d.file}:${d.start.line} ${d.code}`);
const LOCAL = new Set(RULES.filter((r) => r.local).map((r) => r.id));

describe('every problem in one pass: a schema error hides no rule finding elsewhere (date: 2023-13 appeared only once the layout was fixed)', () => {
  it('date: 2023-13 is said together with a layout error in the same file', () => {
    const dir = planWith({ plan: MINI_PLAN.plan.replace('date: 2023-01', 'date: 2023-13').replace('archive: van-phong', 'archive: van-phong\nlayout:\n  marginLeft: 50') });
    const found = findings(dir);
    expect(found).toContain('plan.yaml:8 date-valid');
    expect(found).toContain('plan.yaml:24 schema');
    expect(compilePlan(dir, { cwd: dir }).plan).toBeUndefined();
  });

  it('an item of the wrong shape in a list of paragraphs hides no finding of the other items (the whole list was left out)', () => {
    const plan = MINI_PLAN.plan.replace(/^opening:\n(?:  - .*\n)+/m, 'opening:\n  - 42\n  - "Văn bản  có hai dấu cách."\n');
    const found = findings(planWith({ plan }));
    expect(found).toEqual(expect.arrayContaining(['plan.yaml:11 schema', 'plan.yaml:12 text-spacing']));
  });

  it('a task with a field of the wrong shape hides no finding of the task beside it, nor of another file', () => {
    const tasks = `${MINI_PLAN.tasks}      - id: hai
        content: "Việc  hai."
        lead: chi-cuc-tdc
        deadline: 2023-06-31
        product: [not, a, text]
`;
    const units = MINI_PLAN.units.replace('name: Văn phòng Sở', 'name: "Văn phòng Sở "');
    const found = findings(planWith({ tasks, units }));
    expect(found).toEqual(
      expect.arrayContaining(['tasks.yaml:13 schema', 'tasks.yaml:12 date-valid', 'tasks.yaml:10 text-spacing', 'units.yaml:3 text-spacing']),
    );
  });

  it('a file that cannot be read at all (a syntax error) hides nothing of the others', () => {
    const found = findings(planWith({ tasks: MINI_PLAN.tasks.replace('deadline: 2023-06', 'deadline: 2023-02-30'), appendices: 'appendices:\n  - id: [unclosed\n' }));
    expect(found).toContain('tasks.yaml:8 date-valid');
    expect(found.some((f) => f.startsWith('appendices.yaml') && f.endsWith('yaml-syntax'))).toBe(true);
  });

  it('no finding comes of a field left out: only rules that judge values present run beside schema errors', () => {
    // The lead fails its schema; task-owner-required or unit-idle would report what was left out.
    const tasks = MINI_PLAN.tasks.replace('lead: chi-cuc-tdc', 'lead: { id: chi-cuc-tdc }').replace('deadline: 2023-06', 'deadline: 2023-6-5');
    const found = compilePlan(planWith({ tasks }), {}).diagnostics;
    expect(found.filter((d) => d.code !== 'schema').map((d) => d.code).every((code) => LOCAL.has(code))).toBe(true);
    expect(found.filter((d) => d.code === 'schema').length).toBeGreaterThan(0);
    expect(RULES.filter((r) => !r.local).map((r) => r.id)).toEqual(expect.arrayContaining(['task-owner-required', 'unit-idle', 'unit-known', 'deadline-in-plan-period']));
  });

  it('a required field of plan.yaml that fails leaves no model: schema findings only, no rule runs on a guess', () => {
    const found = compilePlan(planWith({ plan: MINI_PLAN.plan.replace('archive: van-phong', 'archive: { unit: van-phong }').replace('date: 2023-01', 'date: 2023-13') }), {}).diagnostics;
    expect(found.map((d) => d.code)).toEqual(['schema']);
  });
});
