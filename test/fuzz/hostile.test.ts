import { readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFile, YAML_LIMITS } from '../../src/load/parse-file.js';
import { MAX_PLAN_BYTES } from '../../src/load/plan-budget.js';
import { formatMessage } from '../../src/messages/format-message.js';
import { readDocx } from '../support/docx-reader.js';
import {
  copySample,
  crashSigns,
  docxProblems,
  filesUnder,
  misplaced,
  parseJsonReport,
  removeCopy,
  runCli,
  type CliRun,
  type JsonDiagnostic,
  type PlanCopy,
  type PlanFile,
} from './fuzz-helpers.js';

/**
 * Hostile inputs, one by one: each ends in a clear, located diagnostic (exit 1, nothing written)
 * or a clean build, never in a crash, a hang, a file outside the output folder or a document Word
 * refuses.
 */

const PLAN = 'ke-hoach-2023';
const copies: PlanCopy[] = [];

afterEach(() => {
  for (const copy of copies.splice(0)) removeCopy(copy);
});

function sample(): PlanCopy {
  const copy = copySample();
  copies.push(copy);
  return copy;
}

function read(copy: PlanCopy, file: PlanFile): string {
  return readFileSync(join(copy.planDir, file), 'utf8');
}

/** Rewrites one file of the copy; returns the new text. */
function edit(copy: PlanCopy, file: PlanFile, change: (text: string) => string): string {
  const text = change(read(copy, file));
  writeFileSync(join(copy.planDir, file), text);
  return text;
}

/** Replaces the one line equal to `from`; throws unless there is exactly one. */
function replaceLine(text: string, from: string, to: string): string {
  const lines = text.split('\n');
  const at = lines.flatMap((l, i) => (l === from ? [i] : []));
  if (at.length !== 1) throw new Error(`expected one line "${from}", found ${at.length}`);
  lines[at[0]!] = to;
  return lines.join('\n');
}

/** The content of task 2.1 (quy-dinh-tdc), a folded block in the sample. */
const TASK_21_CONTENT = `        content: >-
          Tham mưu UBND tỉnh ban hành Quy định quản lý về tiêu chuẩn đo lường chất lượng sản phẩm, hàng
          hóa trên địa bàn tỉnh Bắc Giang.
`;

/** tasks.yaml with task 2.1's content replaced by one line. */
function setTask21Content(text: string, line: string): string {
  if (!text.includes(TASK_21_CONTENT)) throw new Error("task 2.1's content is not where the test expects it");
  return text.replace(TASK_21_CONTENT, `${line}\n`);
}

/** 1-based number of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index === -1) throw new Error(`no line contains "${needle}"`);
  return index + 1;
}

interface Outcome {
  check: CliRun;
  build: CliRun;
  diagnostics: JsonDiagnostic[];
  /** Milliseconds for check and build together. */
  ms: number;
}

/**
 * `plan check --format json` then `plan build --md`, from the copy's root; asserts what holds for
 * every input (no crash, check and build agree, diagnostics inside the plan's files, a failed build
 * writes nothing, a built .docx opens).
 */
async function checkAndBuild(copy: PlanCopy): Promise<Outcome> {
  const before = filesUnder(copy.root);
  const started = performance.now();
  const check = await runCli(copy.root, ['check', PLAN, '--format', 'json']);
  const build = await runCli(copy.root, ['build', PLAN, '--out', 'out', '--md']);
  const ms = performance.now() - started;
  const context = JSON.stringify({ check, build }, null, 2).slice(0, 4000);
  for (const run of [check, build]) {
    expect([0, 1], context).toContain(run.code);
    expect(crashSigns(run), context).toEqual([]);
  }
  expect(build.code, context).toBe(check.code);
  const diagnostics = parseJsonReport(check.stdout);
  expect(misplaced(diagnostics, copy.root, copy.planDir), context).toEqual([]);
  if (build.code === 1) {
    expect(filesUnder(copy.root), context).toEqual(before);
  } else {
    expect(filesUnder(copy.root), context).toEqual([...before, `${PLAN}/${PLAN}.md`, `out/${PLAN}.docx`].sort());
    expect(docxProblems(readFileSync(join(copy.outDir, `${PLAN}.docx`))), context).toEqual([]);
  }
  return { check, build, diagnostics, ms };
}

function docxText(copy: PlanCopy): string {
  return readDocx(join(copy.outDir, `${PLAN}.docx`)).text();
}

function markdown(copy: PlanCopy): string {
  return readFileSync(join(copy.planDir, `${PLAN}.md`), 'utf8');
}

describe('1. a YAML alias bomb ("billion laughs") in tasks.yaml', () => {
  it('is reported at the alias where the expansion passes the limit, quickly and without expanding it', async () => {
    const copy = sample();
    const laughs = ['lol: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let level = 1; level < 10; level++) {
      const [anchor, alias] = [String.fromCharCode(97 + level), String.fromCharCode(96 + level)];
      laughs.push(`lol${level}: &${anchor} [${Array(9).fill(`*${alias}`).join(', ')}]`);
    }
    const text = edit(copy, 'tasks.yaml', (t) => t.replace('groups:\n', `${laughs.join('\n')}\ngroups:\n`));
    const heapBefore = process.memoryUsage().heapUsed;
    const { diagnostics, ms } = await checkAndBuild(copy);
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;

    expect(diagnostics).toHaveLength(1);
    // *c expands *b nine times, each *b *a nine times: the library stops at the first use of *c.
    expect(diagnostics[0]).toMatchObject({ file: `${PLAN}/tasks.yaml`, rule: 'yaml-syntax', severity: 'error', line: lineOf(text, 'lol3:'), column: 'lol3: &d ['.length + 1 });
    expect(diagnostics[0]!.message).toMatch(/^Bí danh \(alias\) YAML "\*c" được mở ra quá nhiều lần: mỗi neo \(anchor\) được mở ra dưới 100 lần/);
    const english = parseJsonReport((await runCli(copy.root, ['check', PLAN, '--format', 'json', '--lang', 'en'])).stdout);
    expect(english[0]!.message).toMatch(/^The YAML alias "\*c" is expanded too many times/);
    // Expanded, the bomb is 9^9 (387 million) strings: seconds and gigabytes, not milliseconds and megabytes.
    expect(ms).toBeLessThan(5000);
    expect(heapGrowth).toBeLessThan(200 * 1024 * 1024);
  });
});

describe('2. a 20 MB tasks.yaml', () => {
  it('is reported as too large, without being read', async () => {
    const copy = sample();
    const filler = `# ${'x'.repeat(98)}\n`;
    edit(copy, 'tasks.yaml', (t) => t + filler.repeat((20 * 1024 * 1024) / filler.length));
    const size = Buffer.byteLength(read(copy, 'tasks.yaml'));
    expect(size).toBeGreaterThan(20 * 1024 * 1024 - 100);
    const { diagnostics, ms } = await checkAndBuild(copy);

    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: `${PLAN}/tasks.yaml`, rule: 'plan-files', severity: 'error', line: 1, column: 1 });
    expect(diagnostics[0]!.message).toBe(`Tệp quá lớn (${size} byte; tối đa ${MAX_PLAN_BYTES} byte)`);
    expect(MAX_PLAN_BYTES).toBe(2 * 1024 * 1024);
    expect(ms).toBeLessThan(5000);
  });
});

describe('3. nesting 5,000 levels deep in a field', () => {
  const DEPTH = 5000;
  const PRODUCT = '        product: Quyết định của UBND tỉnh ban hành Quy định';

  /** Each style of nesting, as the lines that replace the product of task 2.1, and the text of its first line. */
  const STYLES: { name: string; value: string; first: string }[] = [
    { name: 'flow lists [[[[...]]]]', value: `        product: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`, first: '        product: [[[' },
    { name: 'flow mappings {a: {a: ...}}', value: `        product: ${'{a: '.repeat(DEPTH)}x${'}'.repeat(DEPTH)}`, first: '        product: {a: {a:' },
    { name: 'block lists "- - - - x"', value: `        product:\n          ${'- '.repeat(DEPTH)}x`, first: '          - - - -' },
    // 1,500 levels here: 5,000 lines of growing indentation would be 12 MB, a file over the size limit, not read.
    { name: 'block mappings, one more space of indent per level', value: `        product:\n${Array.from({ length: 1500 }, (_, i) => `${' '.repeat(10 + i)}k:`).join('\n')} x`, first: '          k:' },
  ];

  it.each(STYLES)('$name: a located yaml-syntax error, no stack overflow', async ({ value, first }) => {
    const copy = sample();
    const text = edit(copy, 'tasks.yaml', (t) => replaceLine(t, PRODUCT, value));
    const { diagnostics, ms } = await checkAndBuild(copy);

    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: `${PLAN}/tasks.yaml`, rule: 'yaml-syntax', severity: 'error' });
    expect(diagnostics[0]!.message).toBe(`Lỗi cú pháp YAML: Các mục lồng nhau quá sâu (quá ${YAML_LIMITS.maxDepth} cấp)`);
    // At the point the limit is passed: inside the nesting, no further than the limit from its start.
    const start = lineOf(text, first);
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(start);
    expect(diagnostics[0]!.line).toBeLessThanOrEqual(start + YAML_LIMITS.maxDepth);
    if (first.includes('product: ')) expect(diagnostics[0]!.column).toBeGreaterThan(first.length);
    const english = parseJsonReport((await runCli(copy.root, ['check', PLAN, '--format', 'json', '--lang', 'en'])).stdout);
    expect(english[0]!.message).toBe(`YAML syntax error: nesting deeper than ${YAML_LIMITS.maxDepth} levels`);
    expect(ms).toBeLessThan(5000);
  });

  it('nesting well within the limit is read, and reported by the schema like any other wrong value', async () => {
    const copy = sample();
    const text = edit(copy, 'tasks.yaml', (t) => replaceLine(t, PRODUCT, `        product: ${'['.repeat(60)}x${']'.repeat(60)}`));
    const { diagnostics } = await checkAndBuild(copy);

    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ rule: 'schema', line: lineOf(text, '        product: [[['), column: '        product: '.length + 1 });
  });
});

describe('4. __proto__ and constructor keys', () => {
  it('are unknown fields in plan.yaml, in a task and in a unit, and pollute no prototype', async () => {
    const copy = sample();
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    const plan = edit(copy, 'plan.yaml', (t) => `${t}__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n`);
    const tasks = edit(copy, 'tasks.yaml', (t) =>
      t.replace('        lead: chi-cuc-tdc\n', '        lead: chi-cuc-tdc\n        __proto__: {polluted: true}\n        constructor: {prototype: {polluted: true}}\n'),
    );
    const units = edit(copy, 'units.yaml', (t) => t.replace('  - id: van-phong\n', '  - id: van-phong\n    __proto__:\n      polluted: 1\n    constructor: x\n'));
    const { diagnostics } = await checkAndBuild(copy);

    const at = (file: string, text: string, key: string, indent: string) => ({ file: `${PLAN}/${file}`, line: lineOf(text, `${indent}${key}:`), column: indent.length + 1, rule: 'schema' });
    expect(diagnostics.map((d) => ({ file: d.file, line: d.line, column: d.column, rule: d.rule }))).toEqual([
      at('plan.yaml', plan, '__proto__', ''),
      at('plan.yaml', plan, 'constructor', ''),
      at('tasks.yaml', tasks, '__proto__', '        '),
      at('tasks.yaml', tasks, 'constructor', '        '),
      at('units.yaml', units, '__proto__', '    '),
      at('units.yaml', units, 'constructor', '    '),
    ]);
    for (const d of diagnostics) expect(d.message).toMatch(/^Trường "(__proto__|constructor)" không có trong mẫu/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(Object.prototype.constructor).toBe(Object);
  });

  it('as unit references (lead, cooperating, archive) are unknown units, not inherited properties', async () => {
    const copy = sample();
    const tasks = edit(copy, 'tasks.yaml', (t) =>
      t.replace('        lead: chi-cuc-tdc\n        cooperating: [so-nganh-huyen]\n', '        lead: constructor\n        cooperating: [__proto__, toString, hasOwnProperty]\n'),
    );
    edit(copy, 'plan.yaml', (t) => t.replace('archive: van-phong', 'archive: __proto__'));
    const { diagnostics } = await checkAndBuild(copy);

    expect(diagnostics.filter((d) => d.rule === 'unit-known').map((d) => d.message.match(/"([^"]+)"/)![1])).toEqual(['__proto__', 'constructor', '__proto__', 'toString', 'hasOwnProperty']);
    expect(diagnostics.find((d) => d.message.includes('"constructor"'))!.line).toBe(lineOf(tasks, 'lead: constructor'));
  });
});

describe('5. Handlebars syntax in a task\'s content', () => {
  it('builds cleanly and prints literally, in the .docx and in the Markdown', async () => {
    const copy = sample();
    const content = 'Tham mưu {{title}} {{#each x}} {{> task}} {{{x}}} {{/each}} {{! comment}} {{else}}';
    edit(copy, 'tasks.yaml', (t) => setTask21Content(t, `        content: "${content}"`));
    const { build, diagnostics } = await checkAndBuild(copy);

    expect(build.code).toBe(0);
    expect(diagnostics).toEqual([]);
    expect(docxText(copy)).toContain(`Nhiệm vụ 1: ${content}`);
    expect(markdown(copy)).toContain(`Nhiệm vụ 1: ${content}`);
  });
});

describe('5b. a pasted page of stray spaces: 19,999 double spaces in one text, just under the 100,000-character limit', () => {
  it('is ten findings, the last counting the rest, and the plan still builds', async () => {
    const copy = sample();
    const content = Array.from({ length: 20_000 }, () => 'chữ').join('  ');
    expect(content.length).toBeLessThanOrEqual(100_000);
    const text = edit(copy, 'tasks.yaml', (t) => setTask21Content(t, `        content: "${content}"`));
    const { build, diagnostics, ms } = await checkAndBuild(copy);

    expect(build.code).toBe(0);
    const spacing = diagnostics.filter((d) => d.rule === 'text-spacing');
    expect(spacing).toHaveLength(10);
    expect(spacing.every((d) => d.line === lineOf(text, 'content: "chữ  chữ'))).toBe(true);
    expect(spacing[9]!.message).toMatch(/\(và 19989 chỗ khác trong văn bản này\)$/);
    expect(ms).toBeLessThan(5000);
  });
});

describe('6. control characters and lone surrogates in text', () => {
  const BROKEN = '        content: "Tham mưu\\x01 UBND\\x0b tỉnh\\x1f ban hành \\uD800Quy định\\uFFFF."';

  it('are an error at the text, in Vietnamese and in English, and nothing is written', async () => {
    const copy = sample();
    const text = edit(copy, 'tasks.yaml', (t) => setTask21Content(t, BROKEN));
    const { diagnostics } = await checkAndBuild(copy);

    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: `${PLAN}/tasks.yaml`, rule: 'text-control-chars', severity: 'error', line: lineOf(text, BROKEN), column: '        content: '.length + 1 });
    expect(diagnostics[0]!.message).toMatch(/^Nhiệm vụ 2\.1 \(content\): có ký tự không in được \(U\+0001, U\+000B, U\+001F, U\+D800, U\+FFFF\)/);
    const english = parseJsonReport((await runCli(copy.root, ['check', PLAN, '--format', 'json', '--lang', 'en'])).stdout);
    expect(english[0]!.message).toMatch(/^Task 2\.1 \(content\): holds characters that cannot be printed \(U\+0001, U\+000B, U\+001F, U\+D800, U\+FFFF\)/);
  });

  it('with the rule turned off, are left out of a .docx whose every part is valid XML', async () => {
    const copy = sample();
    edit(copy, 'tasks.yaml', (t) => setTask21Content(t, BROKEN));
    edit(copy, 'plan.yaml', (t) => `${t}rules:\n  text-control-chars:\n    severity: off\n    reason: Kiểm tra bộ lọc ký tự khi in.\n`);
    const { build } = await checkAndBuild(copy);

    expect(build.code).toBe(0);
    const text = docxText(copy);
    // The vertical tab is Word's line break: it becomes a space; the rest are removed.
    expect(text).toContain('Nhiệm vụ 1: Tham mưu UBND tỉnh ban hành Quy định.');
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD\uFFFE\uFFFF]/u);
    expect(markdown(copy)).toContain('Nhiệm vụ 1: Tham mưu UBND tỉnh ban hành Quy định.');
  });
});

describe('7. ids and folders that would write outside the output folder', () => {
  const HOSTILE_IDS = ['../../x', '..', 'a/b', '/tmp/x', 'C:\\x', '.hidden'];

  it.each(HOSTILE_IDS)('appendix id %j: the id pattern is reported, nothing is written', async (id) => {
    const copy = sample();
    const text = edit(copy, 'appendices.yaml', (t) => replaceLine(t, '  - id: tien-do', `  - id: ${JSON.stringify(id)}`));
    const { diagnostics } = await checkAndBuild(copy);

    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: `${PLAN}/appendices.yaml`, rule: 'schema', line: lineOf(text, `  - id: ${JSON.stringify(id)}`), column: '  - id: '.length + 1 });
    expect(diagnostics[0]!.path).toEqual(['appendices', 2, 'id']);
    expect(existsSync(join(copy.root, 'x'))).toBe(false);
    expect(existsSync(join(copy.outDir, '..', '..', 'x.docx'))).toBe(false);
  });

  it('group, task and unit ids with path separators are reported the same way', async () => {
    const copy = sample();
    edit(copy, 'tasks.yaml', (t) => replaceLine(replaceLine(t, '  - id: ubnd-giao', '  - id: ../ubnd-giao'), '      - id: trung-tam-khac-phuc', '      - id: /etc/passwd'));
    edit(copy, 'units.yaml', (t) => replaceLine(t, '  - id: bo-khcn', '  - id: ..\\bo-khcn'));
    const { diagnostics } = await checkAndBuild(copy);

    expect(diagnostics.filter((d) => d.rule === 'schema').map((d) => d.path.join('/'))).toEqual(['groups/0/id', 'groups/0/tasks/0/id', 'units/7/id']);
  });

  it('a plan folder named through "..", "." and a trailing slash writes only <out>/<folder name>.docx', async () => {
    const copy = sample();
    const before = filesUnder(copy.root);
    const run = await runCli(copy.root, ['build', `./out-of-the-way/../${PLAN}/./`, '--out', 'out/./sub/..', '--appendix-files', '--md']);

    expect(run.code, run.stderr).toBe(0);
    const written = ['', '-phu-luc-i', '-phu-luc-ii', '-phu-luc-iii'].map((suffix) => `out/${PLAN}${suffix}.docx`);
    expect(filesUnder(copy.root)).toEqual([...before, `${PLAN}/${PLAN}.md`, ...written].sort());
  });

  it('a plan folder with spaces, brackets and Vietnamese in its name is written under that name', async () => {
    const copy = sample();
    const name = 'Kế hoạch (bản 2) & phụ lục';
    renameSync(copy.planDir, join(copy.root, name));
    const run = await runCli(copy.root, ['build', name, '--out', 'out']);

    expect(run.code, run.stderr).toBe(0);
    expect(filesUnder(copy.outDir)).toEqual([`${name}.docx`]);
    expect(docxProblems(readFileSync(join(copy.outDir, `${name}.docx`)))).toEqual([]);
  });
});

describe('8. Markdown-ish text at the start of a paragraph', () => {
  /** Each a paragraph of section I.1 (purposes) of its own. */
  const LITERALS = [
    '# heading',
    '## heading',
    '- item',
    '+ item',
    '* item',
    '1. item',
    '2) item',
    '> quote',
    '---',
    '***',
    '<div>',
    '```',
    '**bold never closed',
    'C:\\Users\\plan and a \\ b',
    '| a | b |',
  ];

  it('each prints literally as one plain paragraph, in the .docx and in the Markdown', async () => {
    const copy = sample();
    edit(copy, 'plan.yaml', (t) => t.replace(/(- heading: Mục đích\n {8}content:\n)(?: {10}- >-\n(?: {12}.*\n)+)+/, `$1${LITERALS.map((l) => `          - ${JSON.stringify(l)}\n`).join('')}`));
    const { build, diagnostics } = await checkAndBuild(copy);

    expect(build.code, JSON.stringify(diagnostics)).toBe(0);
    const paragraphs = readDocx(join(copy.outDir, `${PLAN}.docx`)).paragraphs();
    const start = paragraphs.findIndex((p) => p.text === '1. Mục đích');
    const printed = paragraphs.slice(start + 1, start + 1 + LITERALS.length);
    expect(printed.map((p) => p.text)).toEqual(LITERALS);
    // An ordinary paragraph to compare with: the requirement under "2. Yêu cầu".
    const plain = paragraphs.find((p) => p.text.startsWith('Các phòng, đơn vị thuộc Sở được giao'))!;
    for (const p of printed) {
      expect(p.runs.every((r) => !r.bold)).toBe(true);
      expect({ indent: p.indentFirstLine, left: p.indentLeft, numbering: p.numbering, style: p.style }).toEqual({
        indent: plain.indentFirstLine,
        left: plain.indentLeft,
        numbering: plain.numbering,
        style: plain.style,
      });
    }

    const html = new MarkdownIt('commonmark').render(markdown(copy));
    const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    for (const literal of LITERALS) expect(html).toContain(`<p>${escapeHtml(literal)}</p>`);
  });
});

describe('the limits README states, at their edges', () => {
  const ids = (text: string) => parseFile('plan', 'plan.yaml', text).diagnostics.map((d) => d.messageId);
  it('aliases: 99 uses are read, 100 are reported', () => {
    const aliases = (n: number) => `a: &x v\nb: [${Array.from({ length: n }, () => '*x').join(', ')}]\n`;
    expect(ids(aliases(99))).toEqual([]);
    expect(ids(aliases(100))).toEqual(['yaml.aliases']);
  });

  it('aliases are counted per anchor (two anchors of 99 uses are read), and the message names the anchor at the use past the limit', () => {
    const uses = (name: string, n: number) => Array.from({ length: n }, () => `*${name}`).join(', ');
    expect(ids(`a: &x v\nc: &y w\nb: [${uses('x', 99)}, ${uses('y', 99)}]\n`)).toEqual([]);
    const text = `a: &x v\nc: &y w\nb: [${uses('y', 5)}]\nd:\n${Array.from({ length: 100 }, () => '  - *x').join('\n')}\n`;
    const found = parseFile('plan', 'plan.yaml', text).diagnostics;
    expect(found.map((d) => [d.messageId, d.start.line, d.start.column, d.end.column])).toEqual([['yaml.aliases', 4 + 100, 5, 7]]);
    expect(formatMessage(found[0]!, 'vi')).toBe(
      `Bí danh (alias) YAML "*x" được mở ra quá nhiều lần: mỗi neo (anchor) được mở ra dưới ${YAML_LIMITS.maxAliasCount} lần, mỗi lần dùng tính bằng số bí danh mà giá trị được neo tự chứa (bí danh lồng trong bí danh); hãy viết lại các giá trị thay cho bí danh`,
    );
    expect(formatMessage(found[0]!, 'en')).toBe(
      `The YAML alias "*x" is expanded too many times: each anchor is expanded fewer than ${YAML_LIMITS.maxAliasCount} times, a use counting as many times as the aliases the anchored value itself holds (aliases within aliases); write the values out instead`,
    );
  });

  it('nesting: 98 block mappings are read, 99 reported; 99 flow lists are read, 100 reported', () => {
    const block = (n: number) => `${Array.from({ length: n }, (_, i) => `${' '.repeat(i * 2)}k:`).join('\n')} x\n`;
    const flow = (n: number) => `${'['.repeat(n)}x${']'.repeat(n)}\n`;
    expect(ids(block(98))).toEqual([]);
    expect(ids(block(99))).toEqual(['yaml.TOO_DEEP']);
    expect(ids(flow(99))).toEqual([]);
    expect(ids(flow(100))).toEqual(['yaml.TOO_DEEP']);
  });
});
