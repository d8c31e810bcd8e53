import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { FORMS } from '../../src/messages/forms.js';
import { createAjv, readSchemas } from '../../src/validate/schemas.js';
import { MINI_PLAN } from '../support/mini-plan.js';
import { compileMini } from '../support/rule-harness.js';

type Schema = Record<string, unknown>;

const SCHEMA_DIR = join(import.meta.dirname, '../../schemas');
const SCHEMAS: Record<string, Schema> = Object.fromEntries(readdirSync(SCHEMA_DIR).map((name) => [name, JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8')) as Schema]));

/** Every subschema of every schema file, with where it is and whether it is a condition (`if`), which names no field. */
function eachNode(visit: (node: Schema, at: string, file: string, inCondition: boolean) => void): void {
  const walk = (node: unknown, at: string, file: string, inCondition: boolean): void => {
    if (Array.isArray(node)) return node.forEach((child, i) => walk(child, `${at}/${i}`, file, inCondition));
    if (node === null || typeof node !== 'object') return;
    visit(node as Schema, at, file, inCondition);
    for (const [key, child] of Object.entries(node)) walk(child, `${at}/${key}`, file, inCondition || key === 'if');
  };
  for (const [file, schema] of Object.entries(SCHEMAS)) walk(schema, '', file, false);
}

/** A `$ref` followed, within a file or to another, as the editor follows it. */
function resolveRef(ref: string, file: string): { node: Schema; file: string } {
  const [target, pointer = ''] = ref.split('#');
  const inFile = target || file;
  let node: unknown = SCHEMAS[inFile];
  for (const part of pointer.split('/').filter(Boolean)) node = (node as Schema)[part];
  return { node: node as Schema, file: inFile };
}

const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
const markdown = (text: string) => text.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
const lowerFirst = (text: string) => text[0]!.toLowerCase() + text.slice(1);

describe('the schemas speak to the editor in words, in Vietnamese', () => {
  it('every pattern has a patternErrorMessage in the words plan check uses for it, and no regular expression', () => {
    let patterns = 0;
    eachNode((node, at, file) => {
      if (typeof node['pattern'] !== 'string') return;
      patterns++;
      const form = FORMS[node['pattern']];
      expect(form, `${file}${at}: FORMS has no words for ${node['pattern']}`).toBeDefined();
      expect(node['patternErrorMessage'], `${file}${at}`).toBe(`Viết chưa đúng dạng: cần ${form!.vi}.`);
      expect(node['patternErrorMessage']).toMatch(VIETNAMESE);
      expect(node['patternErrorMessage']).not.toMatch(/\^|\[0-9\]|\$$/);
    });
    expect(patterns).toBe(8);
  });

  it('every enum has an errorMessage as plan check words it, and a Vietnamese description of each value', () => {
    let enums = 0;
    eachNode((node, at, file) => {
      if (!Array.isArray(node['enum'])) return;
      enums++;
      expect(node['errorMessage'], `${file}${at}`).toBe(`Chỉ nhận một trong các giá trị: ${node['enum'].join(', ')}`);
      const descriptions = node['enumDescriptions'] as string[];
      expect(descriptions, `${file}${at}`).toHaveLength(node['enum'].length);
      for (const description of descriptions) expect(description, `${file}${at}`).toMatch(VIETNAMESE);
    });
    expect(enums).toBe(20);
  });

  it('every property has a markdownDescription: its title in bold, then what it takes (its own description, or that of its $ref)', () => {
    let properties = 0;
    eachNode((node, at, file, inCondition) => {
      if (inCondition || node['properties'] === undefined) return;
      for (const [key, property] of Object.entries(node['properties'] as Record<string, Schema>)) {
        properties++;
        const where = `${file}${at}/properties/${key}`;
        const text = property['markdownDescription'];
        expect(typeof text, where).toBe('string');
        expect(text as string, where).toMatch(VIETNAMESE);
        expect((text as string).startsWith(`**${markdown(String(property['title']))}**`), where).toBe(true);
        let described: Schema = property;
        let from = file;
        while (described['description'] === undefined && typeof described['$ref'] === 'string') ({ node: described, file: from } = resolveRef(described['$ref'], from));
        if (typeof described['description'] === 'string') expect(text, where).toBe(`**${markdown(String(property['title']))}**\n\n${markdown(described['description'])}`);
      }
    });
    expect(properties).toBeGreaterThan(140);
  });
});

/**
 * What yaml-language-server says of a text that fails its schema (its jsonParser: a pattern's
 * `patternErrorMessage`, else `errorMessage`, else its English default with the regular
 * expression; an enum's `errorMessage`, else its English default), for a field of a file's top
 * level or of an item of a list.
 */
function editorMessage(file: string, path: readonly (string | number)[], value: string): string | undefined {
  let at = { node: SCHEMAS[file]!, file };
  for (const segment of path) {
    while (typeof at.node['$ref'] === 'string') at = resolveRef(at.node['$ref'], at.file);
    const next = typeof segment === 'number' ? (at.node['items'] as Schema) : (at.node['properties'] as Record<string, Schema>)[segment]!;
    at = { node: next, file: at.file };
  }
  // The property's own keywords win over those of its $ref, as the editor merges them.
  let merged: Schema = { ...at.node };
  for (let ref = merged['$ref']; typeof ref === 'string'; ) {
    const target = resolveRef(ref, at.file);
    merged = { ...target.node, ...merged, $ref: target.node['$ref'] };
    ref = target.node['$ref'];
  }
  if (typeof merged['pattern'] === 'string' && !new RegExp(merged['pattern'], 'u').test(value)) {
    return String(merged['patternErrorMessage'] ?? merged['errorMessage'] ?? `String does not match the pattern of "${merged['pattern']}".`);
  }
  if (Array.isArray(merged['enum']) && !merged['enum'].includes(value)) return String(merged['errorMessage'] ?? 'Value is not accepted.');
  return undefined;
}

describe('the editor and plan check say the same of the same mistake', () => {
  it('a bad date: the editor shows the Vietnamese patternErrorMessage, and plan check says the same words', () => {
    const message = editorMessage('plan.schema.json', ['date'], '2023/06');
    expect(message).toBe('Viết chưa đúng dạng: cần năm-tháng (2023-06) hoặc năm-tháng-ngày (2023-06-30).');
    const found = compileMini({ plan: MINI_PLAN.plan.replace('date: 2023-01', 'date: 2023/06') }).diagnostics.filter((d) => d.code === 'schema');
    expect(found).toHaveLength(1);
    // Plan check names the field, then says the same words.
    expect(formatMessage(found[0]!, 'vi')).toMatch(/^"date" \([^)]+\) /);
    expect(formatMessage(found[0]!, 'vi').endsWith(` ${lowerFirst(message!)}`)).toBe(true);
  });

  it('a value outside an enum: the errorMessage is plan check\'s words', () => {
    const appendices = 'appendices:\n  - id: a\n    kind: bang\n    title: Danh mục\n';
    const message = editorMessage('appendices.schema.json', ['appendices', 0, 'kind'], 'bang');
    expect(message).toBe('Chỉ nhận một trong các giá trị: tasks, steps, timeline, table');
    const found = compileMini({ appendices } as Parameters<typeof compileMini>[0]).diagnostics.filter((d) => d.code === 'schema' && d.path.includes('kind'));
    expect(formatMessage(found[0]!, 'vi')).toMatch(/^"kind" \([^)]+\) /);
    expect(formatMessage(found[0]!, 'vi').endsWith(` ${lowerFirst(message!)}`)).toBe(true);
  });

  it('a progress entry\'s day of completion is told its form in words too', () => {
    const message = editorMessage('progress.schema.json', ['entries', 0, 'done'], '28/6/2023');
    expect(message).toBe('Viết chưa đúng dạng: cần năm-tháng-ngày, ví dụ 2023-06-30.');
  });
});

describe('our own validation', () => {
  it('compiles the schemas with unknown keywords refused, the editor\'s keywords known', () => {
    const schemas = readSchemas();
    const ajv = createAjv(schemas);
    for (const kind of ['plan', 'units', 'tasks', 'appendices', 'progress']) expect(ajv.getSchema(`${kind}.schema.json`)).toBeTypeOf('function');
    // A keyword no one knows (a typo) still stops it.
    const typo = new Map(schemas).set('units', schemas.get('units')!.replace('"title"', '"patern": "x", "title"'));
    expect(() => createAjv(typo).getSchema('units.schema.json')).toThrow(/unknown keyword: "patern"/);
  });
});
