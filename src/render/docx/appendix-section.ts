import { PageOrientation, Paragraph, type ISectionOptions } from 'docx';
import type { Origin } from '../../diagnostics.js';
import type { Appendix, Plan } from '../../model/types.js';
import type { Templates } from '../templates.js';
import type { PlanView } from '../view.js';
import { appendixCaption } from '../appendix-rows.js';
import { appendixGrid } from '../appendix-grid.js';
import type { GridTable } from '../grid-table.js';
import { gridTableXml } from './appendix-tables.js';
import type { BulkXml } from './bulk-xml.js';
import { centred } from './header-block.js';
import { A4, mm, textWidth, type Layout } from './layout.js';
import { pageNumberHeaders } from './page-number.js';
import { estimateWidth, ruleLine } from './rule-line.js';
import { plainRun, textRuns } from './text-runs.js';

/** Told of a table that does not fit its page even at the smallest size: where it is, and the columns narrower than their longest word. */
export type TableOverflow = (table: { origin: Origin; appendix: string | null; title: string; landscape: boolean }, columns: string[], size: number) => void;

/** "Phụ lục I": 14 pt bold (Phụ lục I, mục III.1 and the size table of mục V). */
const LABEL_SIZE = 14;
/** Appendix title and the "(Kèm theo ...)" line: 13-14 pt (mục III.1). */
const TITLE_SIZE = 14;

/**
 * One appendix as its own section (Phụ lục I, mục III.1): a new page, landscape unless the
 * appendix says portrait (UNCONFIRMED practice for tables), page numbers restarting at 1 ("Số
 * trang của Phụ lục được đánh số riêng"), then "Phụ lục I", the title in capitals, the italic
 * attachment line filled from the plan, a short line, and the table.
 */
export function appendixSection(plan: Plan, view: PlanView, appendix: Appendix, templates: Templates, layout: Layout, bulk: BulkXml, onOverflow?: TableOverflow): ISectionOptions {
  const width = textWidth(layout, appendix.orientation);
  const caption = appendixCaption(appendix, view, templates);
  const title = view.text(appendix.title).toLocaleUpperCase('vi-VN');
  const grid = gridOf(plan, appendix, templates, view);
  const { table, size, tooNarrow } = gridTableXml(grid, width, bulk);
  if (tooNarrow.length > 0) onOverflow?.({ origin: appendix.origin, appendix: appendix.label, title, landscape: appendix.orientation === 'landscape' }, tooNarrow.map((i) => grid.columns[i]!.name), size);
  const after = [
    ...grid.notes.map((note) => new Paragraph({ spacing: { before: 120 }, children: textRuns(note, { size }) })),
    ...(grid.legend === undefined ? [] : [centred([plainRun(grid.legend, { size, italic: true })], 120)]),
  ];
  return {
    properties: {
      titlePage: true,
      page: {
        // docx swaps width and height itself for landscape: always pass the portrait sizes.
        size: { width: A4.width, height: A4.height, orientation: appendix.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: mm(layout.marginTop), bottom: mm(layout.marginBottom), left: mm(layout.marginLeft), right: mm(layout.marginRight), header: mm(10), footer: mm(10) },
        pageNumbers: { start: 1 },
      },
    },
    headers: pageNumberHeaders(),
    children: [
      centred([plainRun(caption.label, { size: LABEL_SIZE, bold: true })]),
      centred(textRuns(title, { size: TITLE_SIZE, bold: true })),
      centred([plainRun(caption.attachment, { size: TITLE_SIZE, italic: true })]),
      ruleLine(Math.round(Math.min(width, estimateWidth(title, TITLE_SIZE, true)) * 0.3), width),
      centred([], 120),
      table,
      // The section's properties go into its last paragraph, which must not be the table's placeholder.
      ...(after.length > 0 ? after : [centred([])]),
    ],
  };
}

/**
 * An appendix's table, worked out once for a plan's phrases: `--appendix-files` lays each
 * appendix out in the plan's document and again in its own, and at the limits the second
 * working-out took the build past 10 s.
 */
function gridOf(plan: Plan, appendix: Appendix, templates: Templates, view: PlanView): GridTable {
  let grids = GRIDS.get(appendix);
  if (!grids) GRIDS.set(appendix, (grids = new WeakMap()));
  let grid = grids.get(templates);
  if (!grid) grids.set(templates, (grid = appendixGrid(plan, appendix, templates, view)));
  return grid;
}

const GRIDS = new WeakMap<Appendix, WeakMap<Templates, GridTable>>();
