import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The LibreOffice command: `--soffice`, else PLAN_SOFFICE, else `soffice` or `libreoffice` on PATH. */
export function findSoffice(explicit: string | undefined, env: Record<string, string | undefined>): string | undefined {
  const candidates = explicit ? [explicit] : env['PLAN_SOFFICE'] ? [env['PLAN_SOFFICE']] : ['soffice', 'libreoffice'];
  for (const candidate of candidates) {
    const paths = candidate.includes('/') ? [candidate] : (env['PATH'] ?? '').split(delimiter).map((dir) => join(dir, candidate));
    for (const path of paths) {
      try {
        // A folder is "executable" too (it can be entered): only a file will do.
        accessSync(path, constants.X_OK);
        if (statSync(path).isFile()) return path;
      } catch {
        // not here; try the next
      }
    }
  }
  return undefined;
}

/**
 * Converts .docx bytes to PDF bytes with LibreOffice headless, the client offices open the
 * document in. A fresh profile per run keeps conversions independent of each other.
 */
export async function convertToPdf(soffice: string, docx: Uint8Array, name: string): Promise<Uint8Array> {
  const work = mkdtempSync(join(tmpdir(), 'plan-pdf-'));
  try {
    const input = join(work, `${name}.docx`);
    writeFileSync(input, docx);
    const profile = pathToFileURL(join(work, 'profile')).href;
    await new Promise<void>((resolve, reject) => {
      execFile(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, input], { timeout: 180_000 }, (error, _stdout, stderr) =>
        error ? reject(new Error(`LibreOffice: ${stderr || error.message}`)) : resolve(),
      );
    });
    return new Uint8Array(readFileSync(join(work, `${name}.pdf`)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
