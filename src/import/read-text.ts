import type { SourceBlock, SourceCell } from './source-lines.js';
import { cleanText } from './source-lines.js';

/**
 * A text file as the office types a Kế hoạch: one paragraph (or table cell) a line, blank lines
 * between them ignored. A Markdown file is read the same way, its "#" heading marks dropped and
 * its pipe tables ("| a | b |") read as tables.
 */
export function readTextSource(text: string, markdown: boolean, onProgress?: (done: number, total: number) => void): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let table: { rows: SourceCell[][]; n: number } | null = null;
  lines.forEach((raw, i) => {
    const line = cleanText(raw);
    const n = i + 1;
    if (onProgress && n % 500 === 0) onProgress(n, lines.length);
    if (markdown && /^\|.*\|$/.test(line)) {
      if (/^\|[\s:|-]+\|$/.test(line)) return; // the header's underline
      const cells = line.slice(1, -1).split('|').map((c): SourceCell => ({ paragraphs: [cleanText(c)].filter((t) => t !== ''), colSpan: 1, continued: false }));
      if (table === null) {
        table = { rows: [], n };
        blocks.push({ kind: 'table', rows: table.rows, n });
      }
      table.rows.push(cells);
      return;
    }
    table = null;
    if (line === '') return;
    blocks.push({ kind: 'p', text: markdown ? line.replace(/^#{1,6} /, '') : line, n });
  });
  return blocks;
}
