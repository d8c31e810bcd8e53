import { unlocated, type Diagnostic } from '../diagnostics.js';
import type { Plan } from '../model/types.js';
import type { Rule } from './rule.js';

/** Runs each rule over the plan; findings carry data paths, located later. */
export function runRules(plan: Plan, rules: readonly Rule[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    rule.check(plan, (at, args, options) => {
      const all = options?.target ? { ...args, target: options.target } : args;
      diagnostics.push(unlocated(rule.id, rule.severity, at, options?.messageId ?? rule.id, all));
    });
  }
  return diagnostics;
}
