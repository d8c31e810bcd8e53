import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../paths.js';

interface Manifest {
  version: string;
  homepage?: string;
  repository?: string | { url?: string };
}

function manifest(): Manifest {
  return JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as Manifest;
}

/** The version in package.json, shown by --version and written into SARIF logs. */
export function packageVersion(): string {
  return manifest().version;
}

/**
 * Where the README (the rules' documentation) is read: the package's `homepage` or its GitHub
 * `repository` when package.json declares one, else this installed copy's README as a file: URL,
 * so a SARIF reader always gets an absolute address.
 */
export function packageReadmeUrl(): string {
  const { homepage, repository } = manifest();
  if (homepage) return homepage.replace(/#.*$/, '');
  const url = typeof repository === 'string' ? repository : repository?.url;
  const github = url && /github\.com[/:]([^/]+)\/([^/#]+?)(?:\.git)?$/.exec(url);
  if (github) return `https://github.com/${github[1]}/${github[2]}/blob/HEAD/README.md`;
  return pathToFileURL(join(PACKAGE_ROOT, 'README.md')).href;
}
