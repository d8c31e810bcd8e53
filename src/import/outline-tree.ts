import type { SourceBlock, SourceTable } from './source-lines.js';

/** How a heading of the source is labelled: "I.", "1.", "1.1.", "a)". */
export type LabelKind = 'roman' | 'arabic' | 'decimal' | 'letter';

/** A labelled heading of the source, with what stands under it. */
export interface TreeSection {
  kind: 'section';
  labelKind: LabelKind;
  /** The label as typed ("IV.", "2.1.", "b)"). */
  label: string;
  heading: string;
  level: number;
  n: number;
  children: TreeItem[];
}

export interface TreeParagraph {
  kind: 'para';
  text: string;
  n: number;
}

/** A "-" item and the "+" items under it. */
export interface TreeDash {
  kind: 'dash';
  text: string;
  n: number;
  plus: TreeParagraph[];
}

export type TreeItem = TreeSection | TreeParagraph | TreeDash | { kind: 'table'; table: SourceTable; n: number };

const LABELS: readonly [LabelKind, RegExp][] = [
  ['roman', /^([IVXL]+\.)\s+(\S.*)$/u],
  ['decimal', /^(\d+(?:\.\d+)+\.)\s+(\S.*)$/u],
  ['arabic', /^(\d+\.)\s+(\S.*)$/u],
  ['letter', /^([a-zđ]\))\s+(\S.*)$/u],
];

/** The label of a heading line, if it has one. */
export function labelOfLine(text: string): { kind: LabelKind; label: string; heading: string } | null {
  for (const [kind, pattern] of LABELS) {
    const m = pattern.exec(text);
    if (m) return { kind, label: m[1]!, heading: m[2]! };
  }
  return null;
}

/**
 * The body as a tree, by the office's labels: "I." sections hold "1." khoản, which hold "1.1."
 * (one level per number) or "a)" điểm; "-" items hold the "+" items after them; any other line
 * is a paragraph where it stands. Nothing is reordered or dropped.
 */
export function buildTree(blocks: readonly SourceBlock[]): TreeItem[] {
  const root: TreeItem[] = [];
  const stack: TreeSection[] = [];
  const hasRoman = blocks.some((b) => b.kind === 'p' && labelOfLine(b.text)?.kind === 'roman');
  const into = () => (stack.length > 0 ? stack[stack.length - 1]!.children : root);
  for (const block of blocks) {
    if (block.kind === 'table') {
      into().push({ kind: 'table', table: block, n: block.n });
      continue;
    }
    const text = block.text;
    const label = labelOfLine(text);
    if (label) {
      const level = levelOf(label.kind, label.label, hasRoman, stack);
      while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
      const section: TreeSection = { kind: 'section', labelKind: label.kind, label: label.label, heading: label.heading, level, n: block.n, children: [] };
      into().push(section);
      stack.push(section);
      continue;
    }
    const list = into();
    const previous = list[list.length - 1];
    // "- + text": a "+" item typed after a "-" (as the sample's reference does).
    const plus = /^(?:-\s*)?\+\s*(.*)$/u.exec(text);
    if (plus && previous?.kind === 'dash') previous.plus.push({ kind: 'para', text: plus[1]!, n: block.n });
    else if (/^-\s+\S/u.test(text) && !/^-\s*\+/u.test(text)) list.push({ kind: 'dash', text: text.replace(/^-\s+/u, ''), n: block.n, plus: [] });
    else list.push({ kind: 'para', text, n: block.n });
  }
  return root;
}

/** A heading's depth: I. is 1, 1. is 2 (1 without Roman sections), 1.1. one more per number, a) under the nearest numbered heading. */
function levelOf(kind: LabelKind, label: string, hasRoman: boolean, stack: readonly TreeSection[]): number {
  const arabic = hasRoman ? 2 : 1;
  if (kind === 'roman') return 1;
  if (kind === 'arabic') return arabic;
  if (kind === 'decimal') return arabic + label.split('.').filter(Boolean).length - 1;
  const numbered = [...stack].reverse().find((s) => s.labelKind !== 'letter');
  return (numbered?.level ?? 0) + 1;
}
