import { unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Makes a packed .docx depend on its content alone. The docx library stamps the clock into
 * docProps/core.xml and zips every entry with the current local time; here both become fixed:
 * the document dates from `date` (the plan's date, or SOURCE_DATE_EPOCH), and every entry's time
 * 1980-01-01 00:00, built from local fields so the zip bytes do not depend on the time zone.
 * `fillDocument` rewrites word/document.xml on the way (the appendix tables, see BulkTables).
 */
export function normaliseDocx(bytes: Uint8Array, date: Date, fillDocument: (xml: string) => string = (xml) => xml): Uint8Array {
  const entries = unzipSync(bytes);
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const files: Zippable = {};
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  // unzipSync keeps the archive's entry order; zipSync writes keys in insertion order.
  for (const [name, data] of Object.entries(entries)) {
    const content = name === 'docProps/core.xml' ? restamp(data, stamp) : name === 'word/document.xml' ? encode(fillDocument(decode(data))) : data;
    files[name] = [content, { mtime, level: 6 }];
  }
  return zipSync(files);
}

const decode = (data: Uint8Array) => new TextDecoder().decode(data);
const encode = (text: string) => new TextEncoder().encode(text);

function restamp(data: Uint8Array, stamp: string): Uint8Array {
  const xml = decode(data);
  const fixed = xml.replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`);
  return encode(fixed);
}

/** The date written into the document: SOURCE_DATE_EPOCH when set, else the plan's own date. */
export function documentDate(plan: { date: { year: number; month: number; day: number | null } }, sourceDateEpoch?: string): Date {
  if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch)) return new Date(Number(sourceDateEpoch) * 1000);
  return new Date(Date.UTC(plan.date.year, plan.date.month - 1, plan.date.day ?? 1));
}
