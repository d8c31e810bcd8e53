import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_DIR, freshTempDir, runCli } from './build-helpers.js';

/** A repository holding a copy of the sample under plans/, with files written into it by path. */
function repoWith(files: Record<string, string>): string {
  const root = freshTempDir('plan-wording-');
  cpSync(PLAN_DIR, join(root, 'plans', 'ke-hoach-2023'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const SLOW = { timeout: 60_000 };
const PLAN = 'plans/ke-hoach-2023';
const review = (root: string) => readFileSync(join(root, PLAN, 'ke-hoach-2023.md'), 'utf8');

describe("a repository's own wording (templates/phrases beside plans/, and in a plan folder)", () => {
  it('replaces a built-in phrase for every plan of the repository', SLOW, async () => {
    const root = repoWith({ 'templates/phrases/column-lead.hbs': 'Cơ quan chủ trì\n' });
    expect((await runCli(['build', '--md', '--quiet', '--out', 'out'], root)).code).toBe(0);
    expect(review(root)).toContain('| STT | Nhiệm vụ | Cơ quan chủ trì |');
  });

  it("lets a plan folder's phrase win over the repository's", SLOW, async () => {
    const root = repoWith({ 'templates/phrases/column-lead.hbs': 'Cơ quan chủ trì\n', [`${PLAN}/templates/phrases/column-lead.hbs`]: 'Đơn vị chủ trì thực hiện\n' });
    expect((await runCli(['build', '--md', '--quiet', '--out', 'out'], root)).code).toBe(0);
    expect(review(root)).toContain('| STT | Nhiệm vụ | Đơn vị chủ trì thực hiện |');
    expect(review(root)).not.toContain('Cơ quan chủ trì');
  });

  it('reports a phrase that does not compile at its file and line, and build writes nothing', SLOW, async () => {
    const root = repoWith({ 'templates/phrases/motto.hbs': 'Độc lập - Tự do\n{{#if}} - Hạnh phúc\n' });
    const check = await runCli(['check'], root);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^templates\/phrases\/motto\.hbs:2:1 +lỗi +Mẫu câu "motto" viết sai cú pháp Handlebars .* template-syntax$/m);
    const build = await runCli(['build', '--out', 'out'], root);
    expect(build.code).toBe(1);
    expect(existsSync(join(root, 'out'))).toBe(false);
  });

  it('stops a phrase of the plan that prints its values over and over, in words, and writes nothing (1,000 copies of each task made a 3 GB build)', SLOW, async () => {
    const root = repoWith({ [`${PLAN}/templates/phrases/task-heading.hbs`]: `Nhiệm vụ {{number}}: ${'{{content}} '.repeat(1000)}\n` });
    const build = await runCli(['build', '--out', 'out'], root);
    expect(build.code).toBe(2);
    expect(build.stderr).toMatch(/^Lỗi: \S*plans\/ke-hoach-2023\/templates\/phrases\/task-heading\.hbs in \d+ ký tự từ \d+ ký tự nội dung được đưa vào: một câu chữ tự viết được in mỗi giá trị nhiều nhất hai lần/m);
    expect(existsSync(join(root, 'out'))).toBe(false);
    // Twice is what a phrase may do.
    const twice = repoWith({ [`${PLAN}/templates/phrases/task-heading.hbs`]: 'Nhiệm vụ {{number}}: {{content}} ({{content}})\n' });
    expect((await runCli(['build', '--out', 'out', '--quiet'], twice)).code).toBe(0);
  });

  it('warns at a phrase file that replaces nothing (a misspelt name would be ignored in silence)', SLOW, async () => {
    const root = repoWith({ [`${PLAN}/templates/phrases/colum-lead.hbs`]: 'Cơ quan chủ trì\n' });
    const check = await runCli(['check', '--lang', 'en', '--fail-on', 'warning'], root);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^plans\/ke-hoach-2023\/templates\/phrases\/colum-lead\.hbs:1:1 +warning +No phrase is named "colum-lead".*column-lead.* template-unknown$/m);
  });
});

describe('phrase files that cannot be used are found by plan check, once', () => {
  it('reports a folder or a dangling link in the place of a phrase file, at its path', SLOW, async () => {
    const root = repoWith({});
    mkdirSync(join(root, 'templates', 'phrases', 'motto.hbs'), { recursive: true });
    symlinkSync(join(root, 'nowhere.hbs'), join(root, 'templates', 'phrases', 'number.hbs'));
    const check = await runCli(['check', '--lang', 'en'], root);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^templates\/phrases\/motto\.hbs:1:1 +error +"motto\.hbs" is no file to read .* template-syntax$/m);
    expect(check.stdout).toMatch(/^templates\/phrases\/number\.hbs:1:1 +error +"number\.hbs" is no file to read .* template-syntax$/m);
  });

  it('reports a phrase calling a phrase that does not exist, or itself, at its line', SLOW, async () => {
    const root = repoWith({ 'templates/phrases/motto.hbs': 'Độc lập\n{{> motto}}\n', 'templates/phrases/archive.hbs': '- Lưu: {{> khong-co}}\n' });
    const check = await runCli(['check', '--lang', 'en'], root);
    expect(check.stdout).toMatch(/^templates\/phrases\/motto\.hbs:2:1 +error +The phrase "motto" calls itself/m);
    expect(check.stdout).toMatch(/^templates\/phrases\/archive\.hbs:1:8 +error +The phrase "archive" calls "khong-co"/m);
  });

  it("says a repository's phrase file once, however many plans read it", SLOW, async () => {
    const root = repoWith({ 'templates/phrases/motto.hbs': '{{#if}}\n' });
    cpSync(join(root, PLAN), join(root, 'plans', 'ke-hoach-khac'), { recursive: true });
    const check = await runCli(['check'], root);
    expect(check.stdout.match(/templates\/phrases\/motto\.hbs:1:1 +lỗi/g)).toHaveLength(1);
  });
});
