// The CLI on this process's arguments and streams: what bin/plan.js runs, compiled (dist/cli/bin.js)
// or bundled (bundle/plan.js, scripts/bundle.js).
import { processIo } from './io.js';
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), processIo());
