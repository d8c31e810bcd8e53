import type { Lang } from '../messages/catalogue.js';
import { formatText } from '../messages/format-message.js';
import { WordedError } from '../messages/worded-error.js';

/** A mistake in how the command was called: printed without a stack trace, exit code 2. */
export class UsageError extends WordedError {}

/** What to print for a command that failed: a usage error in the catalogue's words, anything else as "Lỗi: <its message>". */
export function failureText(error: unknown, lang: Lang): string {
  if (error instanceof WordedError) return formatText(error.messageId, error.args, lang);
  // A file system's refusal, in words, with the file it refused ("EEXIST: file already exists, mkdir" said neither).
  const { code, path } = error as NodeJS.ErrnoException;
  if (code !== undefined && FILE_SYSTEM_CODES.includes(code)) return formatText('cli.fs-failed', { code, path: path ?? '' }, lang);
  return formatText('cli.failed', { detail: (error as Error).message ?? String(error) }, lang);
}

/** The file system errors said in words (src/messages: cli.fs-failed). */
const FILE_SYSTEM_CODES = ['ENOSPC', 'EACCES', 'EPERM', 'EROFS', 'EEXIST', 'ENOTDIR', 'EISDIR', 'EDQUOT', 'ENOENT', 'ENAMETOOLONG', 'ELOOP'];
