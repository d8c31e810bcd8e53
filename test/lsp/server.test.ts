import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compile.js';
import { formatMessage } from '../../src/messages/format-message.js';
import { REPO } from '../cli/run-cli.js';
import { startServer } from './lsp-client.js';

/** A copy of the sample plan in a temporary folder: the editor's texts are never saved to the repository's. */
function copySample(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'plan-lsp-')), 'ke-hoach-2023');
  cpSync(join(REPO, 'plans/ke-hoach-2023'), dir, { recursive: true });
  return dir;
}

interface Edit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

describe('plan lsp, driven over stdio as an editor drives it', () => {
  it('publishes a finding as the clerk types, in Vietnamese at its range, and its quick fix clears a stray space', async () => {
    const dir = copySample();
    const path = join(dir, 'tasks.yaml');
    const uri = pathToFileURL(path).href;
    const saved = readFileSync(path, 'utf8');
    const server = startServer();
    try {
      const { capabilities } = await server.initialize();
      expect(capabilities['codeActionProvider']).toBeTruthy();

      // Unsaved: the lead of task 1.1 changed to a unit the plan does not have.
      const unknownLead = saved.replace('lead: trung-tam-ung-dung', 'lead: khong-co-don-vi');
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: unknownLead } });
      const found = await server.waitFor(uri, (list) => list.some((d) => d.code === 'unit-known'));
      const unitKnown = found.filter((d) => d.code === 'unit-known');
      expect(unitKnown).toHaveLength(1);
      // Line 19 of the file, columns of the id "khong-co-don-vi": 0-based for LSP.
      const line = saved.split('\n').findIndex((l) => l.includes('lead: trung-tam-ung-dung'));
      const column = unknownLead.split('\n')[line]!.indexOf('khong-co-don-vi');
      expect(unitKnown[0]!.range).toEqual({ start: { line, character: column }, end: { line, character: column + 'khong-co-don-vi'.length } });
      expect(unitKnown[0]).toMatchObject({ severity: 1, source: 'plan' });
      // The same words `plan check` says, in Vietnamese.
      const checked = compilePlan(dir, { cwd: dir, overlay: new Map([[path, unknownLead]]) }).diagnostics.find((d) => d.code === 'unit-known')!;
      expect(unitKnown[0]!.message).toBe(formatMessage(checked, 'vi'));
      expect(unitKnown[0]!.message).toContain('không có đơn vị "khong-co-don-vi"');

      // The lead put back, and a doubled space typed into the content of task 1.1.
      const doubled = saved.replace('Chỉ đạo Trung tâm', 'Chỉ đạo  Trung tâm');
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: doubled }] });
      const spaced = await server.waitFor(uri, (list) => !list.some((d) => d.code === 'unit-known') && list.some((d) => d.code === 'text-spacing'));
      expect(spaced.map((d) => d.code)).toEqual(['text-spacing']);
      const spacing = spaced[0]!;
      const spaceLine = doubled.split('\n').findIndex((l) => l.includes('Chỉ đạo  Trung tâm'));
      const spaceAt = doubled.split('\n')[spaceLine]!.indexOf('  Trung');
      expect(spacing.range).toEqual({ start: { line: spaceLine, character: spaceAt }, end: { line: spaceLine, character: spaceAt + 2 } });
      expect(spacing).toMatchObject({ severity: 2, source: 'plan', message: 'Nhiệm vụ 1.1 (content): thừa dấu cách: hai dấu cách liền nhau' });

      const actions = await server.connection.sendRequest<{ title: string; kind: string; edit: { changes: Record<string, Edit[]> } }[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: spacing.range,
        context: { diagnostics: [spacing] },
      });
      expect(actions).toHaveLength(1);
      expect(actions[0]).toMatchObject({ kind: 'quickfix', title: 'Để lại một dấu cách' });
      const edits = actions[0]!.edit.changes[uri]!;
      const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 2, doubled), edits);
      expect(fixed).toBe(saved);

      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: fixed }] });
      await server.waitFor(uri, (list) => list.length === 0);
      expect(await server.stop()).toBe(0);
    } finally {
      server.kill();
    }
  }, 30_000);

  it('reports a YAML syntax error of an open plan file as a finding, in the language asked for, and goes on', async () => {
    const dir = copySample();
    const path = join(dir, 'plan.yaml');
    const uri = pathToFileURL(path).href;
    const broken = `${readFileSync(path, 'utf8')}\nsigner: [title, name\n`;
    const server = startServer(['--lang', 'en']);
    try {
      await server.initialize();
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: broken } });
      const found = await server.waitFor(uri, (list) => list.some((d) => d.code === 'yaml-syntax'));
      const checked = compilePlan(dir, { cwd: dir, overlay: new Map([[path, broken]]) }).diagnostics.filter((d) => d.file === 'plan.yaml');
      expect(found.map((d) => d.message)).toEqual(checked.map((d) => formatMessage(d, 'en')));
      expect(found[0]).toMatchObject({ severity: 1, source: 'plan', code: 'yaml-syntax' });
      // Mended, the finding goes: the server lived through the broken text.
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: readFileSync(path, 'utf8') }] });
      await server.waitFor(uri, (list) => list.length === 0);
      expect(await server.stop()).toBe(0);
    } finally {
      server.kill();
    }
  }, 30_000);

  it('checks the whole plan of an open progress entry, and publishes each file its findings', async () => {
    const dir = copySample();
    const entry = join(dir, 'progress', '2023-06.yaml');
    const text = readFileSync(entry, 'utf8').replace('- id: trung-tam-khac-phuc', '- id: khong-co-nhiem-vu');
    const server = startServer();
    try {
      await server.initialize();
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: pathToFileURL(entry).href, languageId: 'yaml', version: 1, text } });
      const found = await server.waitFor(pathToFileURL(entry).href, (list) => list.length > 0);
      const checked = compilePlan(dir, { cwd: dir, overlay: new Map([[entry, text]]) }).diagnostics;
      expect(found.map((d) => d.code)).toEqual(checked.filter((d) => d.file === join('progress', '2023-06.yaml')).map((d) => d.code));
      expect(found.map((d) => d.code)).toContain('progress-known');
      // Findings the change makes in the plan's other files are published for them too.
      for (const file of new Set(checked.map((d) => d.file).filter((f) => f !== join('progress', '2023-06.yaml')))) {
        const other = await server.waitFor(pathToFileURL(join(dir, file)).href, (list) => list.length > 0);
        expect(other.map((d) => d.code)).toEqual(checked.filter((d) => d.file === file).map((d) => d.code));
      }
      expect(await server.stop()).toBe(0);
    } finally {
      server.kill();
    }
  }, 30_000);
});
