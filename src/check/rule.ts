import type { Origin, Severity } from '../diagnostics.js';
import type { SourceKind } from '../load/source-file.js';
import type { MessageArgs } from '../messages/catalogue.js';
import type { Day } from '../model/days.js';
import type { Plan } from '../model/types.js';

/**
 * How a rule reports a finding: where it is in the data, and the message's arguments. The arguments
 * may be given as a function, called only if the finding is shown: past the tenth finding in one
 * text a finding is only counted (src/check/run-rules.ts), and a text may hold thousands.
 */
export type Report = ((at: Origin, args: MessageArgs | (() => MessageArgs), options?: { messageId?: string; target?: 'key' | 'value' }) => void) & {
  /** Counts further findings in the text at `at` without building them, for a rule that knows it has more than are shown. */
  more(at: Origin, count: number): void;
};

/** What a rule may look at: the model, the raw data of each file (for text rules), the run's options. */
export interface RuleContext {
  plan: Plan;
  files: readonly { kind: SourceKind; file: string; data: unknown }[];
  /** `plan check --final` / `plan build --final`: the document is about to be signed. */
  final: boolean;
  /** `plan check --as-of DAY`: rules about progress by a day run only when one is given, so plain `check` depends on the files alone. */
  asOf?: Day;
}

/** One check over a plan; its id is its file name and its message id. */
export interface Rule {
  id: string;
  severity: Severity;
  /**
   * The rule judges only values that are there (a date, a text, an id), never what the plan lacks
   * or what a field left out defaults to: it runs on a plan some of whose fields failed their
   * schema and were left out of the model (src/compile.ts), as its findings there are still true.
   */
  local?: boolean;
  description: { vi: string; en: string };
  /**
   * The rule holds a limit of README (Limits) that rendering relies on: a plan cannot turn it off
   * or make it a warning (a ten-thousand-year period, let through, wrote a document no program opens).
   */
  guardsLimit?: true;
  check(context: RuleContext, report: Report): void;
}
