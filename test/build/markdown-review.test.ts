import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../support/docx-reader.js';
import { MINI_PLAN, tasksYaml } from '../support/mini-plan.js';
import { runCli } from './build-helpers.js';

// Text a clerk may paste from a web page or an e-mail: marks GitHub reads, the document does not.
const LITERALS = ['[Quyết định 1](https://example.vn/qd1)', '<b>gấp</b>', '`mã 01`', '~~bỏ~~', '&copy;', '<https://example.vn>'];

describe('build --md shows what the document prints', () => {
  const root = mkdtempSync(join(tmpdir(), 'plan-md-'));
  const dir = join(root, 'mini');
  mkdirSync(dir);
  const content = `"Xem ${LITERALS.join(' và ')}, *nhấn mạnh* và \\\\[đã thoát]."`;
  for (const [kind, text] of Object.entries({ ...MINI_PLAN, tasks: tasksYaml([{ content }]) })) writeFileSync(join(dir, `${kind}.yaml`), text);

  it('GitHub renders the review with the same characters and emphasis as the .docx', async () => {
    const run = await runCli(['build', dir, '--md', '--quiet', '--out', join(root, 'out')]);
    expect(run.code, run.stderr).toBe(0);
    const docxText = readDocx(readFileSync(join(root, 'out', 'mini.docx'))).text();
    const md = readFileSync(join(dir, 'mini.md'), 'utf8');
    // GitHub-flavoured reading: raw HTML, autolinks, links, code, strikethrough, entities all on.
    // A bare address becomes a link on GitHub too, showing the same characters: that one may stay.
    const html = new MarkdownIt({ html: true, linkify: true }).render(md).replace(/<a href="([^"]+)">\1<\/a>/g, '$1');
    expect(html).not.toMatch(/<a |<code>|<s>|<b>|©/);
    expect(html).toContain('<em>nhấn mạnh</em>');
    const shown = html
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    // A backslash prints as typed: the plan's only escape is \* (README).
    for (const literal of [...LITERALS, '\\[đã thoát]']) {
      expect(shown, literal).toContain(literal);
      if (!literal.includes('&')) expect(docxText, literal).toContain(literal);
    }
  });
});

describe('build --md keeps a table cell holding "|" or "\\|" one cell', () => {
  const root = mkdtempSync(join(tmpdir(), 'plan-md-pipe-'));
  const dir = join(root, 'mini');
  mkdirSync(dir);
  const tasks = tasksYaml([{ content: '"Việc A | B"' }, { content: '"Việc C \\\\| D"' }, { content: '"Việc E \\\\\\\\| F \\\\"' }]);
  const appendices = 'appendices:\n  - id: danh-muc\n    kind: tasks\n    title: Danh mục nhiệm vụ\n';
  for (const [kind, text] of Object.entries({ ...MINI_PLAN, tasks, appendices })) writeFileSync(join(dir, `${kind}.yaml`), text);

  it('every row of the appendix has as many cells as its header, and each text reads as typed (markdown-it)', async () => {
    const run = await runCli(['build', dir, '--md', '--quiet', '--out', join(root, 'out')]);
    expect(run.code, run.stderr).toBe(0);
    const review = readFileSync(join(dir, 'mini.md'), 'utf8');
    const tokens = new MarkdownIt().parse(review, {});
    const rows: string[][] = [];
    for (const token of tokens) {
      if (token.type === 'tr_open') rows.push([]);
      if (token.type === 'inline' && (tokens[tokens.indexOf(token) - 1]?.type === 'td_open' || tokens[tokens.indexOf(token) - 1]?.type === 'th_open')) rows.at(-1)!.push(token.children!.map((c) => c.content).join(''));
    }
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([rows[0]!.length]));
    // marked and pandoc split a row at each "|" after an even number of backslashes (none counts).
    const tableLines = review.split('\n').filter((line) => line.startsWith('| '));
    const delimiters = (line: string) => [...line.matchAll(/(\\*)\|/g)].filter((m) => m[1]!.length % 2 === 0).length;
    expect(new Set(tableLines.map(delimiters))).toEqual(new Set([rows[0]!.length + 1]));
    const cells = rows.flat();
    for (const typed of ['Việc A | B', 'Việc C \\| D', 'Việc E \\\\| F \\']) expect(cells).toContain(typed);
  });
});
