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
const MAX_FILE_BYTES = 16 * 1024 * 1024;
const MAX_TEXT_CHARS = 100_000;
/** Just under the limit of one text. */
const LONG = MAX_TEXT_CHARS - 1000;
const LIMIT = { seconds: 10, mb: 1024 };

const SENTENCE = 'Triển khai kịp thời, có hiệu quả các nội dung được giao trong Quyết định số 3466/QĐ-UBND của Chủ tịch UBND tỉnh về việc giao nhiệm vụ trọng tâm; ';

/** A text of `length` characters made of `unit` over and over. */
const fill = (unit, length = LONG) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** As many copies of a text as fit in one file of the limit (less `room` bytes for the rest of the file). */
function fitting(text, room = 64 * 1024) {
  const bytes = Buffer.byteLength(JSON.stringify(text)) + 20;
  return Math.floor((MAX_FILE_BYTES - room) / bytes);
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

/** tasks.yaml with `count` short tasks in 10 groups, each task naming a unit. */
function manyTasks(count, units = ['van-phong']) {
  const per = Math.ceil(count / 10);
  const groups = [];
  for (let g = 0; g < 10; g++) {
    const tasks = [];
    for (let i = g * per; i < Math.min(count, (g + 1) * per); i++) tasks.push(`      - id: t${i}\n        content: Nhiệm vụ ${i}.\n        lead: ${units[i % units.length]}\n        deadline: 2023-12`);
    groups.push(`  - id: g${g}\n    title: Nhóm ${g}\n    tasks:\n${tasks.join('\n')}`);
  }
  return `groups:\n${groups.join('\n')}\n`;
}

/** tasks.yaml with as many tasks of manyTasks as fit in one file. */
function tasksThatFit(units) {
  let count = Math.floor(MAX_FILE_BYTES / (Buffer.byteLength(manyTasks(1000, units)) / 1000));
  for (;;) {
    const text = manyTasks(count, units);
    if (Buffer.byteLength(text) <= MAX_FILE_BYTES - 1024) return text;
    count = Math.floor(count * 0.98);
  }
}

/** units.yaml with `count` units, and tasks.yaml with a task led by each. */
function manyUnits() {
  const count = 100_000;
  const ids = Array.from({ length: count }, (_, i) => `u${i}`);
  const units = ids.map((id) => `  - id: ${id}\n    name: Đơn vị số ${id.slice(1)}\n    role: Phối hợp thực hiện.`).join('\n');
  return { 'units.yaml': `units:\n  - id: van-phong\n    name: Văn phòng Sở\n    abbreviation: VP\n${units}\n`, 'tasks.yaml': manyTasks(count, ids) };
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

/** One long anchored text used by aliases up to their limit, in plan.yaml. */
function aliases() {
  const body = fill(SENTENCE);
  const uses = Math.floor((16 * 1024 * 1024) / body.length) - 2;
  const count = Math.min(99, uses);
  const texts = [`&long ${JSON.stringify(body)}`, ...Array(count).fill('*long')];
  const text = readFileSync(join(SAMPLE, 'plan.yaml'), 'utf8');
  return { 'plan.yaml': text.replace(/(- heading: Mục đích\n {8}content:\n)(?: {10}- >-\n(?: {12}.*\n)+)+/, `$1${texts.map((t) => `          - ${t}`).join('\n')}\n`) };
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
  'many-tasks': { about: 'tasks.yaml full of one-line tasks', files: () => ({ 'tasks.yaml': tasksThatFit(['van-phong']) }) },
  'many-units': { about: '100,000 units, each leading a task', files: manyUnits },
  'deep-outline': { about: 'an outline 47 sections deep (the nesting limit)', files: deepOutline },
  aliases: { about: 'a 99,000-character anchored text used by 99 aliases', files: aliases },
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
  cpSync(SAMPLE, dir, { recursive: true, filter: (source) => !source.endsWith('.md') });
  const files = CASES[name].files();
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  const largest = Math.max(...Object.keys(files).map((file) => statSync(join(dir, file)).size)) / 1024 / 1024;
  const check = measure(['check', dir]);
  const build = measure(['build', dir, '--quiet', '--out', join(work, name, 'out')]);
  const ok = within(check) && within(build);
  all &&= ok;
  rows.push(`| ${name} | ${largest.toFixed(1)} | ${fmt(check)} | ${mb(check)} | ${check.code ?? '-'} | ${fmt(build)} | ${mb(build)} | ${build.code ?? '-'} | ${ok ? 'yes' : 'NO'} |`);
  process.stderr.write(`${name}: ${CASES[name].about}\n`);
}
process.stdout.write(`${rows.join('\n')}\n`);
if (values.keep) process.stdout.write(`plans kept in ${work}\n`);
else rmSync(work, { recursive: true, force: true });
process.exitCode = all ? 0 : 1;
