import { lstatSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { FIXABLE_CODES } from '../check/quick-fix.js';
import { compilePlan, type CompileOptions } from '../compile.js';
import type { Diagnostic } from '../diagnostics.js';
import { SCHEMA_KINDS, type SourceKind } from '../load/source-file.js';
import { throughLink } from '../render/write-output.js';
import { patchText } from './patch-text.js';

/** A plan file the fixes changed: its path, its bytes before and after. */
export interface FixedFile {
  path: string;
  /** Path shown to the user (relative to the working folder). */
  file: string;
  before: Uint8Array;
  after: Uint8Array;
  /** The findings fixed in it, as each was found. */
  fixed: Diagnostic[];
}

/** What `plan check --fix` does to one plan: the files it changes, and the files it would not touch (reached through a link). */
export interface PlanFixes {
  files: FixedFile[];
  linked: string[];
}

/**
 * Passes over one plan at most: a rule shows ten findings of a text and counts the rest, text-nfc
 * reports one decomposed word of a text at a time, and a date may wait for the word before it to
 * be fixed; each pass checks the fixed texts again. A pass that fixes nothing ends the loop, and
 * every fix removes a finding without making another, so the loop ends by itself; the bound is a
 * safeguard only.
 */
const MAX_PASSES = 1000;

/**
 * Findings of a rule a pass mends in one text: a hundred times what check shows, so a pasted page
 * of 14,000 decomposed words takes 14 passes, not 1,400 (75 s), and a pass's findings stay few
 * enough to hold (a 2 MB file of double spaces would otherwise make a million).
 */
const FIXES_PER_TEXT = 1000;

/**
 * `plan check --fix` for one plan, computed and not written: the files whose mechanical findings
 * (src/check/quick-fix.ts) could be fixed, with their new bytes. The plan is checked, the fixes
 * made in the texts, and the plan checked again from those texts, until nothing more is fixed.
 */
export function fixPlan(dir: string, options: CompileOptions & { cwd: string; base: string }): PlanFixes {
  const texts = new Map<string, { bom: boolean; original: string; text: string; kind: SourceKind; fixed: Diagnostic[] }>();
  const linked = new Set<string>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const overlay = new Map([...texts].map(([path, t]) => [path, t.text]));
    // Every finding a pass can mend, not the first thousand of a file the report shows.
    const { diagnostics } = compilePlan(dir, { ...options, overlay, findingsPerText: FIXES_PER_TEXT, findingsPerFile: Number.POSITIVE_INFINITY });
    let changed = false;
    for (const [path, findings] of fixableByFile(dir, options.cwd, diagnostics)) {
      if (linked.has(path)) continue;
      if (!texts.has(path) && throughLink(options.base, path)) {
        linked.add(path);
        continue;
      }
      const entry = texts.get(path) ?? readPlanFile(path, dir);
      if (!entry) continue;
      const patched = patchText(entry.kind, entry.text, findings);
      if (patched.fixed.length === 0) continue;
      texts.set(path, { ...entry, text: patched.text, fixed: [...entry.fixed, ...patched.fixed] });
      changed = true;
    }
    if (!changed) break;
  }
  const files = [...texts]
    .filter(([, t]) => t.text !== t.original)
    .map(([path, t]) => ({
      path,
      file: relative(options.cwd, path) || basename(path),
      before: encode(t.original, t.bom),
      after: encode(t.text, t.bom),
      fixed: t.fixed,
    }));
  return { files, linked: [...linked].map((path) => relative(options.cwd, path) || basename(path)) };
}


/** The findings that may have a fix, by the absolute path of their file, for files of this plan only. */
function fixableByFile(dir: string, cwd: string, diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (!FIXABLE_CODES.has(d.code) || !d.span) continue;
    const path = resolve(cwd, d.file);
    if (!path.startsWith(resolve(dir) + sep)) continue;
    const list = byFile.get(path);
    if (list) list.push(d);
    else byFile.set(path, [d]);
  }
  return byFile;
}

/**
 * A YAML file of the plan as the check read it: UTF-8, its byte order mark (kept on writing) set
 * aside. A link is left alone: replacing it would turn it into a file, and writing through it would
 * write where it points, perhaps outside the repository.
 */
function readPlanFile(path: string, dir: string) {
  const kind = kindOf(path, dir);
  if (!kind) return undefined;
  let text: string;
  try {
    if (!lstatSync(path).isFile()) return undefined;
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const bom = text.startsWith('\uFEFF');
  const body = bom ? text.slice(1) : text;
  return { bom, original: body, text: body, kind, fixed: [] as Diagnostic[] };
}

/** Which schema a file of the plan is read with: `tasks.yaml` is tasks, `progress/2023-06.yaml` progress. */
function kindOf(path: string, dir: string): SourceKind | undefined {
  if (basename(dirname(path)) === 'progress' && dirname(dirname(path)) === resolve(dir)) return 'progress';
  const stem = basename(path).replace(/\.ya?ml$/i, '');
  return (SCHEMA_KINDS as readonly string[]).includes(stem) && stem !== 'progress' ? (stem as SourceKind) : undefined;
}

function encode(text: string, bom: boolean): Uint8Array {
  return new TextEncoder().encode(bom ? `\uFEFF${text}` : text);
}
