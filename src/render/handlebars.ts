import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

let loaded: typeof import('handlebars') | undefined;

/**
 * Handlebars, loaded on first use and synchronously: `plan check` compiles a repository's own
 * phrases inside the synchronous compilePlan, and otherwise never pays for it. The bundled CLI
 * carries it as bundle/handlebars.cjs beside its chunks (scripts/bundle.js), as the installed
 * package has no node_modules; compiled or run from src/, it is the package from node_modules.
 */
export function handlebars(): typeof import('handlebars') {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const bundled = fileURLToPath(new URL('./handlebars.cjs', import.meta.url));
  loaded = require(existsSync(bundled) ? bundled : 'handlebars') as typeof import('handlebars');
  return loaded;
}
