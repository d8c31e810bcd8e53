import type { Origin } from '../diagnostics.js';
import type { GridTable } from './grid-table.js';

/** The kinds of paragraph of the body; src/render/docx/body.ts gives each its layout. */
export type BlockKind = 'heading' | 'paragraph' | 'dash' | 'plus' | 'table';

/**
 * One paragraph of the body as both renderers print it: a heading (with its level and label in
 * its text), a paragraph, or a "-" / "+" item (the marker is not in the text). `text` is the
 * printed text, with the plan's `*` and `**` emphasis still to be read (src/render/inline.ts).
 */
export interface Block {
  kind: BlockKind;
  /** For a heading: 1 for "I.", 2 for "1.", ...; 0 otherwise. */
  level: number;
  bold: boolean;
  text: string;
  /** For a table: its cells; `text` is its title, or empty. */
  grid?: GridTable;
  /** For a table: where the plan writes it, to point a warning at. */
  origin?: Origin;
}

/** The marker a list block prints before its text ("- ", "+ "). */
export function listMarker(kind: BlockKind): string {
  return kind === 'dash' ? '- ' : kind === 'plus' ? '+ ' : '';
}
