// Preloaded into each measured process (`node --import`): reports its peak resident memory and the
// processor time it used (user and system, which other processes on the machine do not inflate) on exit.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(2, `\n@@peak-rss-kb ${usage.maxRSS}\n@@cpu-us ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
