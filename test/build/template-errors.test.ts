import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_DIR } from '../../src/paths.js';
import { loadTemplates } from '../../src/render/templates.js';
import { freshTempDir } from './build-helpers.js';

/** A copy of the templates with one phrase replaced. */
function templatesWith(name: string, source: string): string {
  const dir = freshTempDir('plan-templates-');
  cpSync(TEMPLATE_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'phrases', `${name}.hbs`), source);
  return dir;
}

describe('a broken phrase names its file (a syntax error named none; {{lookup}} was an internal TypeError)', () => {
  it('reports a syntax error when the templates are loaded, with the file', () => {
    expect(() => loadTemplates(templatesWith('motto', 'Độc lập {{#if}} - Tự do'))).toThrow(/^templates\/phrases\/motto\.hbs: /);
  });

  it('reports a phrase that fails as it prints, with the file', () => {
    const templates = loadTemplates(templatesWith('motto', 'Độc lập {{lookup}}'));
    expect(() => templates.phrase('motto')).toThrow(/^templates\/phrases\/motto\.hbs: /);
  });
});
