import { startLanguageServer } from '../../lsp/server.js';
import type { Lang } from '../../messages/catalogue.js';

/**
 * `plan lsp`: the language server on the process's stdin and stdout, which then belong to the
 * protocol (nothing else may print to stdout). Its code and the protocol's modules are loaded only
 * for this command (main.ts imports this file when it runs): `plan check` never pays for them.
 */
export function runLsp(options: { lang: Lang }): Promise<number> {
  return startLanguageServer(options.lang, process.stdin, process.stdout);
}
