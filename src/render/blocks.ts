/** The kinds of paragraph the templates can ask for; src/render/docx/body.ts gives each its layout. */
export type BlockKind = 'heading1' | 'heading2' | 'heading3' | 'paragraph' | 'dash' | 'plus';

/** One paragraph of template output: its kind and its inline Markdown (without the marker). */
export interface Block {
  kind: BlockKind;
  text: string;
}

const MARKERS: [string, BlockKind][] = [
  ['### ', 'heading3'],
  ['## ', 'heading2'],
  ['# ', 'heading1'],
  ['- ', 'dash'],
  ['+ ', 'plus'],
];

/** Splits template output into paragraphs: one per non-blank line, its kind read from the marker. */
export function parseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const marker = MARKERS.find(([prefix]) => line.startsWith(prefix));
    blocks.push(marker ? { kind: marker[1], text: line.slice(marker[0].length).trim() } : { kind: 'paragraph', text: line });
  }
  return blocks;
}

/** The marker a list block prints before its text ("- ", "+ "). */
export function listMarker(kind: BlockKind): string {
  return kind === 'dash' ? '- ' : kind === 'plus' ? '+ ' : '';
}
