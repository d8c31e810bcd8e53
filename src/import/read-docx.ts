import { ImportFailure } from './import-failure.js';
import type { SourceBlock } from './source-lines.js';

/** A .docx's paragraphs and tables (stage 2). */
export function readDocxSource(_bytes: Uint8Array, shown: string): SourceBlock[] {
  throw new ImportFailure('import.not-docx', { file: shown });
}
