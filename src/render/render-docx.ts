import { Packer, type Document } from 'docx';
import type { Plan } from '../model/types.js';
import { buildAppendixDocument, buildDocument } from './docx/build-document.js';
import { resolveLayout } from './docx/layout.js';
import { loadTemplates } from './templates.js';
import { buildView } from './view.js';

/** A file to write, named relative to the output folder. */
export interface Output {
  name: string;
  bytes: Uint8Array;
}

/**
 * Renders the plan to `<id>.docx` (the Kế hoạch with its appendices as sections) and, when
 * `appendixFiles` is set, each appendix also as `<id>-phu-luc-<number>.docx`.
 */
export async function renderDocx(plan: Plan, options: { appendixFiles?: boolean; templateDir?: string } = {}): Promise<Output[]> {
  const templates = loadTemplates(options.templateDir);
  const view = buildView(plan);
  const layout = resolveLayout(plan.layout);
  const outputs = [{ name: `${plan.id}.docx`, bytes: await pack(buildDocument(plan, view, templates, layout)) }];
  if (options.appendixFiles) {
    for (const appendix of plan.appendices) {
      const suffix = appendix.label === '' ? '' : `-${appendix.label.toLowerCase()}`;
      outputs.push({ name: `${plan.id}-phu-luc${suffix}.docx`, bytes: await pack(buildAppendixDocument(plan, view, appendix, templates, layout)) });
    }
  }
  return outputs;
}

async function pack(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(document));
}
