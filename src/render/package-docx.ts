import { Zip, ZipDeflate } from 'fflate';
import type { DocxParts } from './docx-parts.js';
import type { BulkXml } from './docx/bulk-xml.js';

/**
 * Text is encoded and deflated in pieces of about this many characters (a few MB of bytes at
 * most): fflate's streaming deflate costs more the smaller the pieces (a 70 MB document.xml took
 * 1.74 s of CPU in pieces of 64 K characters, 1.25 s in pieces of 1 M; measured here).
 */
const CHUNK_CHARS = 1 << 20;

/**
 * Writes the final .docx from docx's parts (docxParts): the same entries in the same order, with
 * - word/document.xml streamed through the zip with the bulk parts in place of their placeholders
 *   (see BulkXml), so the largest part of a big plan is never held whole;
 * - the document dates in docProps/core.xml fixed to `date` (the plan's date, or SOURCE_DATE_EPOCH),
 *   where docx stamps the clock;
 * - every entry's time 1980-01-01 00:00, built from local fields so the bytes do not depend on the
 *   time zone (fflate writes local time).
 * The same plan thus always gives the same bytes.
 */
export function packageDocx(parts: DocxParts, date: Date, bulk: BulkXml): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const [name, data] of parts) {
    const entry = new ZipDeflate(name, { level: 6 });
    entry.mtime = mtime;
    zip.add(entry);
    if (name === 'word/document.xml') pushText(entry, bulk.fill(decode(data)));
    else if (name === 'docProps/core.xml') entry.push(encode(restamp(decode(data), stamp)), true);
    else entry.push(data, true);
  }
  zip.end();
  if (failure) throw failure;
  return concat(chunks);
}

/** Encodes and deflates text pieces in batches, then closes the entry. */
function pushText(entry: ZipDeflate, pieces: Iterable<string>): void {
  let batch: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    batch.push(piece);
    size += piece.length;
    if (size >= CHUNK_CHARS) {
      entry.push(encode(batch.join('')));
      batch = [];
      size = 0;
    }
  }
  entry.push(encode(batch.join('')), true);
}

function restamp(xml: string, stamp: string): string {
  return xml.replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`);
}

/** The date written into the document: SOURCE_DATE_EPOCH when set, else the plan's own date. */
export function documentDate(plan: { date: { year: number; month: number; day: number | null } }, sourceDateEpoch?: string): Date {
  if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch)) return new Date(Number(sourceDateEpoch) * 1000);
  // Not Date.UTC: it reads the years 0-99 as 1900-1999 ("0000-01" was stamped 1900).
  const date = new Date(0);
  date.setUTCFullYear(plan.date.year, plan.date.month - 1, plan.date.day ?? 1);
  return date;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();
const decode = (data: Uint8Array) => decoder.decode(data);
const encode = (text: string) => encoder.encode(text);

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
