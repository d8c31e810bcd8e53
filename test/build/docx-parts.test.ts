import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compile.js';
import { docxParts, zippedDocxParts } from '../../src/render/docx-parts.js';
import { buildDocument } from '../../src/render/docx/build-document.js';
import { BulkXml } from '../../src/render/docx/bulk-xml.js';
import { resolveLayout } from '../../src/render/docx/layout.js';
import { templateLayers } from '../../src/render/template-layers.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildView } from '../../src/render/view.js';
import { REPO } from '../cli/run-cli.js';

// docxParts reads docx's compiler, which is not its public API: it must give what Packer.toBuffer
// zips, part for part in the same order, or a docx upgrade changed it unseen.
describe('docxParts: the parts Packer.toBuffer would zip, without zipping', () => {
  it('for the sample plan, the same parts in the same order with the same bytes', async () => {
    const dir = join(REPO, 'plans/ke-hoach-2023');
    const plan = compilePlan(dir, { cwd: REPO }).plan!;
    const templates = loadTemplates(templateLayers(dir));
    const document = () => buildDocument(plan, buildView(plan, templates), templates, resolveLayout(plan.layout), new BulkXml());
    const direct = await docxParts(document());
    const zipped = await zippedDocxParts(document());
    expect([...direct.keys()]).toEqual([...zipped.keys()]);
    expect(direct.size).toBeGreaterThan(5);
    // docProps/core.xml holds the clock's time (packageDocx replaces it), which may have ticked between the two.
    const stamp = (path: string, bytes: Uint8Array) => (path === 'docProps/core.xml' ? new TextDecoder().decode(bytes).replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T') : bytes);
    for (const [path, bytes] of direct) expect(stamp(path, bytes), path).toEqual(stamp(path, zipped.get(path)!));
  });
});
