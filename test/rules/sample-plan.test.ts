import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compile.js';

const SAMPLE = fileURLToPath(new URL('../../plans/ke-hoach-2023/', import.meta.url));

describe('the sample plan (plans/ke-hoach-2023)', () => {
  it('checks clean: no error and no warning from any rule', () => {
    const { plan, diagnostics } = compilePlan(SAMPLE, { cwd: SAMPLE });
    expect(plan).toBeDefined();
    expect(diagnostics.map((d) => `${d.file}:${d.start.line} ${d.code} ${d.messageId}`)).toEqual([]);
  });
});
