import { describe, expect, it } from 'vitest';
import { MAX_PLAN_VALUES } from '../../src/load/plan-budget.js';
import { parseFile } from '../../src/load/parse-file.js';
import { emptyBudget } from '../../src/load/plan-budget.js';
import { formatMessage } from '../../src/messages/format-message.js';
import { MINI_PLAN } from '../support/mini-plan.js';
import { compileMini } from '../support/rule-harness.js';

/** `x:` and a flow list of `count` one-letter values: "x", ":", "[", each letter and the commas between them. */
// Letter k (0-based) is value 4 + 2k, at column 5 + 3k: value MAX + 1 is the comma before letter k = (MAX - 2) / 2, at column 3 + 3k.
const flowList = (count: number) => `x: [${Array.from({ length: count }, (_, i) => String.fromCharCode(97 + (i % 26))).join(', ')}]\n`;

describe(`a plan's YAML values (${MAX_PLAN_VALUES}, all files together)`, () => {
  it('stops reading at the value past the limit, and says where, in Vietnamese and English', () => {
    // 3 + count + (count - 1) values.
    const fits = (MAX_PLAN_VALUES - 2) / 2;
    const under = parseFile('plan', 'plan.yaml', flowList(fits));
    expect(under.diagnostics.map((d) => d.messageId)).toEqual([]);
    const over = parseFile('plan', 'plan.yaml', flowList(fits + 1));
    expect(over.diagnostics.map((d) => `${d.start.line}:${d.start.column} ${d.messageId}`)).toEqual([`1:${3 + 3 * fits} files.too-many-values`]);
    expect(over.source.data).toBeUndefined();
    expect(formatMessage(over.diagnostics[0]!, 'vi')).toMatch(/^Kế hoạch có quá 200000 giá trị YAML/);
    expect(formatMessage(over.diagnostics[0]!, 'en')).toMatch(/^The plan holds more than 200000 YAML values/);
  }, 60_000);

  it('counts quoted values, aliases, empty list items and mappings, brackets, commas, keys and ":" as values too', () => {
    const count = (text: string) => {
      const budget = emptyBudget();
      parseFile('plan', 'plan.yaml', text, budget);
      return budget.values;
    };
    expect(count('x: ["a", \'b\', c]\n')).toBe(8);
    expect(count('x: [[], {}, *a]\n')).toBe(8);
    expect(count('x:\n-\n-\n- a\n')).toBe(6);
    expect(count('? k\n: v\n')).toBe(4);
  });

  it('counts the files read before: a file that takes the plan past the limit is reported, though alone it is under', () => {
    const half = Math.floor(MAX_PLAN_VALUES / 4);
    const files = { plan: `${MINI_PLAN.plan}${flowList(half).replace(/^x:/, 'x1:')}`, appendices: `appendices: []\n${flowList(half).replace(/^x:/, 'x2:')}` };
    const { diagnostics } = compileMini(files);
    const found = diagnostics.filter((d) => d.messageId === 'files.too-many-values');
    expect(found).toHaveLength(1);
    expect(found[0]!.file).toMatch(/appendices\.yaml$/);
  }, 60_000);
});
