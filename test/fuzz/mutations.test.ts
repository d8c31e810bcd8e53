import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, visit } from 'yaml';
import {
  PLAN_FILES,
  copySample,
  crashSigns,
  docxProblems,
  filesUnder,
  misplaced,
  parseJsonReport,
  removeCopy,
  runCli,
  sampleText,
  type PlanFile,
} from './fuzz-helpers.js';

/**
 * Mutation fuzzing of the sample plan: each case breaks one to four of its YAML files in ways a
 * clerk's editor, a bad paste or a hostile file could (a key dropped, a value of the wrong type,
 * the file cut short, a key twice, tabs, any Unicode, escapes for control characters and lone
 * surrogates, huge strings, lines deleted or repeated), writes the copy to a temporary folder and
 * runs `plan check --format json` and `plan build --md` on it in-process. Whatever the input:
 * exit 0 or 1, never a crash; every diagnostic points at a line of a file of the plan; a failed
 * build writes nothing; a successful one writes a .docx whose every XML part is well-formed.
 *
 * Seeded and bounded so CI stays fast and a failure replays: fast-check prints the seed, the path
 * and the smallest list of mutations that fails.
 */

/** One change to one file; `at` picks a line, key, value or offset modulo how many there are. */
type Mutation =
  | { kind: 'drop-key'; file: PlanFile; at: number }
  | { kind: 'set-value'; file: PlanFile; at: number; value: unknown }
  | { kind: 'set-text'; file: PlanFile; at: number; text: string }
  | { kind: 'truncate'; file: PlanFile; at: number }
  | { kind: 'duplicate-key'; file: PlanFile; at: number }
  | { kind: 'tab'; file: PlanFile; at: number; indent: boolean }
  | { kind: 'insert-text'; file: PlanFile; at: number; text: string }
  | { kind: 'escapes'; file: PlanFile; at: number; escapes: string }
  | { kind: 'huge-value'; file: PlanFile; at: number; unit: string; length: number }
  | { kind: 'delete-lines'; file: PlanFile; at: number; count: number }
  | { kind: 'repeat-line'; file: PlanFile; at: number; from: number }
  | { kind: 'line-endings'; file: PlanFile; ending: '\r\n' | '\r' };

/** Fixed, so CI replays the same cases; FUZZ_SEED and FUZZ_RUNS explore others locally. */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20230105);
/** About 35 s on one core of a 2-core machine; the hostile suite runs on the other. */
const NUM_RUNS = Number(process.env['FUZZ_RUNS'] ?? 1500);


const file = fc.constantFrom(...PLAN_FILES);
const at = fc.nat({ max: 1_000_000 });

/** Values of the wrong type, and of the right type but odd: dates that do not exist, unknown ids, enum words. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(''),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('2023-13', '2023-02-30', '2023-00', '0000-01', '2023-6', '2023-06-31', '2022-12', '2024-01-01', 'van-phong', 'khong-co', 'KH', 'portrait', 'timeline', 'stt', 'off', 'Lưu: VT, VP.', 'KT. Giám đốc', '../../x', '__proto__'),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 2 }),
  fc.array(fc.record({ text: fc.string({ maxLength: 8 }), owner: fc.constantFrom('van-phong', 'khong-co') }), { maxLength: 2 }),
);

const controlChar = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));

/** Text inserted at a random offset: any code point, graphemes with combining marks, control characters, YAML's own syntax. */
const insertedText = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
  fc.string({ unit: controlChar, minLength: 1, maxLength: 3 }),
  fc.constantFrom(': ', '- ', '# ', '&a ', '*a', '<<: *a', '!!binary ', '!x ', '{', '}', '[', ']', '"', "'", '|', '>', '? ', '\n---\n', '\n...\n', '%YAML 1.1\n', '\t', '\uFEFF', '\u0301', '\u200B', '\u2028', '👨‍👩‍👧', '{{title}}', '**'),
);

/** Text of the right type for any text field, so the plan still builds: any Unicode, Markdown, Handlebars and XML look-alikes. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
  fc.constantFrom('# x', '## x', '- x', '+ x', '* x', '1. x', '2) x', '> x', '---', '***', '```', '<b>x</b>', '**', '*a*', '**a**', '\\', 'a\\*b*', '| a | b |', '{{title}}', '{{#each x}}', '{{> task}}', '{{{x}}}', '<w:p>', '&amp;', ']]>', '<!--', '\u202E', 'Nhiệm vụ 1.1.', 'a: b', '@x', '%x', '`x`', '~~~'),
);

/** YAML double-quoted escapes: control characters, lone surrogates, noncharacters, astral and combining characters, a bad escape. */
const escapes = fc
  .array(fc.constantFrom('\\x01', '\\x0b', '\\x1f', '\\x7f', '\\x85', '\\0', '\\a', '\\b', '\\e', '\\v', '\\f', '\\t', '\\n', '\\r', '\\uD800', '\\uDFFF', '\\uFFFE', '\\uFFFF', '\\U0001F4C4', '\\u0301', '\\N', '\\_', '\\L', '\\P', '\\"', '\\\\', '\\q', 'ệ', ' ', 'Nội dung'), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.join(''));

/**
 * Units of huge strings: words, markup a parser might choke on, astral and combining characters.
 * Not "**a": 50,000 alternately bold runs take seconds to lay out, a matter of speed, not robustness.
 */
const hugeUnit = fc.constantFrom('Nội dung ', 'x', '*', '_', '[', '\\', '{{x}}', '# ', '𝄞', 'a\u0301', '&amp;<>');

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop-key' as const), file, at }),
  fc.record({ kind: fc.constant('set-value' as const), file, at, value: oddValue }),
  // Weighted up: text of the right type is what gets past the checks and exercises the renderer.
  { arbitrary: fc.record({ kind: fc.constant('set-text' as const), file, at, text: anyText }), weight: 5 },
  fc.record({ kind: fc.constant('truncate' as const), file, at }),
  fc.record({ kind: fc.constant('duplicate-key' as const), file, at }),
  fc.record({ kind: fc.constant('tab' as const), file, at, indent: fc.boolean() }),
  fc.record({ kind: fc.constant('insert-text' as const), file, at, text: insertedText }),
  fc.record({ kind: fc.constant('escapes' as const), file, at, escapes }),
  fc.record({ kind: fc.constant('huge-value' as const), file, at, unit: hugeUnit, length: fc.integer({ min: 20_000, max: 150_000 }) }),
  fc.record({ kind: fc.constant('delete-lines' as const), file, at, count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('repeat-line' as const), file, at, from: at }),
  fc.record({ kind: fc.constant('line-endings' as const), file, ending: fc.constantFrom('\r\n' as const, '\r' as const) }),
);

/** A line that holds a value: `key: value` or `- value`, not a comment; group 1 is what comes before the value. */
const VALUE_LINE = /^(\s*(?:- )*(?:[\w-]+:[ \t]+)?)([^\s#].*)$/;
/** A line that starts a key. */
const KEY_LINE = /^\s*(?:- )?[\w-]+:/;

function splitLines(text: string): string[] {
  return text.split('\n');
}

/** The index of the `at`-th line (modulo) among those matching, or undefined when none does. */
function pickLine(lines: readonly string[], at: number, pattern: RegExp): number | undefined {
  const candidates = lines.flatMap((l, i) => (pattern.test(l) ? [i] : []));
  return candidates.length === 0 ? undefined : candidates[at % candidates.length];
}

function replaceValue(text: string, at: number, value: string): string {
  const lines = splitLines(text);
  const i = pickLine(lines, at, VALUE_LINE);
  if (i === undefined) return text;
  lines[i] = lines[i]!.replace(VALUE_LINE, (_, before: string) => `${before}${value}`);
  return lines.join('\n');
}

/** Applies a change through the YAML tree; a file that no longer parses is left as it is. */
function editTree(text: string, edit: (doc: ReturnType<typeof parseDocument>) => void): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return text;
  edit(doc);
  return doc.toString();
}

function mutate(text: string, m: Mutation): string {
  const lines = splitLines(text);
  switch (m.kind) {
    case 'drop-key':
      return editTree(text, (doc) => {
        let n = 0;
        const count = countPairs(doc);
        visit(doc, { Pair: () => (count > 0 && n++ === m.at % count ? visit.REMOVE : undefined) });
      });
    case 'set-value':
      return editTree(text, (doc) => {
        let n = 0;
        const count = countPairs(doc);
        visit(doc, {
          Pair: (_, pair) => {
            if (count > 0 && n++ === m.at % count) pair.value = doc.createNode(m.value);
          },
        });
      });
    case 'set-text':
      return editTree(text, (doc) => {
        let n = 0;
        const count = countStrings(doc);
        visit(doc, {
          Scalar: (key, node) => {
            if (key !== 'key' && typeof node.value === 'string' && count > 0 && n++ === m.at % count) node.value = m.text;
          },
        });
      });
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'duplicate-key': {
      const i = pickLine(lines, m.at, KEY_LINE);
      if (i !== undefined) lines.splice(i + 1, 0, lines[i]!);
      return lines.join('\n');
    }
    case 'tab': {
      const i = m.at % lines.length;
      lines[i] = m.indent ? lines[i]!.replace(/^ +/, '\t') : `${lines[i]!.slice(0, m.at % (lines[i]!.length + 1))}\t${lines[i]!.slice(m.at % (lines[i]!.length + 1))}`;
      return lines.join('\n');
    }
    case 'insert-text': {
      const offset = m.at % (text.length + 1);
      return text.slice(0, offset) + m.text + text.slice(offset);
    }
    case 'escapes':
      return replaceValue(text, m.at, `"${m.escapes}"`);
    case 'huge-value':
      return replaceValue(text, m.at, JSON.stringify(m.unit.repeat(Math.ceil(m.length / m.unit.length))));
    case 'delete-lines':
      lines.splice(m.at % lines.length, m.count);
      return lines.join('\n');
    case 'repeat-line':
      lines.splice(m.at % (lines.length + 1), 0, lines[m.from % lines.length]!);
      return lines.join('\n');
    case 'line-endings':
      return text.replace(/\n/g, m.ending);
  }
}

function countPairs(doc: ReturnType<typeof parseDocument>): number {
  let count = 0;
  visit(doc, { Pair: () => void count++ });
  return count;
}

/** String values (keys left out), which set-text picks from. */
function countStrings(doc: ReturnType<typeof parseDocument>): number {
  let count = 0;
  visit(doc, { Scalar: (key, node) => void (key !== 'key' && typeof node.value === 'string' && count++) });
  return count;
}

/** The mutated texts of the files the mutations touch, each starting from the sample. */
function mutatedFiles(mutations: readonly Mutation[]): Map<PlanFile, string> {
  const texts = new Map<PlanFile, string>();
  for (const m of mutations) texts.set(m.file, mutate(texts.get(m.file) ?? sampleText(m.file), m));
  return texts;
}

/** What a case prints when it fails: the mutations, with huge strings shown by their length. */
function describeCase(mutations: readonly Mutation[], runs: Record<string, unknown>): string {
  return JSON.stringify({ mutations, ...runs }, (_, v: unknown) => (typeof v === 'string' && v.length > 2000 ? `${v.slice(0, 2000)}… (${v.length} chars)` : v), 2);
}

async function checkCase(mutations: readonly Mutation[]): Promise<'built' | 'refused'> {
  const copy = copySample();
  try {
    for (const [name, text] of mutatedFiles(mutations)) writeFileSync(join(copy.planDir, name), text);
    const before = filesUnder(copy.planDir);
    const check = await runCli(copy.root, ['check', 'ke-hoach-2023', '--format', 'json']);
    const build = await runCli(copy.root, ['build', 'ke-hoach-2023', '--out', 'out', '--md']);
    const context = describeCase(mutations, { check, build });

    for (const run of [check, build]) {
      expect([0, 1], context).toContain(run.code);
      expect(crashSigns(run), context).toEqual([]);
    }
    expect(build.code, `check and build agree\n${context}`).toBe(check.code);
    expect(misplaced(parseJsonReport(check.stdout), copy.root, copy.planDir), context).toEqual([]);

    if (build.code === 1) {
      expect(filesUnder(copy.outDir), context).toEqual([]);
      expect(filesUnder(copy.planDir), context).toEqual(before);
      return 'refused';
    }
    expect(filesUnder(copy.outDir), context).toEqual(['ke-hoach-2023.docx']);
    expect(filesUnder(copy.planDir), context).toEqual([...before, 'ke-hoach-2023.md'].sort());
    expect(docxProblems(readFileSync(join(copy.outDir, 'ke-hoach-2023.docx'))), context).toEqual([]);
    return 'built';
  } finally {
    removeCopy(copy);
  }
}

describe('fuzz: mutated copies of the sample plan', () => {
  it(
    `check and build never crash, point into the plan, and write nothing or a well-formed .docx (${NUM_RUNS} cases, seed ${SEED})`,
    async () => {
      const outcomes = { built: 0, refused: 0 };
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
          outcomes[await checkCase(mutations)]++;
        }),
        { seed: SEED, numRuns: NUM_RUNS },
      );
      // Both outcomes must come up, or the mutations are too gentle or too harsh to test both paths.
      expect(outcomes.built).toBeGreaterThan(NUM_RUNS / 20);
      expect(outcomes.refused).toBeGreaterThan(NUM_RUNS / 20);
    },
    240_000,
  );
});
