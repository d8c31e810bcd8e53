import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

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
 * quoted form that keeps what was typed. A plain walk, not yaml's `visit`: it runs on every file
 * of every check, and a plan of 10,000 tasks has a million nodes.
 */
export function findNumberWords(doc: Document.Parsed): NumberWords[] {
  const found: NumberWords[] = [];
  const walk = (node: unknown, printed: boolean): void => {
    if (isMap(node)) {
      for (const pair of node.items) walk(pair.value, printed || (isScalar(pair.key) && PRINTED.has(String(pair.key.value))));
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item, printed);
    } else if (isPair(node)) {
      walk(node.value, printed);
    } else if (printed && isScalar(node) && typeof node.value === 'number' && node.type === 'PLAIN' && node.range) {
      const typed = node.source ?? '';
      const read = String(node.value);
      if (typed !== read) found.push({ range: [node.range[0], node.range[1]], typed, read });
    }
  };
  walk(doc.contents as Node | null, false);
  return found;
}
