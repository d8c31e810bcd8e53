import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { templateLayers } from '../render/template-layers.js';
import { handlebars } from '../render/handlebars.js';
import { oddPhraseFiles, readFolder } from '../render/phrase-files.js';
import { PHRASE_OPTIONS } from '../render/templates.js';

/**
 * The phrase files a repository or a plan folder adds over the built-in ones: each must replace
 * a phrase the code prints (a misspelt name would be ignored in silence) and must compile. Found
 * by `plan check`, with the file and line, before `plan build` would stop on them.
 */
export function checkTemplates(planDir: string, cwd: string): Diagnostic[] {
  const [builtIn, ...overrides] = templateLayers(planDir);
  const known = new Set(readFolder(join(builtIn!, 'phrases')).map(([name]) => name));
  const found: Diagnostic[] = [];
  for (const dir of overrides) {
    const folder = join(dir, 'phrases');
    if (!existsSync(folder)) continue;
    for (const odd of oddPhraseFiles(folder)) found.push(at(relative(cwd, join(folder, odd)) || odd, 'template-syntax', 'error', 1, 1, { name: odd.slice(0, -'.hbs'.length) }, 'template-syntax.not-file'));
    for (const [name, source] of readFolder(folder)) {
      const file = relative(cwd, join(folder, `${name}.hbs`)) || `${name}.hbs`;
      if (!known.has(name)) {
        found.push(at(file, 'template-unknown', 'warning', 1, 1, { name, known: [...known].join(', ') }));
        continue;
      }
      // A partial must be another phrase: an unknown one stops the build, the phrase itself never ends.
      const partial = [...source.matchAll(/\{\{~?>\s*([\w-]+)/g)].find((m) => m[1] === name || !known.has(m[1]!));
      if (partial) {
        const line = source.slice(0, partial.index).split('\n').length;
        found.push(at(file, 'template-syntax', 'error', line, partial.index! - source.lastIndexOf('\n', partial.index! - 1), { name, partial: partial[1]! }, partial[1] === name ? 'template-syntax.self' : 'template-syntax.partial'));
        continue;
      }
      try {
        // Loaded only when a repository has phrases of its own: `plan check` otherwise never pays for Handlebars.
        handlebars().precompile(source.trimEnd(), PHRASE_OPTIONS);
      } catch (error) {
        const e = error as { message?: string; lineNumber?: number; column?: number };
        const message = String(e.message ?? error).split('\n')[0]!;
        const line = e.lineNumber ?? Number(/line (\d+)/.exec(message)?.[1] ?? 1);
        found.push(at(file, 'template-syntax', 'error', line, (e.column ?? 0) + 1, { name, error: message }));
      }
    }
  }
  return found;
}

function at(file: string, code: string, severity: Diagnostic['severity'], line: number, column: number, args: Record<string, string>, messageId = code): Diagnostic {
  return { code, severity, messageId, args, file, path: [], start: { line, column }, end: { line, column } };
}
