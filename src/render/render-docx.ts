import { Packer } from 'docx';
import type { Plan } from '../model/types.js';
import { buildDocument } from './docx/build-document.js';
import { resolveLayout } from './docx/layout.js';
import { loadTemplates } from './templates.js';
import { buildView } from './view.js';

/** Renders the plan to .docx bytes. */
export async function renderDocx(plan: Plan, templateDir?: string): Promise<Uint8Array> {
  const templates = loadTemplates(templateDir);
  const document = buildDocument(buildView(plan), templates, resolveLayout(plan.layout));
  return new Uint8Array(await Packer.toBuffer(document));
}
