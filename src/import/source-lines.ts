/**
 * What every reader of a source document (a .txt, a .md, a .docx) hands to the one mapper: the
 * document's paragraphs and tables in reading order, each with its 1-based paragraph number in the
 * source so that a finding can point the clerk back at it.
 */

/** A paragraph of the source: its text (italic runs as `*...*`, as plan texts write them). */
export interface SourceParagraph {
  kind: 'p';
  text: string;
  /** 1-based: the line of a text file, the paragraph of a .docx (table cells counted). */
  n: number;
  /** Known from a .docx only: the paragraph is bold / centred. */
  bold?: boolean;
  center?: boolean;
}

/** A cell of a source table: its paragraphs, and how far it spans (gridSpan) or continues (vMerge). */
export interface SourceCell {
  paragraphs: string[];
  colSpan: number;
  /** A cell merged into the one above it (w:vMerge without restart): its text is the one above's. */
  continued: boolean;
}

/** A table of the source: rows of cells, as the .docx lays them. */
export interface SourceTable {
  kind: 'table';
  rows: SourceCell[][];
  n: number;
}

export type SourceBlock = SourceParagraph | SourceTable;

/**
 * A paragraph's text, trimmed, its line breaks, tabs and non-breaking spaces as spaces, in NFC
 * (the parsers read "Thời gian hoàn thành" as typed on most keyboards). Two spaces in a row are
 * kept: a typo of the source stays for `plan check` to report and `check --fix` to mend.
 */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/[\t\n\r\v\f\u00a0]/g, ' ').trim();
}
