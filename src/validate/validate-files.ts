import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { unlocated, type Diagnostic, type PathSegment } from '../diagnostics.js';
import { SCHEMA_KINDS, type SourceKind, type SourceFile } from '../load/source-file.js';
import { createAjv, readSchemas, schemaHash, schemaId } from './schemas.js';
import { wellShapedData } from './well-shaped.js';
import { pushAll } from '../push-all.js';

let validators: Map<SourceKind, ValidateFunction> | undefined;

/**
 * The validators, once per process: those precompiled by build-validators.ts when they were made
 * from the schemas as they are now, else compiled here (running from src/, or after a schema edit).
 */
function getValidators(): Map<SourceKind, ValidateFunction> {
  if (validators) return validators;
  const schemas = readSchemas();
  const precompiled = loadPrecompiled();
  if (precompiled && precompiled['schemaHash'] === schemaHash(schemas)) {
    validators = new Map(SCHEMA_KINDS.map((kind) => [kind, precompiled[kind] as ValidateFunction]));
  } else {
    const ajv = createAjv(schemas);
    validators = new Map(SCHEMA_KINDS.map((kind) => [kind, ajv.getSchema(schemaId(kind))!]));
  }
  return validators;
}

function loadPrecompiled(): Record<string, unknown> | undefined {
  const path = fileURLToPath(new URL('./validators.cjs', import.meta.url));
  return existsSync(path) ? (createRequire(import.meta.url)(path) as Record<string, unknown>) : undefined;
}

/** Validates each parsed file against its schema; files with syntax errors are skipped. */
export function validateFiles(sources: readonly SourceFile[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const source of sources) {
    if (source.data === undefined) continue;
    const validate = getValidators().get(source.kind)!;
    if (validate(source.data)) continue;
    pushAll(
      diagnostics,
      withoutTextKeyEchoes(collapse(validate.errors ?? [], source.data)).map((e) => toDiagnostic(source.file, e, source.data)),
    );
  }
  return diagnostics;
}

/**
 * The sources as far as they passed their schemas: a file that passed as it is, one that did not
 * without the fields that failed (wellShapedData), and none of a file that cannot pass either way.
 */
export function wellShapedSources(sources: readonly SourceFile[]): SourceFile[] {
  return sources.flatMap((source) => {
    if (source.data === undefined) return [];
    const validate = getValidators().get(source.kind)!;
    if (validate(source.data)) return [source];
    const data = wellShapedData(source.data, validate);
    return data === undefined ? [] : [{ ...source, data }];
  });
}

/** Keywords that judge a text (or a number): the others judge a mapping or a list. */
const STRING_KEYWORDS = new Set(['enum', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'format']);

/**
 * A value of the wrong type also fails every keyword of the other type (`minLength` on an object,
 * say); keep only the most telling error at each path so a clerk reads one message per mistake.
 */
function collapse(errors: readonly ErrorObject[], data: unknown): ErrorObject[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    const key = error.instancePath + (error.keyword === 'additionalProperties' ? `/${String(error.params['additionalProperty'])}` : '');
    const list = byPath.get(key);
    if (list) list.push(error);
    else byPath.set(key, [error]);
  }
  return [...byPath.values()].flatMap((group) => {
    // An outline block of no kind or of two: one message naming the kinds, not the branches' failures.
    const oneOf = group.find((e) => e.keyword === 'oneOf');
    if (oneOf) return [oneOf, ...group.filter((e) => !['type', 'required', 'oneOf', 'minLength'].includes(e.keyword))];
    const typeErrors = group.filter((e) => e.keyword === 'type');
    const anyOf = group.find((e) => e.keyword === 'anyOf');
    // A value of a type one branch of an anyOf takes (a list for `lead`, a mapping for a time in
    // words) failed that branch on something else (an empty list, a missing `words`): say that.
    if (anyOf) {
      // The branch for the value's own type: a text's keywords for a text, a mapping's for a mapping.
      const value = valueAt(data, parsePointer(anyOf.instancePath));
      const textual = typeof value === 'string' || typeof value === 'number';
      const branch = group.filter((e) => !['type', 'anyOf', 'if'].includes(e.keyword) && STRING_KEYWORDS.has(e.keyword) === textual);
      if (branch.length > 0) return branch;
    }
    if (typeErrors.length === 0) return group;
    // A field that takes a text or a list (`lead`, an issuer's lines) fails each branch of its
    // anyOf on type: one message names every type it takes.
    const types = [...new Set(typeErrors.flatMap((e) => String(e.params['type']).split(',')))];
    return [{ ...typeErrors[0]!, params: { type: types.join(',') }, parentSchema: anyOf?.parentSchema ?? typeErrors[0]!.parentSchema }];
  });
}

/**
 * A key with a space in it is a sentence, not a field: "- Phân tích, cụ thể: các bước" is read by
 * YAML as the field "Phân tích, cụ thể". Its object then also lacks the fields it needs; only the
 * sentence is reported (as schema.text-as-key), since quoting it mends both.
 */
function withoutTextKeyEchoes(errors: readonly ErrorObject[]): ErrorObject[] {
  const sentences = new Set(errors.filter(isTextAsKey).map((e) => e.instancePath));
  return errors.filter((e) => isTextAsKey(e) || !sentences.has(e.instancePath));
}

function isTextAsKey(error: ErrorObject): boolean {
  return error.keyword === 'additionalProperties' && /\s/.test(String(error.params['additionalProperty']));
}

function toDiagnostic(file: string, error: ErrorObject, data: unknown): Diagnostic {
  const path = parsePointer(error.instancePath);
  const schema = (error.parentSchema ?? {}) as { title?: string; description?: string };
  // "opening", item 2 reads better to a clerk than opening/1: name the nearest key, and the item 1-based.
  const last = path[path.length - 1];
  const field = String([...path].reverse().find((s) => typeof s === 'string') ?? '');
  const args: Record<string, string | number> = { field, title: schema.title ?? field, hint: schema.description ?? '' };
  if (typeof last === 'number') args['index'] = last + 1;
  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params['missingProperty']);
      const properties = (error.parentSchema as { properties?: Record<string, { title?: string }> }).properties;
      args['field'] = missing;
      args['title'] = properties?.[missing]?.title ?? missing;
      return unlocated('schema', 'error', { file, path }, 'schema.required', args);
    }
    case 'additionalProperties':
      args['field'] = String(error.params['additionalProperty']);
      args['target'] = 'key';
      return unlocated('schema', 'error', { file, path: [...path, args['field']] }, isTextAsKey(error) ? 'schema.text-as-key' : 'schema.additionalProperties', args);
    case 'type':
      args['expected'] = String(error.params['type']);
      // What was written instead: a number, a list, or a mapping (a sentence with ": " in it).
      args['actual'] = typeOfValue(valueAt(data, path));
      break;
    case 'oneOf':
      // An outline block with no kind, or with two ("heading" and "items"): say which keys make one.
      return unlocated('schema', 'error', { file, path }, 'schema.oneOf', args);
    case 'enum':
      args['allowed'] = (error.params['allowedValues'] as unknown[]).join(', ');
      break;
    case 'pattern': {
      args['pattern'] = String(error.params['pattern']);
      args['form'] = String(error.params['pattern']);
      // Offered only where it is what the field takes: "12/2023" in `number` is no date.
      const fix = isoDates(valueAt(data, path)).find((candidate) => new RegExp(String(error.params['pattern']), 'u').test(candidate));
      if (fix) args['fix'] = fix;
      break;
    }
    case 'minimum':
    case 'maximum':
    case 'minItems':
    case 'minLength':
      args['limit'] = Number(error.params['limit']);
      break;
    default:
      args['detail'] = error.message ?? error.keyword;
      return unlocated('schema', 'error', { file, path }, 'schema.other', args);
  }
  return unlocated('schema', 'error', { file, path }, `schema.${error.keyword}`, args);
}

/**
 * A date written the Vietnamese way, in the plan's forms: "30/6/2023" as "2023-06-30" or, for a
 * field of months, "2023-06"; "6/2023" as "2023-06". None for anything else.
 */
function isoDates(value: unknown): string[] {
  const text = String(value ?? '').trim();
  const pad = (n: string) => n.padStart(2, '0');
  const full = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (full) return [`${full[3]}-${pad(full[2]!)}-${pad(full[1]!)}`, `${full[3]}-${pad(full[2]!)}`];
  const month = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  return month ? [`${month[2]}-${pad(month[1]!)}`] : [];
}

function typeOfValue(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value === 'number' ? 'number' : typeof value;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  return path.reduce<unknown>((node, segment) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[segment] : undefined), data);
}

/** JSON Pointer (RFC 6901) to path segments; all-digit segments are sequence indexes. */
export function parsePointer(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
