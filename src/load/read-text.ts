import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import type { Position } from '../diagnostics.js';

/** A plan file's text, or why it is not UTF-8 and where that shows first. */
export type ReadText = { text: string } | { encoding: 'utf-16' | 'not-utf-8'; at: Position } | { unreadable: string };

/**
 * Reads a file as UTF-8, the encoding YAML files are written in. Notepad's "ANSI" (Windows-1258)
 * and "Unicode" (UTF-16) are not: decoding them as UTF-8 would put "V�n ph�ng" in the document,
 * so they are reported, at the first character that is not UTF-8, for the clerk to save again.
 */
export function readText(path: string): ReadText {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    // One file the user may not read (EACCES) is that file's problem, not the end of the check.
    return { unreadable: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  }
  // UTF-16's byte order marks: FF FE (little-endian), FE FF (big-endian).
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { encoding: 'utf-16', at: { line: 1, column: 1 } };
  }
  // A byte order mark is no character of the text: left in, it would shift line 1's columns by one.
  if (isUtf8(bytes)) return { text: bytes.toString('utf8').replace(/^\uFEFF/, '') };
  return { encoding: 'not-utf-8', at: positionOf(bytes, firstInvalidByte(bytes)) };
}

/**
 * The offset of the first byte that is not UTF-8. A prefix decodes (streaming: a character cut at
 * its end is not an error) exactly when it ends before that byte, so it is found by bisection.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = (good + bad) >> 1;
    if (decodes(bytes.subarray(0, middle))) good = middle;
    else bad = middle;
  }
  return good;
}

function decodes(bytes: Uint8Array): boolean {
  try {
    decodeValid(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A fresh decoder each time: a streaming decoder keeps the cut character for its next call. */
function decodeValid(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
}

/** Line and column of a byte offset, counting the characters before it as an editor does. */
function positionOf(bytes: Uint8Array, offset: number): Position {
  const before = decodeValid(bytes.subarray(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
