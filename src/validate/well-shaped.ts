import type { ErrorObject, ValidateFunction } from 'ajv';
import type { PathSegment } from '../diagnostics.js';
import { parsePointer } from './validate-files.js';

/** Rounds of pruning before a file is given up: each round removes at least one key, and the cascade of a missing required field is a few levels deep. */
const MAX_ROUNDS = 64;

/**
 * A file's data with every field that failed its schema taken out, so the rest can still be
 * modelled and checked; undefined when what is left cannot pass (a required field of the file
 * itself failed). Only fields of mappings are removed, never an item of a list, so the numbering
 * of the tasks, steps and appendices that remain is the numbering of the file. A field whose
 * removal leaves its mapping without a required field takes that mapping's own field with it on
 * the next round, up to the file's top. `data` is not changed.
 */
export function wellShapedData(data: unknown, validate: ValidateFunction): unknown {
  const copy = structuredClone(data);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (validate(copy)) return copy;
    const keys = (validate.errors ?? []).map(fieldToRemove);
    if (keys.some((key) => key === undefined)) return undefined;
    // Deepest first: a field inside one removed later in the same round is gone with it anyway.
    for (const key of (keys as PathSegment[][]).sort((a, b) => b.length - a.length)) removeField(copy, key);
  }
  return undefined;
}

/** The mapping field that holds the error: the deepest named step of its path (an unknown field itself). */
function fieldToRemove(error: ErrorObject): PathSegment[] | undefined {
  const path = parsePointer(error.instancePath);
  if (error.keyword === 'additionalProperties') path.push(String(error.params['additionalProperty']));
  for (let end = path.length; end > 0; end--) if (typeof path[end - 1] === 'string') return path.slice(0, end);
  return undefined;
}

function removeField(data: unknown, path: readonly PathSegment[]): void {
  const parent = path.slice(0, -1).reduce<unknown>((node, segment) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[segment] : undefined), data);
  if (parent !== null && typeof parent === 'object' && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[path[path.length - 1] as string];
}
