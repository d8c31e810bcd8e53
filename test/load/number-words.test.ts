import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { compileMini } from '../support/rule-harness.js';

const appendices = (cells: string) => `appendices:
  - id: bang
    kind: table
    title: Bảng
    table:
      columns:
        - { field: ten, header: Tên }
        - { field: so, header: Số điện thoại }
      rows:
        - { ten: A, so: ${cells} }
`;

/** The numbers YAML read otherwise than typed, as `typed -> read`. */
function numbers(cell: string): string[] {
  return compileMini({ appendices: appendices(cell) })
    .diagnostics.filter((d) => d.messageId === 'yaml-number-as-typed')
    .map((d) => `${d.args['typed']} -> ${d.args['read']} at ${d.start.line}:${d.start.column}`);
}

describe('a number in a table printed otherwise than typed is said (YAML read it as a number)', () => {
  it.each([
    ['0912345678', '0912345678 -> 912345678 at 10:25'],
    ['1.250', '1.250 -> 1.25 at 10:25'],
    ['1.10', '1.10 -> 1.1 at 10:25'],
    ['0o17', '0o17 -> 15 at 10:25'],
    ['.inf', '.inf -> Infinity at 10:25'],
    ['1e21', '1e21 -> 1e+21 at 10:25'],
  ])('%s', (cell, said) => {
    expect(numbers(cell)).toEqual([said]);
  });

  it('is quiet for numbers printed as typed, and for quoted text', () => {
    for (const cell of ['15', '1250.5', '-3', '"0912345678"', '"1.250"']) expect(numbers(cell), cell).toEqual([]);
  });

  it('says it in words, with the quoted form to write', () => {
    const found = compileMini({ appendices: appendices('0912345678') }).diagnostics.find((d) => d.messageId === 'yaml-number-as-typed')!;
    expect(found.severity).toBe('warning');
    expect(formatMessage(found, 'vi')).toContain('đặt trong ngoặc kép: "0912345678"');
    expect(formatMessage(found, 'en')).toContain('quote it: "0912345678"');
  });

  it('leaves a layout number alone (1.0 loses nothing there)', () => {
    const plan = compileMini({}).diagnostics;
    expect(plan.filter((d) => d.messageId === 'yaml-number-as-typed')).toEqual([]);
  });
});
