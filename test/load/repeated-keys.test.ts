import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/load/parse-file.js';
import { formatMessage } from '../../src/messages/format-message.js';

const found = (text: string) => parseFile('plan', 'plan.yaml', text).diagnostics.map((d) => `${d.start.line}:${d.start.column} ${d.messageId}`);

describe('a key written twice in one mapping', () => {
  it('is said at the second, in block and flow mappings, at any depth, in the order of the text', () => {
    const text = 'a: 1\nb:\n  c: 1\n  c: 2\nd: {x: 1, x: 2}\na: 3\n"a": 4\n';
    expect(found(text)).toEqual(['4:3 yaml.DUPLICATE_KEY', '5:11 yaml.DUPLICATE_KEY', '6:1 yaml.DUPLICATE_KEY', '7:1 yaml.DUPLICATE_KEY']);
    const first = parseFile('plan', 'plan.yaml', text).diagnostics[0]!;
    expect(formatMessage(first, 'vi')).toContain('Khóa bị lặp lại trong cùng một mục');
  });

  it('is not said of the same key in two mappings, nor of keys that differ', () => {
    expect(found('a:\n  x: 1\nb:\n  x: 1\nlist:\n  - {k: 1}\n  - {k: 2}\n')).toEqual([]);
  });
});
