#!/usr/bin/env node
import { existsSync } from 'node:fs';

// The bundled CLI (bundle/, scripts/bundle.js) when it was built, as in the installed package; else the compiled one.
const bundled = new URL('../bundle/plan.js', import.meta.url);
await import(existsSync(bundled) ? bundled.href : '../dist/cli/bin.js');
