import { isUtf8 } from 'node:buffer';
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
  return readTextSource(textOf(bytes, shown), ext === '.md', onProgress);
}

/**
 * A text file's characters: UTF-8, or UTF-16 with its byte order mark (Notepad's "Unicode"). Any
 * other encoding (Windows-1258, TCVN3) would come out as "V�n ph�ng" in every line, so it is
 * refused with how to save it again, not guessed.
 */
function textOf(bytes: Buffer, shown: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (!isUtf8(bytes)) throw new ImportFailure('import.not-utf-8', { file: shown });
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}
