import { writeFileSync } from 'node:fs';
import standalone from 'ajv/dist/standalone/index.js';
import { SCHEMA_KINDS } from '../load/source-file.js';
import { appendInPlace } from './append-in-place.js';
import { createAjv, readSchemas, schemaHash, schemaId } from './schemas.js';

/**
 * Run after `tsc` (npm's prepare): writes dist/validate/validators.cjs, the schemas compiled to
 * code by Ajv, so `plan check` does not compile them at every start (about 0.1 s).
 */
function buildValidators(): void {
  const schemas = readSchemas();
  const ajv = createAjv(schemas, true);
  // A CommonJS module: its default export is the module object, whose `default` is the function.
  const code = appendInPlace(standalone.default(ajv, Object.fromEntries(SCHEMA_KINDS.map((kind) => [kind, schemaId(kind)]))));
  writeFileSync(new URL('./validators.cjs', import.meta.url), `${code}\nmodule.exports.schemaHash = ${JSON.stringify(schemaHash(schemas))};\n`);
}

buildValidators();
