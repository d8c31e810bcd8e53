// Run by `npm run build:ts` after tsc: bundles the compiled CLI (dist/) and every dependency into
// bundle/, which bin/plan.js runs when it is there. A cold start then reads a few files instead of
// hundreds of modules, and the installed package needs no dependencies (docx's nanoid 6 would warn
// on Node 20). Code splitting keeps the lazy loading: the chunks that only `plan build`, `plan
// report` or `plan lsp` import (docx, markdown-it, the language server) are never read by `plan check`.
// Every file lies directly in bundle/, one folder below the package root, as dist/cli/... code
// finds the package root (schemas/, templates/) at '../' of its own URL (src/paths.ts).
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bundle');
const common = { bundle: true, platform: 'node', target: 'node20', absWorkingDir: ROOT, logLevel: 'warning', legalComments: 'eof' };

rmSync(OUT, { recursive: true, force: true });

const { metafile } = await build({
  ...common,
  entryPoints: { plan: 'dist/cli/bin.js' },
  outdir: OUT,
  format: 'esm',
  splitting: true,
  chunkNames: 'chunk-[hash]',
  metafile: true,
  // The CommonJS dependencies (commander, yaml, ajv, ...) call require() for Node's own modules.
  banner: { js: "import { createRequire as __planCreateRequire } from 'node:module'; const require = __planCreateRequire(import.meta.url);" },
});
// Which sources each output file holds: test/cli/startup.test.ts maps the files a run loads back to them. Not packed.
writeFileSync(join(OUT, 'meta.json'), JSON.stringify(metafile));

// Loaded with require() beside the chunks, by src/validate/validate-files.ts (bundled with the parts
// of Ajv it requires) and src/render/templates.ts (the built-in phrases compiled, which need nothing else).
copyFileSync(join(ROOT, 'dist/render/phrases.cjs'), join(OUT, 'phrases.cjs'));
await build({ ...common, entryPoints: ['dist/validate/validators.cjs'], outfile: join(OUT, 'validators.cjs'), format: 'cjs' });
// src/lazy-require.ts loads these on first use: Handlebars (phrases), Ajv (schemas changed since the build).
for (const name of ['handlebars', 'ajv']) {
  await build({
    ...common,
    stdin: { contents: `module.exports = require('${name}');`, resolveDir: ROOT, sourcefile: `${name}-entry.cjs` },
    outfile: join(OUT, `${name}.cjs`),
    format: 'cjs',
  });
}
