import { Document, PageOrientation, Paragraph, type ISectionOptions } from 'docx';
import { bodyBlocks } from '../body-blocks.js';
import type { Templates } from '../templates.js';
import type { PlanView } from '../view.js';
import type { Appendix, Plan } from '../../model/types.js';
import { appendixSection, type TableOverflow } from './appendix-section.js';
import { bodyXml } from './body.js';
import type { BulkXml } from './bulk-xml.js';
import { closingBlock } from './closing-block.js';
import { headerBlock } from './header-block.js';
import { A4, FONT, LANGUAGE, mm, pt, textWidth, type Layout } from './layout.js';
import { pageNumberHeaders } from './page-number.js';
import { titleBlock } from './title-block.js';

/** The Kế hoạch as a docx Document: header block, title, the templated body, closing block, then one section per appendix. */
export function buildDocument(plan: Plan, view: PlanView, templates: Templates, layout: Layout, bulk: BulkXml, onOverflow?: TableOverflow): Document {
  const width = textWidth(layout);
  return documentOf(view, layout, [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
            margin: { top: mm(layout.marginTop), bottom: mm(layout.marginBottom), left: mm(layout.marginLeft), right: mm(layout.marginRight), header: mm(10), footer: mm(10) },
          },
        },
        headers: pageNumberHeaders(),
        children: [
          headerBlock(view, templates, width),
          ...titleBlock(view, templates, width),
          // Rendered when the package is written, so the body's text is not held twice.
          bulk.add(() => bodyXml(bodyBlocks(plan, view, templates), layout, onOverflow)),
          new Paragraph({ children: [], keepNext: true, spacing: { before: 0, after: 0 } }),
          closingBlock(view, templates, width),
        ],
      },
      ...plan.appendices.map((appendix) => appendixSection(plan, view, appendix, templates, layout, bulk, onOverflow)),
  ]);
}

/** One appendix alone, for offices that issue appendices as separate files (`--appendix-files`). */
export function buildAppendixDocument(plan: Plan, view: PlanView, appendix: Appendix, templates: Templates, layout: Layout, bulk: BulkXml, onOverflow?: TableOverflow): Document {
  return documentOf(view, layout, [appendixSection(plan, view, appendix, templates, layout, bulk, onOverflow)]);
}

function documentOf(view: PlanView, layout: Layout, sections: ISectionOptions[]): Document {
  return new Document({
    creator: view.issuer.fullName,
    lastModifiedBy: view.issuer.fullName,
    title: view.title,
    styles: {
      default: {
        document: { run: { font: FONT, size: pt(layout.bodySize), language: { value: LANGUAGE } } },
      },
    },
    sections,
  });
}
