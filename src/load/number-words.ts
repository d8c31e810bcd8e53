import { isPair, isScalar, visit, type Document } from 'yaml';

/** A plain value YAML read as a number other than the one typed: where, what was typed, and what YAML made of it. */
export interface NumberWords {
  range: [number, number];
  typed: string;
  read: string;
}

/** Keys under which a number is printed: table rows and their lines, tasks' own fields, the Số of the plan. */
const PRINTED = new Set(['rows', 'lines', 'fields', 'number']);

/**
 * Plain values that YAML reads as a number printed otherwise than typed: "0912345678" (a phone
 * number) loses its 0, "1.250" (a Vietnamese thousand) is 1,25, "1.10" is 1,1, "0o17" is 15,
 * ".inf" and ".nan" are no numbers at all. Only where the number is printed (table cells, a task's
 * own fields, the plan's number): a margin written 1.0 loses nothing. The clerk is told, with the
 * quoted form that keeps what was typed.
 */
export function findNumberWords(doc: Document.Parsed): NumberWords[] {
  const found: NumberWords[] = [];
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key' || !node.range || node.type !== 'PLAIN' || typeof node.value !== 'number') return;
      const printed = path.some((ancestor) => isPair(ancestor) && isScalar(ancestor.key) && PRINTED.has(String(ancestor.key.value)));
      const typed = node.source ?? '';
      const read = String(node.value);
      if (printed && typed !== read) found.push({ range: [node.range[0], node.range[1]], typed, read });
    },
  });
  return found;
}
