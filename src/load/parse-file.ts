import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { unlocated, type Diagnostic } from '../diagnostics.js';
import type { FileKind, SourceFile } from './source-file.js';

/** Limits that keep a hostile file from exhausting memory (documented in README). */
export const YAML_LIMITS = { maxAliasCount: 100 } as const;

/** Parses YAML text with line tracking; syntax errors become located diagnostics. */
export function parseFile(kind: FileKind, file: string, text: string): { source: SourceFile; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const diagnostics = [
    ...doc.errors.map((e) => syntaxDiagnostic(file, e, 'error', lineCounter)),
    ...doc.warnings.map((e) => syntaxDiagnostic(file, e, 'warning', lineCounter)),
  ];
  let data: unknown;
  if (doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
    } catch (error) {
      diagnostics.push(unlocated('yaml-syntax', 'error', { file, path: [] }, 'yaml.aliases', { detail: (error as Error).message }));
    }
  }
  return { source: { kind, file, text, doc, lineCounter, data }, diagnostics };
}

function syntaxDiagnostic(file: string, error: YAMLError, severity: 'error' | 'warning', lineCounter: LineCounter): Diagnostic {
  // error.pos holds offsets; linePos is only filled in with prettyErrors, which also rewrites the message.
  const start = lineCounter.linePos(error.pos[0]);
  const stop = lineCounter.linePos(Math.max(error.pos[0], error.pos[1]));
  return {
    code: 'yaml-syntax',
    severity,
    messageId: `yaml.${error.code}`,
    args: { detail: firstLine(error.message) },
    file,
    path: [],
    start: { line: start.line, column: start.col },
    end: { line: stop.line, column: stop.col },
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
