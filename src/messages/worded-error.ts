/** A failure said in the catalogue's words (a message id and its arguments): printed without a stack trace, exit code 2. */
export class WordedError extends Error {
  constructor(
    readonly messageId: string,
    readonly args: Record<string, string | number> = {},
  ) {
    super(messageId);
  }
}
