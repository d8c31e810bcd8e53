import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import type { LocatedTodo, Todo } from './findings.js';

/** One plan file to write: its name, its data, the comment at its top. */
export interface YamlFile {
  name: string;
  schema: string;
  data: unknown;
  header: string[];
}

/** Texts longer than this are written as folded blocks (`>-`), as the clerks write them. */
const FOLD_FROM = 80;
const LINE_WIDTH = 100;

/** The node a data path names, and the node a comment goes before (a map entry's key, or a list item). */
function anchorOf(doc: Document, path: readonly (string | number)[]): Node | null {
  if (path.length === 0) return null;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1]!;
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
    return pair && isScalar(pair.key) ? pair.key : null;
  }
  if (isSeq(parent) && typeof last === 'number') return (parent.items[last] as Node | undefined) ?? null;
  return null;
}

/**
 * A plan file as YAML text, written with the yaml package's Document API so that each TODO is a
 * real comment above the place it is about; returns the text and each TODO with its line.
 */
export function writeYaml(file: YamlFile, todos: readonly Todo[]): { text: string; located: LocatedTodo[] } {
  const doc = new Document(file.data);
  doc.commentBefore = [` yaml-language-server: $schema=../../schemas/${file.schema}`, ...file.header.map((h) => ` ${h}`)].join('\n');
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && node.value.length > FOLD_FROM) node.type = 'BLOCK_FOLDED';
    },
  });
  const own = todos.filter((t) => t.file === file.name);
  for (const todo of own) {
    const anchor = anchorOf(doc, todo.path);
    const note = ` TODO: ${todo.reason}${todo.n > 0 ? ` (nguồn: đoạn ${todo.n})` : ''}`;
    const target = anchor ?? doc.contents;
    if (target) target.commentBefore = target.commentBefore ? `${target.commentBefore}\n${note}` : note;
  }
  const text = doc.toString({ lineWidth: LINE_WIDTH, minContentWidth: 40 });
  const counter = new LineCounter();
  const again = parseDocument(text, { lineCounter: counter });
  const located = own.map((todo): LocatedTodo => {
    const anchor = anchorOf(again, todo.path);
    const line = anchor?.range ? counter.linePos(anchor.range[0]).line : 1;
    return { ...todo, line };
  });
  return { text, located };
}
