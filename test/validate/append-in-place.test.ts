import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { ValidateFunction } from 'ajv';
import { appendInPlace } from '../../src/validate/append-in-place.js';
import { createAjv, readSchemas, schemaId } from '../../src/validate/schemas.js';

const BUILT = new URL('../../dist/validate/validators.cjs', import.meta.url);

/** A tasks file of many tasks, each with fields the schema refuses: every task's errors are gathered into the file's. */
const badTasks = {
  groups: [{ id: 'g', title: 'Nhóm', tasks: Array.from({ length: 300 }, (_, i) => ({ id: `t${i}`, content: 'Việc.', lead: 'van-phong', deadline: i % 2 ? 'sai' : '2023-06', x: 1, y: [2] })) }],
};

describe("the precompiled validators gather errors in place (Ajv's copying took 14 s for 10,000 wrong tasks)", () => {
  it('have no copying left, and give the same errors, in the same order, as the schemas compiled at run time', () => {
    expect(existsSync(BUILT), 'npm run build:ts writes dist/validate/validators.cjs').toBe(true);
    const built = createRequire(import.meta.url)(BUILT.pathname) as Record<string, ValidateFunction>;
    const code = createRequire(import.meta.url)('node:fs').readFileSync(BUILT, 'utf8') as string;
    expect(code).not.toMatch(/vErrors\.concat\(/);
    const runtime = createAjv(readSchemas()).getSchema(schemaId('tasks'))!;
    expect(built['tasks']!(badTasks)).toBe(false);
    expect(runtime(badTasks)).toBe(false);
    const summary = (errors: ValidateFunction['errors']) => (errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`);
    expect(summary(built['tasks']!.errors).length).toBeGreaterThanOrEqual(600);
    expect(summary(built['tasks']!.errors)).toEqual(summary(runtime.errors));
  });

  it('stops the build when Ajv writes its code otherwise, rather than lose the fix in silence', () => {
    expect(() => appendInPlace('function validate(data) { return true; }')).toThrow(/appendInPlace/);
    expect(appendInPlace('vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);')).toMatch(/^vErrors = appendErrors\(vErrors, validate9\.errors\);/);
  });
});
