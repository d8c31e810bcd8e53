import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * A CommonJS dependency loaded on first use, and synchronously (the pipeline is synchronous), so
 * a command that never calls it never reads it. The bundled CLI carries it as bundle/<file>, beside
 * its chunks and so beside this module (scripts/bundle.js), as the installed package has no
 * node_modules; compiled (dist/) or run from src/, it is the package from node_modules.
 */
export function lazyRequire<T>(specifier: string, file: string): () => T {
  let loaded: T | undefined;
  return () => {
    if (loaded === undefined) {
      const bundled = fileURLToPath(new URL(`./${file}`, import.meta.url));
      loaded = createRequire(import.meta.url)(existsSync(bundled) ? bundled : specifier) as T;
    }
    return loaded;
  };
}
