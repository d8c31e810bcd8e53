// Preloaded with `node --import`: records every module URL the process resolves into the file
// named by TRACE_IMPORTS, so a test can see what a command loads.
import { register } from 'node:module';

register('./trace-imports-hooks.mjs', import.meta.url, { data: { file: process.env.TRACE_IMPORTS } });
