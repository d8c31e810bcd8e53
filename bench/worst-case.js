// Worst cases under the README's limits (README, Limits): plans as large and as odd as the limits
// let a file be, each timed as whole `plan check` and `plan build` processes with their peak memory.
// Run by hand: `node bench/worst-case.js` (or `npm run bench -- --worst-case`); `--cases a,b` runs
// some, `--timeout 60` stops a run after that many seconds, `--keep` leaves the plans in /tmp.
// The promise it measures: no input under the limits takes more than 10 s or 1 GB.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = join(ROOT, 'plans/ke-hoach-2023');
/** README, Limits: a plan's YAML, all files together; one text; items and table cells (rule plan-size). */
const MAX_PLAN_BYTES = 2 * 1024 * 1024;
const MAX_TEXT_CHARS = 100_000;
const MAX_ITEMS = 10_000;
const MAX_CELLS = 300_000;
const MAX_VALUES = 200_000;
const MAX_PRINTED = 8_000_000;
/** What the sample's files other than the one a case fills take of the plan's bytes, and a margin. */
const ROOM = 96 * 1024;
/** Just under the limit of one text. */
const LONG = MAX_TEXT_CHARS - 1000;
const LIMIT = { seconds: 10, mb: 1024 };

const SENTENCE = 'Triển khai kịp thời, có hiệu quả các nội dung được giao trong Quyết định số 3466/QĐ-UBND của Chủ tịch UBND tỉnh về việc giao nhiệm vụ trọng tâm; ';

/** A text of `length` characters made of `unit` over and over. */
const fill = (unit, length = LONG) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** As many copies of a text as fit in the plan's bytes, beside the sample's other files. */
function fitting(text, room = ROOM) {
  const bytes = Buffer.byteLength(JSON.stringify(text)) + 20;
  return Math.floor((MAX_PLAN_BYTES - room) / bytes);
}

/** Words no two alike, in the Latin-1 letters TCVN3 and VNI text shows: nothing a cache of words could save. */
function uniqueLegacyWords(length) {
  const letters = 'abcdeghiklmnopqrstuvxyµ¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ';
  const words = [];
  let total = 0;
  for (let n = 0; total < length; n++) {
    let word = '';
    for (let k = n + letters.length; k > 0; k = Math.floor(k / letters.length)) word += letters[k % letters.length];
    words.push(word);
    total += word.length + 1;
  }
  return words.join(' ').slice(0, length);
}

/** Replaces the paragraphs of "Mục đích" (section I.1) in plan.yaml with these texts. */
function planWithParagraphs(texts) {
  const text = readFileSync(join(SAMPLE, 'plan.yaml'), 'utf8');
  const lines = texts.map((t) => `          - ${JSON.stringify(t)}`).join('\n');
  return { 'plan.yaml': text.replace(/(- heading: Mục đích\n {8}content:\n)(?: {10}- >-\n(?: {12}.*\n)+)+/, `$1${lines}\n`) };
}

/** Paragraphs of one kind, as many as one file holds. */
const paragraphs = (text) => () => planWithParagraphs(Array(fitting(text)).fill(text));

/** tasks.yaml with `count` tasks in 10 groups, each naming a unit, with a content of `length` characters. */
function manyTasks(count, units = ['van-phong'], length = 0) {
  const per = Math.ceil(count / 10);
  const groups = [];
  for (let g = 0; g < 10; g++) {
    const tasks = [];
    for (let i = g * per; i < Math.min(count, (g + 1) * per); i++) {
      const content = length > 0 ? JSON.stringify(fill(SENTENCE, length)) : `Nhiệm vụ ${i}.`;
      tasks.push(`      - id: t${i}\n        content: ${content}\n        lead: ${units[i % units.length]}\n        deadline: 2023-12`);
    }
    groups.push(`  - id: g${g}\n    title: Nhóm ${g}\n    tasks:\n${tasks.join('\n')}`);
  }
  return `groups:\n${groups.join('\n')}\n`;
}

/** The sample's units (they count as items too). */
const SAMPLE_UNITS = (readFileSync(join(SAMPLE, 'units.yaml'), 'utf8').match(/^ {2}- id:/gm) ?? []).length;
/** The cells of the sample's three appendices, and a margin: 24 tasks and their steps. */
const SAMPLE_CELLS = 2000;

/** tasks.yaml with as many tasks as the item limit lets the sample's units have, their texts as long as the plan's bytes let them be. */
function tasksAtLimits() {
  // The three appendices print 26 cells a task: the cell limit comes before the item limit.
  const count = Math.min(MAX_ITEMS - SAMPLE_UNITS, Math.floor(MAX_CELLS / 26) - 20);
  let length = Math.floor((MAX_PLAN_BYTES - ROOM) / count / 1.3);
  for (;;) {
    const text = manyTasks(count, ['van-phong'], length);
    if (Buffer.byteLength(text) <= MAX_PLAN_BYTES - ROOM) return text;
    length = Math.floor(length * 0.97);
  }
}

/** units.yaml with half the items as units, and tasks.yaml with a task led by each. */
function manyUnits() {
  const count = MAX_ITEMS / 2;
  const ids = Array.from({ length: count }, (_, i) => `u${i}`);
  const units = ids.map((id) => `  - id: ${id}\n    name: Đơn vị số ${id.slice(1)}\n    role: Phối hợp thực hiện.`).join('\n');
  return { 'units.yaml': `units:\n  - id: van-phong\n    name: Văn phòng Sở\n    abbreviation: VP\n${units}\n`, 'tasks.yaml': manyTasks(count - 1, ids) };
}

/** An appendix table of as many rows as the items and the cells allow, each of five cells of text. */
function tableRows() {
  // Five cells of four values each (key, ":", text, comma) and "-" and "{": 22 values a row.
  const rows = Math.min(MAX_ITEMS - SAMPLE_UNITS - 24, Math.floor((MAX_CELLS - SAMPLE_CELLS) / 5), Math.floor((MAX_VALUES - 2000) / 22));
  // As long as the plan's bytes let five cells a row be (130 characters at most, some 3 lines in a cell).
  const cell = fill(SENTENCE, Math.min(130, Math.floor((MAX_PLAN_BYTES - ROOM) / rows / 5 / 1.25) - 12));
  const columns = ['a', 'b', 'c', 'd', 'e'].map((f) => `        - { field: ${f}, header: Cột ${f} }`).join('\n');
  const body = Array.from({ length: rows }, (_, i) => `        - { a: "${i} ${cell}", b: "${cell}", c: "${cell}", d: "${cell}", e: "${cell}" }`).join('\n');
  const text = readFileSync(join(SAMPLE, 'appendices.yaml'), 'utf8');
  return { 'appendices.yaml': `${text.trimEnd()}\n  - id: bang-lon\n    kind: table\n    title: Bảng lớn\n    table:\n      columns:\n${columns}\n      rows:\n${body}\n` };
}

/** An appendix table of 50 columns (the column limit) and one-letter cells, rows up to the plan's values. */
function tableCells() {
  const fields = Array.from({ length: 50 }, (_, i) => (i < 26 ? String.fromCharCode(97 + i) : `a${String.fromCharCode(97 + i - 26)}`));
  // A cell is four values (its key, ":", its text and a comma), a row two more ("-" and "{"); a column nine.
  const rows = Math.floor((MAX_VALUES - 2000 - fields.length * 9) / (fields.length * 4 + 2));
  const columns = fields.map((f) => `        - { field: ${f}, header: ${f} }`).join('\n');
  const body = Array.from({ length: rows }, (_, r) => `        - {${fields.map((f, i) => `${f}: ${String.fromCharCode(97 + ((r + i) % 26))}`).join(', ')}}`).join('\n');
  const text = readFileSync(join(SAMPLE, 'appendices.yaml'), 'utf8');
  return { 'appendices.yaml': `${text.trimEnd()}\n  - id: bang-o\n    kind: table\n    title: Bảng nhiều ô\n    table:\n      columns:\n${columns}\n      rows:\n${body}\n` };
}

/** A 30-year plan whose timeline is asked month by month: 360 columns, as many tasks as the cell limit allows. */
function longTimeline() {
  const columns = 362;
  // Ten group rows besides the tasks.
  const tasks = Math.floor(MAX_CELLS / columns) - 10;
  const plan = readFileSync(join(SAMPLE, 'plan.yaml'), 'utf8').replace(/^period:.*\n(?:  .*\n)*/m, '');
  const appendices = `appendices:\n  - id: tien-do\n    kind: timeline\n    scale: months\n    title: Tiến độ 30 năm\n`;
  return { 'plan.yaml': `${plan.trimEnd()}\nperiod: { from: 2023-01, to: 2052-12 }\n`, 'tasks.yaml': manyTasks(tasks), 'appendices.yaml': appendices };
}

/** An outline nested as deep as the nesting limit lets it (a section is a mapping in a list: two levels). */
function deepOutline() {
  const text = readFileSync(join(SAMPLE, 'plan.yaml'), 'utf8');
  let section = '';
  const depth = 47;
  for (let level = depth; level >= 1; level--) {
    const indent = ' '.repeat(2 + 4 * (level - 1));
    section = `${indent}- heading: Mục cấp ${level}\n${indent}  content:\n${indent}    - Nội dung cấp ${level}.\n${section}`;
  }
  return { 'plan.yaml': text.replace(/outline:\n/, `outline:\n${section}`) };
}

/** An appendix table of one row and as many columns as fit in the plan's bytes: mappings of thousands of keys. */
function wideTable() {
  const columns = 15_000;
  const fields = Array.from({ length: columns }, (_, i) => `c${i}`);
  const header = fields.map((f) => `        - { field: ${f}, header: ${f} }`).join('\n');
  const row = `        - { ${fields.map((f) => `${f}: x`).join(', ')} }`;
  const text = readFileSync(join(SAMPLE, 'appendices.yaml'), 'utf8');
  return { 'appendices.yaml': `${text.trimEnd()}\n  - id: bang-rong\n    kind: table\n    title: Bảng rộng\n    table:\n      columns:\n${header}\n      rows:\n${row}\n` };
}

/** An unknown field holding a mapping of as many keys as fit in the plan's bytes. */
function manyKeys() {
  const keys = Array.from({ length: 120_000 }, (_, i) => `  k${i}: 1`).join('\n');
  const text = readFileSync(join(SAMPLE, 'appendices.yaml'), 'utf8');
  return { 'appendices.yaml': `${text.trimEnd()}\nx:\n${keys}\n` };
}

/** Units of 300-character names, each task working with 50 of them, tasks up to the printed characters (rule plan-size): each name prints at each task in the body and in the three appendices. */
function cooperating() {
  const units = Array.from({ length: 1000 }, (_, i) => `  - id: u${i}\n    name: "${fill(`Đơn vị phối hợp số ${i} `, 300)}"`).join('\n');
  const perTask = 50 * 302 * 4;
  const count = Math.floor(MAX_PRINTED / perTask) - 2;
  const tasks = Array.from({ length: count }, (_, t) => `      - id: t${t}\n        content: Nhiệm vụ ${t}.\n        lead: van-phong\n        cooperating: [${Array.from({ length: 50 }, (_, k) => `u${(t * 50 + k) % 1000}`).join(', ')}]\n        deadline: 2023-12`).join('\n');
  return {
    'units.yaml': `units:\n  - id: van-phong\n    name: Văn phòng Sở\n    abbreviation: VP\n    role: Theo dõi, đôn đốc.\n${units}\n`,
    'tasks.yaml': `groups:\n  - id: g\n    title: Nhóm\n    tasks:\n${tasks}\n`,
  };
}

/** A list of one-letter values in flow style, up to the plan's values (each its own YAML node): YAML's cost is per value. */
function manyValues() {
  const text = readFileSync(join(SAMPLE, 'appendices.yaml'), 'utf8');
  // Each letter and the comma after it: two values.
  const count = Math.floor((MAX_VALUES - 1000) / 2);
  return { 'appendices.yaml': `${text.trimEnd()}\nx: [${Array.from({ length: count }, (_, i) => String.fromCharCode(97 + (i % 26))).join(', ')}]\n` };
}

/** Empty list items, one a line, up to the plan's values: each is a null node to YAML. */
function nullItems() {
  const text = readFileSync(join(SAMPLE, 'appendices.yaml'), 'utf8');
  return { 'appendices.yaml': `${text.trimEnd()}\nx:\n${'-\n'.repeat(MAX_VALUES - 1000)}` };
}

/** One long anchored text used by as many aliases as the alias limit lets it: the plan's characters stop it first. */
function aliases() {
  const body = fill(SENTENCE);
  const texts = [`&long ${JSON.stringify(body)}`, ...Array(99).fill('*long')];
  const text = readFileSync(join(SAMPLE, 'plan.yaml'), 'utf8');
  return { 'plan.yaml': text.replace(/(- heading: Mục đích\n {8}content:\n)(?: {10}- >-\n(?: {12}.*\n)+)+/, `$1${texts.map((t) => `          - ${t}`).join('\n')}\n`) };
}

/** The aliases under the plan's characters: 19 uses of a 99,000-character text. */
function aliasesUnder() {
  const body = fill(SENTENCE);
  const texts = [`&long ${JSON.stringify(body)}`, ...Array(19).fill('*long')];
  const text = readFileSync(join(SAMPLE, 'plan.yaml'), 'utf8');
  return { 'plan.yaml': text.replace(/(- heading: Mục đích\n {8}content:\n)(?: {10}- >-\n(?: {12}.*\n)+)+/, `$1${texts.map((t) => `          - ${t}`).join('\n')}\n`) };
}

/** The plan of bench/generate.js that the interrupted-build test kills: 5,000 short tasks, about 4,200 steps, 8 units and three appendices. */
async function generated() {
  const { writeGeneratedPlan } = await import('./generate.js');
  const dir = mkdtempSync(join(tmpdir(), 'plan-generated-'));
  writeGeneratedPlan(dir, 5000, { short: true });
  const files = Object.fromEntries(['plan.yaml', 'units.yaml', 'tasks.yaml', 'appendices.yaml'].map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  rmSync(dir, { recursive: true, force: true });
  return files;
}

/** Every case: its name, what it is, and the files it writes over the sample. */
const CASES = {
  'long-texts': { about: 'paragraphs of 99,000 characters of Vietnamese prose, one file full', files: paragraphs(fill(SENTENCE)) },
  'legacy-words': { about: 'paragraphs of words in TCVN3/VNI letters, no word twice', files: paragraphs(uniqueLegacyWords(LONG)) },
  spaces: { about: 'paragraphs of two words 99,000 spaces apart', files: paragraphs(`a${' '.repeat(LONG - 2)}b`) },
  'spaces-before-dot': { about: 'paragraphs of "a ." over and over', files: paragraphs(fill('a  . ')) },
  'line-breaks': { about: 'paragraphs of two words 99,000 line breaks apart', files: paragraphs(`a${'\n'.repeat(LONG - 2)}b`) },
  dates: { about: 'paragraphs of "ngày 5/1/2023" over and over', files: paragraphs(fill('ngày 5/1/2023 ')) },
  emphasis: { about: 'paragraphs of "*a* **b** " over and over', files: paragraphs(fill('*a* **b** ')) },
  references: { about: 'paragraphs of "[#x]" over and over', files: paragraphs(fill('[#to-chuc-thuc-hien] ')) },
  'many-texts': { about: 'plan.yaml full of one-word paragraphs', files: paragraphs('Nội dung.') },
  'many-tasks': { about: 'tasks to the item limit, their texts filling the plan', files: () => ({ 'tasks.yaml': tasksAtLimits() }) },
  'many-tasks-files': { about: 'the same, built with --appendix-files (each appendix also in a file of its own)', files: () => ({ 'tasks.yaml': tasksAtLimits() }), build: ['--appendix-files'] },
  'many-units': { about: '5,000 units, each leading a task', files: manyUnits },
  'table-rows': { about: 'an appendix table of rows to the cell limit, five long cells each', files: tableRows },
  'table-cells': { about: 'an appendix table of 50 columns and one-letter cells, rows to the plan\'s values', files: tableCells },
  'long-timeline': { about: 'a 30-year timeline asked month by month (362 columns), tasks to the cell limit', files: longTimeline },
  'wide-table': { about: 'an appendix table of one row and 15,000 columns (past the column limit: reported)', files: wideTable },
  'many-keys': { about: 'an unknown field holding 120,000 keys (past the plan\'s values: reported)', files: manyKeys },
  cooperating: { about: 'tasks each working with 50 units of 300-character names, up to the printed characters', files: cooperating },
  'many-values': { about: 'an unknown field holding a flow list of 99,500 one-letter values and their commas', files: manyValues },
  'null-items': { about: 'an unknown field holding 199,000 empty list items', files: nullItems },
  generated: { about: 'a generated plan of 5,000 short tasks and about 4,200 steps, 8 units and three appendices', files: generated },
  'deep-outline': { about: 'an outline 47 sections deep (the nesting limit)', files: deepOutline },
  aliases: { about: 'a 99,000-character anchored text used by 99 aliases (past the plan\'s characters)', files: aliases },
  'aliases-under': { about: 'a 99,000-character anchored text used by 19 aliases', files: aliasesUnder },
};

const { values } = parseArgs({ options: { cases: { type: 'string' }, timeout: { type: 'string', default: '120' }, keep: { type: 'boolean', default: false }, 'worst-case': { type: 'boolean' } } });
const names = values.cases ? values.cases.split(',') : Object.keys(CASES);
for (const name of names) if (!CASES[name]) throw new Error(`no case "${name}"; cases: ${Object.keys(CASES).join(', ')}`);
const work = mkdtempSync(join(tmpdir(), 'plan-worst-'));

/** One run of the command as a process: wall time (s), peak RSS (MB), exit code, or a timeout. */
function measure(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', './bench/peak-rss.mjs', 'bin/plan.js', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, timeout: Number(values.timeout) * 1000 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = /@@peak-rss-kb (\d+)/.exec(result.stderr ?? '');
  const cpu = /@@cpu-us (\d+)/.exec(result.stderr ?? '');
  return { seconds, cpu: cpu ? Number(cpu[1]) / 1e6 : null, mb: peak ? Number(peak[1]) / 1024 : null, code: result.status, timedOut: result.signal !== null };
}

// Wall time, and processor time in brackets: on a busy machine the second is the fairer figure.
const fmt = (run) => (run.timedOut ? `> ${values.timeout} s` : `${run.seconds.toFixed(2)} s (${run.cpu?.toFixed(2) ?? '-'} s)`);
const mb = (run) => (run.mb === null ? '-' : run.mb.toFixed(0));
const within = (run) => !run.timedOut && run.cpu !== null && run.cpu <= LIMIT.seconds && run.mb !== null && run.mb <= LIMIT.mb;
const rows = ['| case | largest file (MB) | check: wall (CPU) | check peak (MB) | exit | build: wall (CPU) | build peak (MB) | exit | CPU within 10 s, peak 1 GB |', '|---|---|---|---|---|---|---|---|---|'];
let all = true;
for (const name of names) {
  const dir = join(work, name, 'ke-hoach');
  // Without the sample's progress entries: a case that replaces the tasks would make them unknown.
  cpSync(SAMPLE, dir, { recursive: true, filter: (source) => !source.endsWith('.md') && !source.includes('/progress') });
  const files = await CASES[name].files();
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  const largest = Math.max(...Object.keys(files).map((file) => statSync(join(dir, file)).size)) / 1024 / 1024;
  const check = measure(['check', dir]);
  const build = measure(['build', dir, '--quiet', '--out', join(work, name, 'out'), ...(CASES[name].build ?? [])]);
  const ok = within(check) && within(build);
  all &&= ok;
  rows.push(`| ${name} | ${largest.toFixed(1)} | ${fmt(check)} | ${mb(check)} | ${check.code ?? '-'} | ${fmt(build)} | ${mb(build)} | ${build.code ?? '-'} | ${ok ? 'yes' : 'NO'} |`);
  process.stderr.write(`${name}: ${CASES[name].about}\n`);
}
process.stdout.write(`${rows.join('\n')}\n`);
if (values.keep) process.stdout.write(`plans kept in ${work}\n`);
else rmSync(work, { recursive: true, force: true });
process.exitCode = all ? 0 : 1;
