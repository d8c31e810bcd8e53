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
import { paragraphStyles } from './paragraph-styles.js';
import { titleBlock } from './title-block.js';

/** The Kế hoạch as a docx Document: header block, title, the templated body, closing block, then one section per appendix. */
export function buildDocument(plan: Plan, view: PlanView, templates: Templates, layout: Layout, bulk: BulkXml, onOverflow?: TableOverflow): Document {
  const width = textWidth(layout);
  // The body is rendered when the package is written, so its text is not held twice.
  const body = bulk.add(() => bodyXml(bodyBlocks(plan, view, templates), layout, onOverflow));
  return documentOf(view, layout, [
    mainSection(view, templates, layout, titleBlock(view, templates, width), body),
    ...plan.appendices.map((appendix) => appendixSection(plan, view, appendix, templates, layout, bulk, onOverflow)),
  ]);
}

/**
 * The first section of a document laid out to Nghị định 30 (the plan, or its Báo cáo): A4 portrait,
 * page numbers from the second page, the header block, the document's own title paragraphs, its
 * body, then the closing block (Nơi nhận and the signature) kept on the page of the body's end.
 */
export function mainSection(view: PlanView, templates: Templates, layout: Layout, title: readonly Paragraph[], body: Paragraph): ISectionOptions {
  const width = textWidth(layout);
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
        margin: { top: mm(layout.marginTop), bottom: mm(layout.marginBottom), left: mm(layout.marginLeft), right: mm(layout.marginRight), header: mm(10), footer: mm(10) },
      },
    },
    headers: pageNumberHeaders(),
    children: [headerBlock(view, templates, width), ...title, body, new Paragraph({ children: [], keepNext: true, spacing: { before: 0, after: 0 } }), closingBlock(view, templates, width)],
  };
}

/** One appendix alone, for offices that issue appendices as separate files (`--appendix-files`). */
export function buildAppendixDocument(plan: Plan, view: PlanView, appendix: Appendix, templates: Templates, layout: Layout, bulk: BulkXml, onOverflow?: TableOverflow): Document {
  return documentOf(view, layout, [appendixSection(plan, view, appendix, templates, layout, bulk, onOverflow)]);
}

/** A document of these sections: its author the issuer, its title the document's own, Times New Roman in Vietnamese. */
export function documentOf(view: PlanView, layout: Layout, sections: ISectionOptions[], title: string = view.title): Document {
  return new Document({
    creator: view.issuer.fullName,
    lastModifiedBy: view.issuer.fullName,
    title,
    styles: {
      default: {
        document: { run: { font: FONT, size: pt(layout.bodySize), language: { value: LANGUAGE } } },
      },
      paragraphStyles: paragraphStyles(layout),
    },
    sections,
  });
}
