import { RULES } from '../../check/rules/index.js';
import { compilePlan } from '../../compile.js';
import type { Lang } from '../../messages/catalogue.js';
import { formatText } from '../../messages/format-message.js';
import type { Io } from '../io.js';
import { resolvePlanDirs } from '../plan-dirs.js';

/** `plan check --list-rules [--plan DIR]`: every rule with id, severity and description, and what a plan changes. */
export function runListRules(options: { lang: Lang; plan?: string }, io: Io): number {
  const plans = options.plan === undefined ? [] : resolvePlanDirs([options.plan], io.cwd).map((dir) => compilePlan(dir, { cwd: io.cwd }));
  const width = Math.max(...RULES.map((r) => r.id.length));
  const lines = [formatText('cli.rules-heading', {}, options.lang)];
  for (const rule of RULES) {
    lines.push(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.description[options.lang]}`);
    for (const result of plans) {
      const override = result.plan?.rules[rule.id];
      if (override) lines.push(formatText('cli.rule-override', { plan: result.id, severity: override.severity, reason: override.reason }, options.lang));
    }
  }
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
