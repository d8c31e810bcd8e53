import { join } from 'node:path';
import type { PendingFile } from '../render/write-output.js';
import type { LocatedTodo } from './findings.js';
import { ImportFailure } from './import-failure.js';
import { looksLikePlan, mapPlan, type MappedPlan } from './map-plan.js';
import { unreadOf } from './read-docx.js';
import type { SourceBlock } from './source-lines.js';
import { writeYaml } from './write-yaml.js';

/** What an import gives: the files to write into the plan folder, the TODOs with their lines, the counts. */
export interface ImportResult {
  files: PendingFile[];
  todos: LocatedTodo[];
  counts: MappedPlan['counts'];
}

/** A source's blocks as the files of a plan folder `dir`; refuses a source that is empty or no plan. */
export function importPlan(blocks: readonly SourceBlock[], dir: string, shown: string, sourceName: string): ImportResult {
  if (blocks.length === 0 || blocks.every((b) => b.kind === 'p' && b.text === '')) throw new ImportFailure('import.empty', { file: shown });
  if (!looksLikePlan(blocks)) throw new ImportFailure('import.not-a-plan', { file: shown });
  const mapped = mapPlan(blocks, sourceName);
  // What a .docx holds that a plan has no field for (an image, a footnote): said at the outline, by paragraph.
  for (const { n, parts } of unreadOf(blocks)) mapped.todos.push({ file: 'plan.yaml', path: ['outline'], reason: `Đoạn ${n} của văn bản nguồn có ${parts.join(', ')}: không nhập được, hãy xem lại bản gốc.`, n });
  const files: PendingFile[] = [];
  const todos: LocatedTodo[] = [];
  for (const file of mapped.files) {
    const { text, located } = writeYaml(file, mapped.todos);
    files.push({ path: join(dir, file.name), bytes: new TextEncoder().encode(text) });
    todos.push(...located);
  }
  return { files, todos, counts: mapped.counts };
}
