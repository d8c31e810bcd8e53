import type { TextEdit } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../diagnostics.js';
import { lspRange } from './to-lsp.js';

const SPACES = /^[ \t\u00a0]+$/;

/**
 * The quick fix of a stray space (rule text-spacing): its run of spaces replaced by what the rule
 * says (`replacement`). Only when the finding's range holds exactly that run in the text checked:
 * where the file writes the text otherwise than its value (an escape), the finding points at the
 * whole text, and replacing that would delete words.
 */
export function spacingFix(d: Diagnostic, document: TextDocument): TextEdit | undefined {
  const replacement = d.args['replacement'];
  if (d.code !== 'text-spacing' || typeof replacement !== 'string' || !d.span) return undefined;
  const range = lspRange(d);
  const text = document.getText(range);
  if (text.length !== d.span.length || !SPACES.test(text)) return undefined;
  return { range, newText: replacement };
}
