import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range } from 'vscode-languageserver/node.js';
import type { Diagnostic, Position } from '../diagnostics.js';
import type { Lang } from '../messages/catalogue.js';
import { formatMessage } from '../messages/format-message.js';

/**
 * A finding's place as LSP counts it. Ours are 1-based line:column with columns in UTF-16 code
 * units (the offsets of the YAML parser's LineCounter into a JavaScript string, src/load/locate.ts),
 * which is what LSP's `character` counts by default: only the base changes.
 */
export function lspRange(d: Pick<Diagnostic, 'start' | 'end'>): Range {
  return { start: lspPosition(d.start), end: lspPosition(d.end) };
}

function lspPosition(p: Position): { line: number; character: number } {
  return { line: Math.max(0, p.line - 1), character: Math.max(0, p.column - 1) };
}

/** One finding as the editor shows it: the rule id as its code, the message in the clerk's language. */
export function toLspDiagnostic(d: Diagnostic, lang: Lang): LspDiagnostic {
  return {
    range: lspRange(d),
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code,
    source: 'plan',
    message: formatMessage(d, lang),
  };
}
