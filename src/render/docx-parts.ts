import { unzipSync } from 'fflate';
import { Packer, type Document } from 'docx';

/** A document's parts by path, in the order docx's Packer zips them. */
export type DocxParts = Map<string, Uint8Array>;

/** What docx's Packer compiles a document into before zipping it; a private static in docx 9. */
interface DocxCompiler {
  compile(document: Document, prettify: undefined, overrides: readonly never[]): Map<string, string | Uint8Array | ArrayBuffer | ArrayBufferView>;
}

/**
 * The parts of a document, unzipped: packageDocx zips every part itself (streaming the bulk XML in),
 * so zipping them in Packer.toBuffer only to unzip them again cost a deflate and an inflate of every
 * part, about a fifth of a cold build of the sample. The compiler is not public API: when a docx
 * version has none of that shape, the parts come from Packer.toBuffer's zip as before (the same
 * parts, test/build/docx-parts.test.ts).
 */
export async function docxParts(document: Document): Promise<DocxParts> {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  if (typeof compiler?.compile !== 'function') return zippedDocxParts(document);
  const parts: DocxParts = new Map();
  for (const [path, data] of compiler.compile(document, undefined, [])) parts.set(path, bytesOf(data));
  return parts;
}

/** The parts as Packer.toBuffer zips them (unzipSync keeps the archive's entry order). */
export async function zippedDocxParts(document: Document): Promise<DocxParts> {
  return new Map(Object.entries(unzipSync(new Uint8Array(await Packer.toBuffer(document)))));
}

const encoder = new TextEncoder();

function bytesOf(data: string | Uint8Array | ArrayBuffer | ArrayBufferView): Uint8Array {
  if (typeof data === 'string') return encoder.encode(data);
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}
