import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Diagnostic as LspDiagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { packageVersion } from '../cli/version.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Lang } from '../messages/catalogue.js';
import { formatText } from '../messages/format-message.js';
import { FIXABLE_CODES } from '../check/quick-fix.js';
import { checkFolder } from './check-folder.js';
import { planFolderOf } from './plan-folder.js';
import { quickFixEdit } from './quick-fix-edit.js';
import { toLspDiagnostic } from './to-lsp.js';

/** Quiet time after the last keystroke before a plan is checked again: one check per pause, not per key. */
const DEBOUNCE_MS = 150;

/** The quick fixes of one file, with the version of the text they were made for. */
interface Fixes {
  version: number | undefined;
  fixes: { edit: TextEdit; title: string; diagnostic: LspDiagnostic }[];
}

/**
 * `plan lsp`: a language server on the given streams. Whenever a YAML file of a plan is opened,
 * changed, saved or closed, that plan is checked as `plan check` does, the open documents' texts
 * standing for the disk, and the findings of every file of the plan are published (an empty list
 * for a file whose findings are gone). Resolves with the exit code when the editor closes the
 * stream; the `exit` notification ends the process itself (0 after `shutdown`, 1 before, as LSP says).
 */
export function startLanguageServer(lang: Lang, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  const connection = createConnection(ProposedFeatures.all, input, output);
  const documents = new TextDocuments(TextDocument);
  const published = new Map<string, Set<string>>();
  const fixesByUri = new Map<string, Fixes>();
  const timers = new Map<string, NodeJS.Timeout>();
  let shutdown = false;

  const openDocuments = () => {
    const open = new Map<string, TextDocument>();
    for (const document of documents.all()) {
      const path = pathOf(document.uri);
      if (path) open.set(path, document);
    }
    return open;
  };

  const publish = (dir: string) => {
    const open = openDocuments();
    let found: Map<string, Diagnostic[]>;
    try {
      found = checkFolder(dir, new Map([...open].map(([path, document]) => [path, document.getText()])));
    } catch (error) {
      // A plan folder gone while open, say: said in the editor's log, and the server goes on.
      connection.console.error(`plan: ${dir}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const before = published.get(dir) ?? new Set<string>();
    const now = new Set<string>();
    for (const [path, list] of found) {
      const document = open.get(path);
      const uri = document?.uri ?? pathToFileURL(path).href;
      const diagnostics = list.map((d) => toLspDiagnostic(d, lang));
      const text = document ?? (list.some((d) => FIXABLE_CODES.has(d.code)) ? diskDocument(path, uri) : undefined);
      const fixes: Fixes['fixes'] = [];
      list.forEach((d, i) => {
        const fix = text && quickFixEdit(d, text);
        if (fix) fixes.push({ ...fix, diagnostic: diagnostics[i]! });
      });
      fixesByUri.set(uri, { version: document?.version, fixes });
      connection.sendDiagnostics({ uri, diagnostics, ...(document ? { version: document.version } : {}) });
      now.add(uri);
    }
    for (const uri of before) {
      if (now.has(uri)) continue;
      fixesByUri.delete(uri);
      connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    published.set(dir, now);
  };

  const schedule = (uri: string) => {
    const path = pathOf(uri);
    const open = openDocuments();
    const dir = path && planFolderOf(path, (p) => open.has(p));
    if (!dir) return;
    clearTimeout(timers.get(dir));
    timers.set(
      dir,
      setTimeout(() => {
        timers.delete(dir);
        publish(dir);
      }, DEBOUNCE_MS),
    );
  };

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'plan', version: packageVersion() },
  }));
  connection.onShutdown(() => {
    shutdown = true;
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  });
  // Fired on open as well as on every change.
  documents.onDidChangeContent((event) => schedule(event.document.uri));
  documents.onDidSave((event) => schedule(event.document.uri));
  // Closed unsaved, the file on disk is what the plan says again.
  documents.onDidClose((event) => schedule(event.document.uri));

  connection.onCodeAction((params): CodeAction[] => {
    const only = params.context.only;
    if (only && !only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`))) return [];
    const uri = params.textDocument.uri;
    const entry = fixesByUri.get(uri);
    // Fixes made for an older text would land in the wrong place: none until the new text is checked.
    if (!entry || entry.version !== documents.get(uri)?.version) return [];
    return entry.fixes
      .filter((fix) => overlaps(fix.edit.range, params.range))
      .map((fix) => ({
        title: formatText(fix.title, {}, lang),
        kind: CodeActionKind.QuickFix,
        diagnostics: [fix.diagnostic],
        isPreferred: true,
        edit: { changes: { [uri]: [fix.edit] } },
      }));
  });

  documents.listen(connection);
  connection.listen();
  return new Promise((resolve) => {
    const end = () => resolve(shutdown ? 0 : 1);
    input.once('end', end);
    input.once('close', end);
  });
}

/** The file's path for a file: URI; other schemes (an untitled buffer) belong to no plan. */
function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** A file of the plan not open in the editor, as the check read it, to place its fixes. */
function diskDocument(path: string, uri: string): TextDocument | undefined {
  try {
    return TextDocument.create(uri, 'yaml', 0, readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/** Whether two ranges meet; a cursor at either end of a finding counts. */
function overlaps(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function before(p: Range['start'], q: Range['start']): boolean {
  return p.line < q.line || (p.line === q.line && p.character < q.character);
}
