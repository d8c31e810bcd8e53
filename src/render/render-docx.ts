import type { Document } from 'docx';
import type { Plan } from '../model/types.js';
import type { TableOverflow } from './docx/appendix-section.js';
import { buildAppendixDocument, buildDocument } from './docx/build-document.js';
import { BulkXml } from './docx/bulk-xml.js';
import { resolveLayout } from './docx/layout.js';
import { docxParts } from './docx-parts.js';
import { documentDate, packageDocx } from './package-docx.js';
import { templateLayers } from './template-layers.js';
import { loadTemplates } from './templates.js';
import { buildView } from './view.js';

export interface RenderOptions {
  appendixFiles?: boolean;
  templateDir?: string;
  /** Seconds since 1970 (reproducible builds' SOURCE_DATE_EPOCH) to stamp instead of the plan's date. */
  sourceDateEpoch?: string;
  /** Told of each appendix table too wide for its page (build reports it as a warning). */
  onTableOverflow?: TableOverflow;
}

/** A file to write, named relative to the output folder. */
export interface Output {
  name: string;
  bytes: Uint8Array;
}

/**
 * Renders the plan to `<id>.docx` (the Kế hoạch with its appendices as sections) and, when
 * `appendixFiles` is set, each appendix also as `<id>-phu-luc-<number>.docx`.
 */
export async function renderDocx(plan: Plan, options: RenderOptions = {}): Promise<Output[]> {
  const templates = loadTemplates(options.templateDir ?? templateLayers(plan.dir));
  const view = buildView(plan, templates);
  const layout = resolveLayout(plan.layout);
  const date = documentDate(plan, options.sourceDateEpoch);
  const pack = async (build: (bulk: BulkXml) => Document) => {
    const bulk = new BulkXml();
    return packageDocx(await docxParts(build(bulk)), date, bulk);
  };
  const outputs = [{ name: `${plan.id}.docx`, bytes: await pack((bulk) => buildDocument(plan, view, templates, layout, bulk, options.onTableOverflow)) }];
  if (options.appendixFiles) {
    for (const appendix of plan.appendices) {
      const suffix = appendix.label === '' ? '' : `-${appendix.label.toLowerCase()}`;
      outputs.push({ name: `${plan.id}-phu-luc${suffix}.docx`, bytes: await pack((bulk) => buildAppendixDocument(plan, view, appendix, templates, layout, bulk)) });
    }
  }
  return outputs;
}
