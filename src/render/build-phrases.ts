import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATE_DIR } from '../paths.js';
import { handlebars } from './handlebars.js';
import { readFolder } from './phrase-files.js';
import { PHRASE_OPTIONS } from './templates.js';

/**
 * Run after `tsc` (npm's prepare): writes dist/render/phrases.cjs, the built-in phrases compiled to
 * code by Handlebars, each with the source it was compiled from, so a build does not compile them
 * at every start (loadTemplates uses one only while its file still reads the same).
 */
function buildPhrases(): void {
  const entries = readFolder(join(TEMPLATE_DIR, 'phrases')).map(([name, source]) => {
    const text = source.trimEnd();
    return `  ${JSON.stringify(name)}: { source: ${JSON.stringify(text)}, spec: ${handlebars().precompile(text, PHRASE_OPTIONS)} },`;
  });
  writeFileSync(new URL('./phrases.cjs', import.meta.url), `module.exports = {\n${entries.join('\n')}\n};\n`);
}

buildPhrases();
