/** Input plan import cannot read (not a .docx, encrypted, damaged, empty, not a plan): a catalogue message, exit 2. */
export class ImportFailure extends Error {
  constructor(
    readonly messageId: string,
    readonly args: Record<string, string> = {},
  ) {
    super(messageId);
  }
}
