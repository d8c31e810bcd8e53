import { execFile, execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Options for pdfText: -layout and a page range. */
export interface PdfTextOptions {
  layout?: boolean;
  firstPage?: number;
  lastPage?: number;
}

const CONVERT_TIMEOUT_MS = 120_000;
const MAX_BUFFER = 64 * 1024 * 1024;

/** Returns the absolute path of an executable found on PATH, or null. */
export function findExecutable(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return null;
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Returns the path of `soffice` (or `libreoffice`) on PATH, or null. */
export function findSoffice(): string | null {
  return findExecutable('soffice') ?? findExecutable('libreoffice');
}

/** True when pdftotext and pdfinfo (poppler-utils) are on PATH. */
export function hasPdfTools(): boolean {
  return findExecutable('pdftotext') !== null && findExecutable('pdfinfo') !== null;
}

/** Converts a .docx to PDF with headless LibreOffice (fresh profile, 120 s timeout); resolves to the PDF path. */
export async function convertToPdf(docxPath: string, outDir: string): Promise<string> {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) not found on PATH');
  const input = resolve(docxPath);
  const out = resolve(outDir);
  mkdirSync(out, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  const pdfPath = join(out, `${basename(input, extname(input))}.pdf`);
  rmSync(pdfPath, { force: true });
  try {
    const args = [
      '--headless',
      '--norestore',
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      input,
    ];
    const { stdout, stderr } = await run(soffice, args, CONVERT_TIMEOUT_MS);
    if (!existsSync(pdfPath)) {
      throw new Error(`soffice produced no PDF at ${pdfPath}\nstdout: ${stdout}\nstderr: ${stderr}`);
    }
    return pdfPath;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

function run(cmd: string, args: string[], timeout: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    execFile(cmd, args, { timeout, maxBuffer: MAX_BUFFER, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) {
        reject(new Error(`${cmd} ${args.join(' ')} failed: ${err.message}\nstdout: ${stdout}\nstderr: ${stderr}`));
        return;
      }
      resolvePromise({ stdout, stderr });
    });
  });
}

/** Extracts a PDF's text with pdftotext (UTF-8, to stdout). */
export function pdfText(pdfPath: string, opts: PdfTextOptions = {}): string {
  const args = ['-enc', 'UTF-8'];
  if (opts.layout) args.push('-layout');
  if (opts.firstPage !== undefined) args.push('-f', String(opts.firstPage));
  if (opts.lastPage !== undefined) args.push('-l', String(opts.lastPage));
  args.push(pdfPath, '-');
  return execFileSync('pdftotext', args, { encoding: 'utf8', maxBuffer: MAX_BUFFER });
}

/** Returns the page count reported by pdfinfo. */
export function pdfPageCount(pdfPath: string): number {
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8', maxBuffer: MAX_BUFFER });
  const m = /^Pages:\s+(\d+)/m.exec(info);
  if (!m) throw new Error(`pdfinfo reported no page count for ${pdfPath}:\n${info}`);
  return Number(m[1]);
}

/** Returns the text of each page (pdftotext output split on form feeds). */
export function pdfPageTexts(pdfPath: string, opts: Pick<PdfTextOptions, 'layout'> = {}): string[] {
  const pages = pdfText(pdfPath, opts).split('\f');
  if (pages.length > 1 && pages[pages.length - 1] === '') pages.pop();
  return pages;
}
