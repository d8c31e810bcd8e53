import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../support/docx-reader.js';
import { MINI_PLAN } from '../support/mini-plan.js';
import { collapseWhitespace, freshTempDir, paragraphsOf, runCli } from './build-helpers.js';

async function build(plan: string): Promise<{ code: number; texts: string[]; markdown: string; stderr: string }> {
  const root = freshTempDir('plan-text-');
  const dir = join(root, 'mini');
  mkdirSync(dir);
  for (const [kind, text] of Object.entries({ ...MINI_PLAN, plan })) writeFileSync(join(dir, `${kind}.yaml`), text);
  const run = await runCli(['build', dir, '--out', join(root, 'out'), '--md', '--quiet']);
  if (run.code !== 0) return { code: run.code, texts: [], markdown: '', stderr: run.stderr };
  const texts = paragraphsOf(readDocx(join(root, 'out', 'mini.docx')).body).map((p) => collapseWhitespace(p.text));
  return { code: 0, texts, markdown: readFileSync(join(dir, 'mini.md'), 'utf8'), stderr: run.stderr };
}

describe("the plan's text is data, never markup or a placeholder", () => {
  it('prints "_", "__" and backslashes as typed (only * and ** are emphasis)', async () => {
    const plan = MINI_PLAN.plan.replace('  - Giao rõ người, rõ việc.', '  - "Tệp __init__ và _nghiêng_ ở \\\\\\\\may-chu\\\\chia-se."');
    const { code, texts, markdown } = await build(plan);
    expect(code).toBe(0);
    expect(texts).toContain('Tệp __init__ và _nghiêng_ ở \\\\may-chu\\chia-se.');
    expect(markdown).toContain('Tệp \\_\\_init\\_\\_ và \\_nghiêng\\_ ở \\\\\\\\may-chu\\\\chia-se.');
  });

  it('a title or a name that looks like the build\'s placeholders prints as typed, and the body once (it was replaced by a second body, or crashed)', async () => {
    const plan = MINI_PLAN.plan
      .replace('title: Thực hiện nhiệm vụ năm 2023', 'title: "[[plan-bulk-0]] PlanBulk0 <w:pStyle w:val=\\"PlanBulk0\\"/>"')
      .replace('  name: Nguyễn Văn A', '  name: "[[plan-bulk-7"');
    const { code, texts, stderr } = await build(plan);
    expect(code, stderr).toBe(0);
    expect(texts).toContain('[[plan-bulk-0]] PlanBulk0 <w:pStyle w:val="PlanBulk0"/>');
    expect(texts).toContain('[[plan-bulk-7');
    expect(texts.filter((t) => t === 'I. MỤC ĐÍCH, YÊU CẦU')).toHaveLength(1);
  });
});
