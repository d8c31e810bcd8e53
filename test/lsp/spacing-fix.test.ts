import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { spacingFix } from '../../src/lsp/spacing-fix.js';
import { compileMini } from '../support/rule-harness.js';

const tasks = (content: string) => `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a
        content: ${content}
        lead: van-phong
        deadline: 2023-06
`;

/** The text-spacing findings of a task's content and their quick fixes, made in the file's text. */
function fixesOf(content: string): { fixed: string; count: number; findings: number } {
  const { dir, diagnostics } = compileMini({ tasks: tasks(content) });
  const text = readFileSync(join(dir, 'tasks.yaml'), 'utf8');
  const document = TextDocument.create('file:///tasks.yaml', 'yaml', 1, text);
  const findings = diagnostics.filter((d) => d.code === 'text-spacing');
  const edits = findings.flatMap((d) => spacingFix(d, document) ?? []);
  return { fixed: TextDocument.applyEdits(document, edits), count: edits.length, findings: findings.length };
}

describe('the quick fix of a stray space', () => {
  it('removes stray spaces at the ends and before punctuation, and keeps one of two, in the file as written', () => {
    const { fixed, count, findings } = fixesOf('"  Hai dấu  cách , và ở cuối. "');
    expect(findings).toBe(4);
    expect(count).toBe(4);
    expect(fixed).toBe(tasks('"Hai dấu cách, và ở cuối."'));
  });

  it('lands on the spaces after a character outside the BMP: columns count UTF-16 code units, as LSP does', () => {
    const { fixed, count } = fixesOf('"Mục 𝐀 có  hai dấu cách"');
    expect(count).toBe(1);
    expect(fixed).toBe(tasks('"Mục 𝐀 có hai dấu cách"'));
  });

  it('offers none where the file writes the text otherwise than its value (an escape): the finding covers the whole text', () => {
    const { fixed, count, findings } = fixesOf('"Hai dấu  cách\\u00e0"');
    expect(findings).toBe(1);
    expect(count).toBe(0);
    expect(fixed).toBe(tasks('"Hai dấu  cách\\u00e0"'));
  });
});
