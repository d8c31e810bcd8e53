import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { ImportFailure } from './import-failure.js';
import { readDocxSource } from './read-docx.js';
import { readTextSource } from './read-text.js';
import type { SourceBlock } from './source-lines.js';

/** The paragraphs and tables of a .docx, .txt or .md file, by its extension. */
/** `onProgress` hears how far the reading is, every few hundred paragraphs. */
export function readSource(path: string, shown: string, onProgress?: (done: number, total: number) => void): SourceBlock[] {
  const ext = extname(path).toLowerCase();
  if (ext !== '.docx' && ext !== '.txt' && ext !== '.md') throw new ImportFailure('import.unknown-kind', { file: shown });
  const bytes = readFileSync(path);
  if (ext === '.docx') return readDocxSource(bytes, shown, onProgress);
  return readTextSource(new TextDecoder('utf-8').decode(bytes), ext === '.md', onProgress);
}
