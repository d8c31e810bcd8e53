import { unlocated, type Diagnostic } from '../diagnostics.js';
import type { Rule, RuleContext } from './rule.js';

/** Runs each rule over the plan at the severity the plan sets; findings carry data paths, located later. */
export function runRules(context: RuleContext, rules: readonly Rule[]): Diagnostic[] {
  const overrides = context.plan.rules;
  const diagnostics: Diagnostic[] = [];
  for (const [id] of Object.entries(overrides)) {
    if (!rules.some((r) => r.id === id)) {
      diagnostics.push(unlocated('rule-config', 'warning', { file: context.plan.origins.plan, path: ['rules', id] }, 'rule-config.unknown', { id, target: 'key' }));
    }
  }
  for (const rule of rules) {
    const severity = overrides[rule.id]?.severity ?? rule.severity;
    if (severity === 'off') continue;
    rule.check(context, (at, args, options) => {
      const all = options?.target ? { ...args, target: options.target } : args;
      diagnostics.push(unlocated(rule.id, severity, at, options?.messageId ?? rule.id, all));
    });
  }
  return diagnostics;
}
