import { toRoman } from '../model/roman.js';
import { attr, child, childrenOf, nameOf, type XmlNode } from './xml-nodes.js';

/** One level of a list definition: its format, its text ("%1.", "%1.%2.", "-") and where it starts. */
interface Level {
  format: string;
  text: string;
  start: number;
}

const LETTERS = 'abcdđeghiklmnopqrstuvxy';

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return toRoman(n);
    case 'lowerRoman':
      return toRoman(n).toLowerCase();
    case 'lowerLetter':
      return LETTERS[(n - 1) % LETTERS.length]!;
    case 'upperLetter':
      return LETTERS[(n - 1) % LETTERS.length]!.toUpperCase();
    default:
      return String(n);
  }
}

/**
 * Word's automatic numbering (word/numbering.xml) turned back into the label a clerk would type:
 * "I.", "1.", "1.1.", "a)", or "-" / "+" for bullets, so that numbered paragraphs read like typed ones.
 */
export class DocxNumbering {
  private readonly levels = new Map<string, Level[]>();
  private readonly counters = new Map<string, number[]>();

  constructor(numbering: readonly XmlNode[]) {
    const root = numbering.find((n) => nameOf(n) === 'w:numbering');
    const abstracts = new Map<string, Level[]>();
    for (const node of root ? childrenOf(root) : []) {
      if (nameOf(node) !== 'w:abstractNum') continue;
      const levels: Level[] = [];
      for (const lvl of childrenOf(node).filter((c) => nameOf(c) === 'w:lvl')) {
        const format = attr(child(lvl, 'w:numFmt') ?? {}, 'w:val') ?? 'decimal';
        levels[Number(attr(lvl, 'w:ilvl') ?? 0)] = { format, text: attr(child(lvl, 'w:lvlText') ?? {}, 'w:val') ?? '', start: Number(attr(child(lvl, 'w:start') ?? {}, 'w:val') ?? 1) };
      }
      abstracts.set(attr(node, 'w:abstractNumId') ?? '', levels);
    }
    for (const node of root ? childrenOf(root) : []) {
      if (nameOf(node) !== 'w:num') continue;
      const levels = [...(abstracts.get(attr(child(node, 'w:abstractNumId') ?? {}, 'w:val') ?? '') ?? [])];
      // A list that starts elsewhere than its definition ("5.", "6." continuing a list cut by a table).
      for (const override of childrenOf(node).filter((c) => nameOf(c) === 'w:lvlOverride')) {
        const ilvl = Number(attr(override, 'w:ilvl') ?? 0);
        const start = attr(child(override, 'w:startOverride') ?? {}, 'w:val');
        if (start !== undefined && levels[ilvl]) levels[ilvl] = { ...levels[ilvl]!, start: Number(start) };
      }
      this.levels.set(attr(node, 'w:numId') ?? '', levels);
    }
  }

  /** The label of the next paragraph of list `numId` at level `ilvl`, counting it; null when the list has none. */
  next(numId: string, ilvl: number): string | null {
    const levels = this.levels.get(numId);
    const level = levels?.[ilvl];
    if (!levels || !level || numId === '0') return null;
    const counts = this.counters.get(numId) ?? [];
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    counts.length = ilvl + 1;
    this.counters.set(numId, counts);
    if (level.format === 'bullet' || level.format === 'none') {
      const mark = level.text.trim();
      return mark === '+' ? '+' : mark === '' ? null : '-';
    }
    return level.text.replace(/%(\d)/g, (_m, k: string) => formatNumber(counts[Number(k) - 1] ?? levels[Number(k) - 1]?.start ?? 1, levels[Number(k) - 1]?.format ?? 'decimal'));
  }
}
