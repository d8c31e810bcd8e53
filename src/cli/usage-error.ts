import type { Lang } from '../messages/catalogue.js';
import { formatText } from '../messages/format-message.js';

/** A mistake in how the command was called: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly messageId: string,
    readonly args: Record<string, string | number> = {},
  ) {
    super(messageId);
  }
}

/** What to print for a command that failed: a usage error in the catalogue's words, anything else as "Lỗi: <its message>". */
export function failureText(error: unknown, lang: Lang): string {
  if (error instanceof UsageError) return formatText(error.messageId, error.args, lang);
  return formatText('cli.failed', { detail: (error as Error).message ?? String(error) }, lang);
}
