import { createHash } from 'node:crypto';
import type { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_KINDS } from '../load/source-file.js';
import { lazyRequire } from '../lazy-require.js';
import { SCHEMA_DIR } from '../paths.js';

/**
 * Ajv, loaded only to compile the schemas: at build time, or at run time when the precompiled
 * validators are missing or older than the schemas (bundle/ajv.cjs in the bundle).
 */
const ajv = lazyRequire<typeof import('ajv')>('ajv', 'ajv.cjs');

/** The schema files, by name, as they are on disk now. */
export function readSchemas(): Map<string, string> {
  return new Map(['common', 'table', ...SCHEMA_KINDS].map((name) => [name, readFileSync(join(SCHEMA_DIR, `${name}.schema.json`), 'utf8')]));
}

/** A fingerprint of the schema texts: precompiled validators are used only while it matches. */
export function schemaHash(schemas: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256');
  for (const [name, text] of schemas) hash.update(`${name}\0${text}\0`);
  return hash.digest('hex');
}

/**
 * Keywords the schemas carry for the editor (yaml-language-server): its messages and hover texts,
 * in Vietnamese. They judge nothing; Ajv is told they exist so that any other unknown keyword (a
 * typo: "patern") still stops the build (strictSchema).
 */
export const EDITOR_KEYWORDS = ['errorMessage', 'patternErrorMessage', 'markdownDescription', 'enumDescriptions'] as const;

/** One Ajv with every schema added, set up the same way for precompiling and for compiling at run time. */
export function createAjv(schemas: ReadonlyMap<string, string>, source = false): Ajv {
  const { Ajv } = ajv();
  const compiler = new Ajv({ allErrors: true, verbose: true, strict: false, strictSchema: true, code: { source } });
  compiler.addVocabulary([...EDITOR_KEYWORDS]);
  for (const text of schemas.values()) compiler.addSchema(JSON.parse(text) as object);
  return compiler;
}

/** The schema id of each file kind. */
export function schemaId(kind: string): string {
  return `${kind}.schema.json`;
}
