import type { OutlineBlock, TableSpec } from '../../../model/types.js';

/** The tables the outline writes in the body, sections' own included. */
export function bodyTables(blocks: readonly OutlineBlock[]): TableSpec[] {
  return blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : block.kind === 'section' ? bodyTables(block.section.blocks) : []));
}
