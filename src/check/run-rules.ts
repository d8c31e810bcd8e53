import { unlocated, type Diagnostic, type Origin, type PathSegment } from '../diagnostics.js';
import type { MessageArgs } from '../messages/catalogue.js';
import type { Rule, RuleContext } from './rule.js';

/**
 * Findings of one rule shown one by one in one text; the last shown counts the rest (`more`). A
 * pasted page of double spaces is one fix, not a thousand lines, and a text of 7,000 dates not
 * 7,000 findings: a 16 MB file of them made a million, and the check ran out of stack.
 */
export const MAX_PER_TEXT = 10;

/**
 * Findings of one rule shown in one file; the last shown counts the rest (`moreInFile`). A file of
 * 95,000 short texts, each with its doubled spaces, made 285,000 findings and took 15 s and 1 GB
 * to report; nobody reads past the first thousand, and `check --fix` mends them all.
 */
export const MAX_PER_FILE = 1000;

/**
 * Runs each rule over the plan at the severity the plan sets; findings carry data paths, located
 * later. `perText`, `perFile`: how many findings of a rule one text, one file shows (`check --fix`
 * asks for more, as it mends what is shown, pass after pass).
 */
export function runRules(context: RuleContext, rules: readonly Rule[], perText = MAX_PER_TEXT, perFile = MAX_PER_FILE): Diagnostic[] {
  const overrides = context.plan.rules;
  const diagnostics: Diagnostic[] = [];
  for (const [id] of Object.entries(overrides)) {
    if (!rules.some((r) => r.id === id)) {
      diagnostics.push(unlocated('rule-config', 'warning', { file: context.plan.origins.plan, path: ['rules', id] }, 'rule-config.unknown', { id, target: 'key' }));
    }
  }
  for (const rule of rules) {
    const override = overrides[rule.id]?.severity;
    if (rule.guardsLimit && override !== undefined && override !== rule.severity) {
      diagnostics.push(unlocated('rule-config', 'warning', { file: context.plan.origins.plan, path: ['rules', rule.id] }, 'rule-config.guards-limit', { id: rule.id, severity: rule.severity, target: 'key' }));
    }
    const severity = rule.guardsLimit ? rule.severity : (override ?? rule.severity);
    if (severity === 'off') continue;
    // Keyed by the text's data path as eachText gives it: one array for every finding in that text.
    const inText = new Map<readonly PathSegment[], { shown: number; hidden: number; last: Diagnostic }>();
    const inFile = new Map<string, { shown: number; hidden: number; last: Diagnostic | null }>();
    const report = (at: Origin, args: MessageArgs | (() => MessageArgs), options?: { messageId?: string; target?: 'key' | 'value' }) => {
      let file = inFile.get(at.file);
      if (!file) inFile.set(at.file, (file = { shown: 0, hidden: 0, last: null }));
      if (file.shown >= perFile) {
        file.hidden++;
        return;
      }
      const key = at.span ? at.path : undefined;
      const seen = key === undefined ? undefined : inText.get(key);
      if (seen && seen.shown >= perText) {
        seen.hidden++;
        return;
      }
      const given = typeof args === 'function' ? args() : args;
      const all = options?.target ? { ...given, target: options.target } : given;
      const diagnostic = unlocated(rule.id, severity, at, options?.messageId ?? rule.id, all);
      diagnostics.push(diagnostic);
      file.shown++;
      file.last = diagnostic;
      if (key !== undefined) inText.set(key, { shown: (seen?.shown ?? 0) + 1, hidden: 0, last: diagnostic });
    };
    const more = (at: Origin, count: number) => {
      const seen = inText.get(at.path);
      if (seen) seen.hidden += count;
    };
    rule.check(context, Object.assign(report, { more }));
    for (const { hidden, last } of inText.values()) if (hidden > 0) last.args = { ...last.args, more: hidden };
    for (const { hidden, last } of inFile.values()) if (hidden > 0 && last) last.args = { ...last.args, moreInFile: hidden };
  }
  return diagnostics;
}
