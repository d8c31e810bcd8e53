// Preloaded with `node --import`: records every module URL the process resolves into the file
// named by TRACE_IMPORTS, so a test can see what a command loads; and, as it exits, every file
// loaded with require() (which the resolve hook does not see), as a file: URL.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

register('./trace-imports-hooks.mjs', import.meta.url, { data: { file: process.env.TRACE_IMPORTS } });

const cache = createRequire(import.meta.url).cache;
process.on('exit', () => {
  const required = Object.keys(cache).filter((path) => path.startsWith('/'));
  if (process.env.TRACE_IMPORTS && required.length > 0) appendFileSync(process.env.TRACE_IMPORTS, required.map((path) => `${pathToFileURL(path).href}\n`).join(''));
});
