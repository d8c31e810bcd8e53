import { spawn, type ChildProcess } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import { REPO } from '../cli/run-cli.js';

/** A diagnostic as the server publishes it (the LSP shape, kept to what the tests read). */
export interface Published {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
}

/**
 * `node bin/plan.js lsp` driven as an editor drives it: JSON-RPC over the child's stdin and stdout,
 * with the diagnostics last published for each URI kept. Runs the built CLI (`npm run build:ts`).
 */
export function startServer(args: string[] = []) {
  const child: ChildProcess = spawn(process.execPath, ['bin/plan.js', 'lsp', ...args], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const connection: MessageConnection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const diagnostics = new Map<string, Published[]>();
  let publications = 0;
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Published[] }) => {
    diagnostics.set(params.uri, params.diagnostics);
    publications++;
  });
  connection.listen();
  return {
    connection,
    diagnostics,
    exited,
    stderr: () => stderr,
    publications: () => publications,
    /** The diagnostics of a URI once they satisfy `test` (the server checks after a pause in typing). */
    async waitFor(uri: string, test: (found: Published[]) => boolean, ms = 15_000): Promise<Published[]> {
      const end = Date.now() + ms;
      while (!(diagnostics.has(uri) && test(diagnostics.get(uri)!))) {
        if (Date.now() > end) throw new Error(`timed out waiting for diagnostics of ${uri}: ${JSON.stringify(diagnostics.get(uri))}\n${stderr}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return diagnostics.get(uri)!;
    },
    async initialize(): Promise<{ capabilities: Record<string, unknown> }> {
      // A server that ends instead of answering fails the test at once, with what it said.
      const ended = exited.then((code) => Promise.reject(new Error(`plan lsp ended with code ${code}: ${stderr}`)));
      const result = await Promise.race([
        connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: {} } } }),
        ended,
      ]);
      await connection.sendNotification('initialized', {});
      return result;
    },
    async stop(): Promise<number | null> {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      return exited;
    },
    kill: () => child.kill(),
  };
}
