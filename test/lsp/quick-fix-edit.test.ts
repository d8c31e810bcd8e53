import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { quickFixEdit } from '../../src/lsp/quick-fix-edit.js';
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

/** The findings of a rule in a task's content and their quick fixes, made in the file's text. */
function fixesOf(content: string, code = 'text-spacing'): { fixed: string; count: number; findings: number; titles: string[] } {
  const { dir, diagnostics } = compileMini({ tasks: tasks(content) });
  const text = readFileSync(join(dir, 'tasks.yaml'), 'utf8');
  const document = TextDocument.create('file:///tasks.yaml', 'yaml', 1, text);
  const findings = diagnostics.filter((d) => d.code === code);
  const fixes = findings.flatMap((d) => quickFixEdit(d, document) ?? []);
  const edits = fixes.map((f) => f.edit);
  return { fixed: TextDocument.applyEdits(document, edits), count: edits.length, findings: findings.length, titles: fixes.map((f) => f.title) };
}

describe('the quick fix of a stray space', () => {
  it('removes stray spaces at the ends and before punctuation, and keeps one of two, in the file as written', () => {
    const { fixed, count, findings } = fixesOf('"  Hai dấu  cách , và ở cuối. "');
    expect(findings).toBe(4);
    expect(count).toBe(4);
    expect(fixed).toBe(tasks('"Hai dấu cách, và ở cuối."'));
  });

  it('offers none for a doubled space made by a folded line end: replacing the indentation broke the YAML', () => {
    const { count, findings } = fixesOf('>-\n          Thực hiện Quyết định \n          của UBND tỉnh.');
    expect(findings).toBe(1);
    expect(count).toBe(0);
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

describe('the quick fixes of a decomposed word and of a date written otherwise than Nghị định 30', () => {
  it('writes a decomposed word in its precomposed form, in place', () => {
    const nfd = 'Tham mưu'.normalize('NFD');
    const { fixed, count, titles } = fixesOf(`Xây dựng ${nfd} báo cáo`, 'text-nfc');
    expect(count).toBe(1);
    expect(titles).toEqual(['fix.nfc']);
    expect(fixed).toBe(tasks('Xây dựng Tham mưu báo cáo'));
  });

  it('offers none for text pasted from TCVN3: which encoding it was is a guess', () => {
    const { count, findings } = fixesOf('Kh¶o s¸t thùc tr¹ng', 'text-nfc');
    expect(findings).toBe(1);
    expect(count).toBe(0);
  });

  it('writes a date with the leading zeros Nghị định 30 asks for, in the form it was written in', () => {
    const { fixed, count, titles } = fixesOf('Theo Quyết định ngày 5/1/2023 và ngày 7 tháng 2 năm 2023', 'date-format');
    expect(count).toBe(2);
    expect(titles).toEqual(['fix.date-format', 'fix.date-format']);
    expect(fixed).toBe(tasks('Theo Quyết định ngày 05/01/2023 và ngày 07 tháng 02 năm 2023'));
  });

  it('offers none for a date folded over two lines of the file: the characters there are not the date', () => {
    const { count, findings } = fixesOf('>-\n          Theo Quyết định ngày\n          5/1/2023 của UBND', 'date-format');
    expect(findings).toBe(1);
    expect(count).toBe(0);
  });
});
