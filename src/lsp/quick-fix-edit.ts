import type { TextEdit } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixInText } from '../check/quick-fix.js';
import type { Diagnostic } from '../diagnostics.js';
import { lspRange } from './to-lsp.js';

/**
 * A finding's quick fix as an edit of the document (src/check/quick-fix.ts says which findings
 * have one, the same that `plan check --fix` applies), with the message id of its title.
 */
export function quickFixEdit(d: Diagnostic, document: TextDocument): { edit: TextEdit; title: string } | undefined {
  const range = lspRange(d);
  const fix = fixInText(d, document.getText(), document.offsetAt(range.start), document.offsetAt(range.end));
  return fix && { edit: { range, newText: fix.newText }, title: fix.title };
}
