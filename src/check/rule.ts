import type { Origin, Severity } from '../diagnostics.js';
import type { MessageArgs } from '../messages/catalogue.js';
import type { Plan } from '../model/types.js';

/** How a rule reports a finding: where it is in the data, and the message's arguments. */
export type Report = (at: Origin, args: MessageArgs, options?: { messageId?: string; target?: 'key' | 'value' }) => void;

/** One check over the plan model; its id is its file name and its message id. */
export interface Rule {
  id: string;
  severity: Severity;
  description: { vi: string; en: string };
  check(plan: Plan, report: Report): void;
}
