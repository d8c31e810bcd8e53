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

describe('document dates', () => {
  it('stamps a plan dated in year 0 as year 0, not 1900 (core.xml read 1900)', async () => {
    const { documentDate } = await import('../../src/render/package-docx.js');
    expect(documentDate({ date: { year: 0, month: 1, day: null } }).toISOString()).toBe('0000-01-01T00:00:00.000Z');
    expect(documentDate({ date: { year: 99, month: 6, day: 30 } }).toISOString()).toBe('0099-06-30T00:00:00.000Z');
    expect(documentDate({ date: { year: 2023, month: 1, day: 5 } }).toISOString()).toBe('2023-01-05T00:00:00.000Z');
  });
});

describe('words YAML would read as markup are told, not lost in silence (they printed "hiện ..." and "Phòng")', () => {
  it('warns at an anchor at the start of a text and at a "#" that starts a comment inside one, with the quoted form to write', async () => {
    const { compileMini } = await import('../support/rule-harness.js');
    const { formatMessage } = await import('../../src/messages/format-message.js');
    const plan = MINI_PLAN.plan.replace('title: Thực hiện nhiệm vụ năm 2023', 'title: &Thực hiện nhiệm vụ năm 2023').replace('  - name: Lãnh đạo Sở', '  - name: Phòng #2 và Tổ công tác số 3\n  - name: Lãnh đạo Sở # ghi chú thường, để lại');
    const warnings = compileMini({ plan }).diagnostics.filter((d) => d.messageId.startsWith('yaml-') && d.messageId.endsWith('-in-text'));
    expect(warnings.map((d) => [d.messageId, d.start.line, d.start.column, d.severity])).toEqual([
      ['yaml-anchor-in-text', 9, 8, 'warning'],
      ['yaml-comment-in-text', 21, 17, 'warning'],
    ]);
    expect(formatMessage(warnings[0]!, 'vi')).toMatch(/^YAML đọc "&Thực" ở đầu văn bản là tên neo \(anchor\)/);
    expect(formatMessage(warnings[1]!, 'en')).toMatch(/^YAML reads "#2 và Tổ công tác số 3" as a comment/);
    expect(formatMessage(warnings[1]!, 'vi')).toContain('đặt cả văn bản trong dấu nháy kép');
  });
});

describe('a comment between a key and its text, or on the line below a text, is told too (the fuzz suite found them lost)', () => {
  it.each([
    ['title: #2 và Tổ công tác\n  số 3', 'title: ', '#2 và Tổ công tác'],
    ['title: Thực hiện nhiệm vụ\n  #2 và Tổ công tác', '  ', '#2 và Tổ công tác'],
  ])('%j', async (lines, before, words) => {
    const { compileMini } = await import('../support/rule-harness.js');
    const plan = MINI_PLAN.plan.replace('title: Thực hiện nhiệm vụ năm 2023', lines);
    const found = compileMini({ plan }).diagnostics.filter((d) => d.messageId === 'yaml-comment-in-text');
    const line = plan.split('\n').findIndex((l) => l.includes(words)) + 1;
    expect(found.map((d) => [d.start.line, d.start.column, d.args['words']])).toEqual([[line, before.length + 1, words]]);
  });

  it('leaves a comment line of its own, and one written "# ghi chú", alone', async () => {
    const { compileMini } = await import('../support/rule-harness.js');
    const plan = MINI_PLAN.plan.replace('title: Thực hiện nhiệm vụ năm 2023', '#ghi-chu\ntitle: # ghi chú\n  Thực hiện nhiệm vụ\n  # ghi chú dưới');
    expect(compileMini({ plan }).diagnostics.filter((d) => d.code === 'yaml-syntax')).toEqual([]);
  });
});

describe('YAML that reads a clerk\'s text as markup is told in words, with the fix (it said "too many aliases" or "unexpected")', () => {
  it.each([
    ['place: *HoaAn*', /^YAML đọc "\*HoaAn\*" là một bí danh \(alias\) chưa được đặt/, /^YAML reads "\*HoaAn\*" as an alias that was never set/],
    ['title: [Dự thảo] Kế hoạch', /hãy đặt cả văn bản trong dấu nháy kép/, /put the whole text in double quotes/],
    ['title: "Kế hoạch "X" năm"', /hãy đặt cả văn bản trong dấu nháy kép/, /put the whole text in double quotes/],
  ])('%s', async (line, vi, en) => {
    const { compileMini } = await import('../support/rule-harness.js');
    const { formatMessage } = await import('../../src/messages/format-message.js');
    const key = line.split(':')[0]!;
    const plan = MINI_PLAN.plan.replace(new RegExp(`^${key}:.*$`, 'm'), line);
    const found = compileMini({ plan }).diagnostics.filter((d) => d.code === 'yaml-syntax');
    expect(found).toHaveLength(1);
    expect(found[0]!.start.line).toBe(plan.split('\n').findIndex((l) => l === line) + 1);
    expect(formatMessage(found[0]!, 'vi')).toMatch(vi);
    expect(formatMessage(found[0]!, 'en')).toMatch(en);
  });
});

describe('keys that are no name (they were located at the top and leaked a Node warning)', () => {
  it('reports "? [a, b]" and "null:" where they stand, and prints no warning of Node', async () => {
    const { compileMini } = await import('../support/rule-harness.js');
    const warnings: string[] = [];
    const listener = (w: Error) => warnings.push(w.message);
    process.on('warning', listener);
    const plan = `${MINI_PLAN.plan}? [a, b]\n: x\nnull: y\n`;
    const found = compileMini({ plan }).diagnostics.filter((d) => d.messageId === 'yaml.BAD_KEY');
    await new Promise((r) => setTimeout(r, 10));
    process.off('warning', listener);
    const lines = plan.split('\n');
    expect(found.map((d) => d.start.line)).toEqual([lines.indexOf('? [a, b]') + 1, lines.indexOf('null: y') + 1]);
    expect(warnings).toEqual([]);
  });
});

describe('emphasis has a cost bound', () => {
  it('prints a text of more than 200 asterisks as typed, at once ("*a" many times over ran the build out of memory)', async () => {
    const { parseInline, MAX_EMPHASIS_MARKS } = await import('../../src/render/inline.js');
    const text = '*a'.repeat(40_000);
    const started = Date.now();
    expect(parseInline(text)).toEqual([{ text, bold: false, italic: false }]);
    expect(Date.now() - started).toBeLessThan(200);
    expect(parseInline('*a* '.repeat(MAX_EMPHASIS_MARKS / 2)).filter((s) => s.italic)).toHaveLength(MAX_EMPHASIS_MARKS / 2);
  });
});

describe('a text without asterisks', () => {
  // Such a text skips markdown-it (most cells of a large plan); the same text before an emphasis goes through it, and both must print it as typed.
  const texts = ['Phòng Kế hoạch - Tài chính', 'a_b_c __init__ _nghiêng_', '\\\\may-chu\\chia-se', '`mã` [liên kết](x) <b>đậm</b> &amp; # 1. - +', 'tab\there  hai dấu cách', 'dòng một\ndòng hai', '&#7875; ~~gạch~~ ==đánh dấu=='];
  it.each(texts)('prints %j as typed, as the emphasis parser does', async (text) => {
    const { parseInline } = await import('../../src/render/inline.js');
    expect(parseInline(text)).toEqual([{ text, bold: false, italic: false }]);
    expect(parseInline(`${text} *x*`)).toEqual([
      { text: `${text} `, bold: false, italic: false },
      { text: 'x', bold: false, italic: true },
    ]);
  });
});
