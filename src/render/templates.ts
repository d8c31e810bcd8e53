import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { twoDigits } from '../model/dates.js';
import { TEMPLATE_DIR } from '../paths.js';
import { handlebars } from './handlebars.js';
import { readFolder } from './phrase-files.js';
import { WordedError } from '../messages/worded-error.js';

type Compiled = (view: unknown) => string;
type TemplateSpecification = Parameters<ReturnType<typeof handlebars>['template']>[0];

/** The document's words: templates/phrases/*.hbs, compiled once; the outline itself is the plan's data. */
export interface Templates {
  phrase(name: string, view?: unknown): string;
}

const cache = new Map<string, Templates>();

/** How every phrase is compiled: at run time, and the built-in ones ahead of it (build-phrases.ts). */
export const PHRASE_OPTIONS = { strict: true, noEscape: true, preventIndent: true } as const;

/** A phrase compiled by build-phrases.ts, with the source it was compiled from. */
interface Precompiled {
  source: string;
  spec: TemplateSpecification;
}

let precompiled: Record<string, Precompiled> | undefined;

/** The built-in phrases compiled when the package was built (phrases.cjs beside this module, or beside the bundle's chunks), if there. */
function precompiledPhrases(): Record<string, Precompiled> {
  if (precompiled) return precompiled;
  const path = fileURLToPath(new URL('./phrases.cjs', import.meta.url));
  precompiled = existsSync(path) ? (createRequire(import.meta.url)(path) as Record<string, Precompiled>) : {};
  return precompiled;
}

/**
 * Loads and compiles the phrases of a folder, or of layers of folders (see template-layers.ts: a
 * later folder's phrase replaces an earlier one of the same name), once per process.
 */
export function loadTemplates(dirs: string | readonly string[] = TEMPLATE_DIR): Templates {
  const layers = typeof dirs === 'string' ? [dirs] : dirs;
  const key = layers.join('\0');
  const cached = cache.get(key);
  if (cached) return cached;
  // An isolated instance: helpers and partials registered here touch no other user of Handlebars.
  const hbs = handlebars().create();
  hbs.registerHelper('twoDigits', (n: number) => twoDigits(n));
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('or', (a: unknown, b: unknown) => Boolean(a) || Boolean(b));
  hbs.registerHelper('and', (a: unknown, b: unknown) => Boolean(a) && Boolean(b));
  const phrases = new Map<string, Compiled>();
  const files = new Map<string, string>();
  const sources = new Map<string, string>();
  // The phrases a repository or plan writes itself (templates/phrases beside plans/ or in the plan).
  const ownPhrases = new Set<string>();
  layers.forEach((dir, layer) => {
    const folder = join(dir, 'phrases');
    if (layer > 0 && !existsSync(folder)) return;
    for (const [name, source] of readFolder(folder)) {
      // The built-in phrases are named as the README names them; an override by its own path.
      files.set(name, layer === 0 ? `templates/phrases/${name}.hbs` : join(folder, `${name}.hbs`));
      if (layer === 0) ownPhrases.delete(name);
      else ownPhrases.add(name);
      sources.set(name, source);
    }
  });
  for (const [name, source] of sources) {
    // A phrase is one line of wording: code prints it, and templates use it as a partial.
    // Compiled now, not at first use, so a syntax error names its file before anything is built;
    // and once: the template is made from that compiled code (what compile() would compile again).
    // A built-in phrase as the package was built was compiled then.
    const text = source.trimEnd();
    const built = precompiledPhrases();
    const ahead = Object.hasOwn(built, name) ? built[name] : undefined;
    let spec: TemplateSpecification;
    if (ahead?.source === text) spec = ahead.spec;
    else {
      try {
        spec = new Function(`return ${hbs.precompile(text, PHRASE_OPTIONS) as string};`)() as TemplateSpecification;
      } catch (error) {
        throw new Error(`${files.get(name)}: ${firstLine(error)}`);
      }
    }
    const phrase = hbs.template(spec) as Compiled;
    phrases.set(name, phrase);
    hbs.registerPartial(name, phrase);
  }
  const templates: Templates = {
    phrase(name, view = {}) {
      const phrase = phrases.get(name);
      if (!phrase) throw new Error(`templates/phrases/${name}.hbs is missing`);
      let printed: string;
      try {
        printed = phrase(view);
      } catch (error) {
        // A phrase that fails as it prints ({{lookup}} with nothing to look up) names its file too.
        throw new Error(`${files.get(name)}: ${firstLine(error)}`);
      }
      if (ownPhrases.has(name)) holdToItsValues(files.get(name)!, sources.get(name)!, printed, view);
      return printed;
    },
  };
  cache.set(key, templates);
  return templates;
}

/**
 * A phrase of the repository's or the plan's own may print its values, but not over and over: at
 * most its own words and each value twice. "{{content}}" a thousand times in task-heading.hbs made
 * a 200-task plan a 3 GB build; the plan's limits (README, Limits) bound what it writes only while
 * each text is printed a few times.
 */
function holdToItsValues(file: string, source: string, printed: string, view: unknown): void {
  const given = textLength(view);
  if (printed.length > source.length + 2 * given + 1000) throw new WordedError('cli.phrase-repeats', { file, printed: printed.length, given });
}

/** The characters of the texts a view holds, at any depth. */
function textLength(value: unknown, depth = 0): number {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value).length;
  if (depth > 8 || value === null || typeof value !== 'object') return 0;
  let total = 0;
  for (const item of Object.values(value)) total += textLength(item, depth + 1);
  return total;
}

function firstLine(error: unknown): string {
  return String((error as Error).message ?? error).split('\n')[0]!;
}

/** Drops the compiled templates, so the next build reads them again (`build --watch`). */
export function forgetTemplates(): void {
  cache.clear();
}
