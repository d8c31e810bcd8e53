import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { twoDigits } from '../model/dates.js';
import { TEMPLATE_DIR } from '../paths.js';

type Compiled = (view: unknown) => string;

/** The document's words: templates/phrases/*.hbs, compiled once; the outline itself is the plan's data. */
export interface Templates {
  phrase(name: string, view?: unknown): string;
}

const cache = new Map<string, Templates>();

/** Loads and compiles the templates of a folder once per process. */
export function loadTemplates(dir: string = TEMPLATE_DIR): Templates {
  const cached = cache.get(dir);
  if (cached) return cached;
  // An isolated instance: helpers and partials registered here touch no other user of Handlebars.
  const hbs = Handlebars.create();
  hbs.registerHelper('twoDigits', (n: number) => twoDigits(n));
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('or', (a: unknown, b: unknown) => Boolean(a) || Boolean(b));
  hbs.registerHelper('and', (a: unknown, b: unknown) => Boolean(a) && Boolean(b));
  const options = { strict: true, noEscape: true, preventIndent: true } as const;
  const phrases = new Map<string, Compiled>();
  for (const [name, source] of readFolder(join(dir, 'phrases'))) {
    // A phrase is one line of wording: code prints it, and templates use it as a partial.
    // Compiled now, not at first use, so a syntax error names its file before anything is built.
    try {
      hbs.precompile(source.trimEnd(), options);
    } catch (error) {
      throw new Error(`templates/phrases/${name}.hbs: ${firstLine(error)}`);
    }
    const phrase = hbs.compile(source.trimEnd(), options);
    phrases.set(name, phrase);
    hbs.registerPartial(name, phrase);
  }
  const templates: Templates = {
    phrase(name, view = {}) {
      const phrase = phrases.get(name);
      if (!phrase) throw new Error(`templates/phrases/${name}.hbs is missing`);
      try {
        return phrase(view);
      } catch (error) {
        // A phrase that fails as it prints ({{lookup}} with nothing to look up) names its file too.
        throw new Error(`templates/phrases/${name}.hbs: ${firstLine(error)}`);
      }
    },
  };
  cache.set(dir, templates);
  return templates;
}

function firstLine(error: unknown): string {
  return String((error as Error).message ?? error).split('\n')[0]!;
}

/** Drops the compiled templates, so the next build reads them again (`build --watch`). */
export function forgetTemplates(): void {
  cache.clear();
}

function readFolder(dir: string): [string, string][] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.hbs'))
    .sort()
    .map((name) => [name.slice(0, -'.hbs'.length), readFileSync(join(dir, name), 'utf8')]);
}
