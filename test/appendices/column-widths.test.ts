import { describe, expect, it } from 'vitest';
import type { GridTable } from '../../src/render/grid-table.js';
import { CELL_MARGIN, fitTable } from '../../src/render/docx/column-widths.js';
import { emToTwips, measureText } from '../../src/render/docx/text-metrics.js';

const table = (header: string[], row: string[], narrow = false): GridTable => ({
  columns: header.map((name, i) => ({ name, narrow: narrow && i > 0 })),
  header: [header.map((text) => ({ text, bold: true }))],
  rows: [row.map((text) => ({ text }))],
  notes: [],
});

describe('column widths from content (src/render/docx/column-widths.ts)', () => {
  it('gives no column less than its widest word, and fills the width exactly', () => {
    const fitted = fitTable(table(['STT', 'Nhiệm vụ', 'Thời gian'], ['1.2.10', 'Một nhiệm vụ khá dài '.repeat(10), '30/6/2023']), 14287);
    expect(fitted.widths.reduce((a, b) => a + b, 0)).toBe(14287);
    expect(fitted.tooNarrow).toEqual([]);
    expect(fitted.size).toBe(12);
    // The long text gets the room; the date and the number keep what they need.
    expect(fitted.widths[1]!).toBeGreaterThan(fitted.widths[0]! + fitted.widths[2]!);
  });

  it('when one word cannot fit, lets only that column give way: STT keeps its width and only the long column is named', () => {
    const fitted = fitTable(table(['STT', 'A', 'B'], ['1', 'X'.repeat(300), 'ngắn']), 9355);
    expect(fitted.tooNarrow).toEqual([1]);
    // "STT" in bold at the size the table is set in, with the cell's margins either side.
    expect(fitted.widths[0]!).toBeGreaterThanOrEqual(emToTwips(measureText('STT', true).word, fitted.size) + 2 * CELL_MARGIN);
    expect(fitted.widths[0]! + fitted.widths[1]! + fitted.widths[2]!).toBe(9355);
  });

  it('sets a table smaller (11, then 10 pt) before any word would break', () => {
    // Six bold words 6 em wide: 6 x (1440 + margins) twips at 12 pt is more than 9355; at 11 pt it fits.
    const words = Array.from({ length: 6 }, () => 'MMMMMM');
    const fitted = fitTable(table(words, ['1', '2', '3', '4', '5', '6']), 9355);
    expect(fitted.tooNarrow).toEqual([]);
    expect(fitted.size).toBe(11);
  });
});
