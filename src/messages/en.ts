import type { Catalogue, MessageArgs } from './catalogue.js';

function item(a: MessageArgs): string {
  const names: Record<string, string> = { task: 'Task', step: 'Step', group: 'Task group', unit: 'Unit', plan: 'Plan', signer: 'Signer', recipient: 'Recipient' };
  return [names[String(a['item'])] ?? String(a['item'] ?? ''), a['label'] ?? ''].join(' ').trim();
}

/** English messages (`--lang en`). */
export const en: Catalogue = {
  'yaml.aliases': (a) => `The file uses too many YAML aliases: ${a['detail']}`,
  'files.missing': (a) => `The plan folder has no ${a['name']}`,
  'files.too-large': (a) => `File too large (${a['size']} bytes; at most ${a['limit']})`,
  'files.unknown': (a) => `${a['name']} is not used; a plan reads only ${a['known']}`,
  'schema.required': (a) => `Missing required field "${a['field']}"`,
  'schema.additionalProperties': (a) => `Unknown field "${a['field']}"; check its spelling`,
  'schema.type': (a) =>
    `"${a['field']}" must be of type ${a['expected']}` + (String(a['expected']).startsWith('string') ? '; text containing ": " must be quoted or written after ">-"' : ''),
  'schema.enum': (a) => `"${a['field']}" must be one of: ${a['allowed']}`,
  'schema.pattern': (a) => `"${a['field']}" does not match the pattern ${a['pattern']}`,
  'schema.minimum': (a) => `"${a['field']}" must be at least ${a['limit']}`,
  'schema.maximum': (a) => `"${a['field']}" must be at most ${a['limit']}`,
  'schema.minItems': (a) => `"${a['field']}" needs at least ${a['limit']} item(s)`,
  'schema.minLength': (a) => `"${a['field']}" must not be empty`,
  'schema.other': (a) => `"${a['field']}" is invalid: ${a['detail']}`,
  'unit-known': (a) => `${item(a)}: no unit "${a['ref']}" in units.yaml` + (a['suggestion'] ? `; did you mean "${a['suggestion']}"?` : ''),
  'task-owner-required': (a) => `${item(a)} has no lead unit`,
  'task-deadline-required': (a) => `${item(a)} has no deadline`,
  'date-valid': (a) => `${item(a)}: the date ${a['value']} does not exist (month ${a['month']} of ${a['year']} has no day ${a['day']})`,
  'date-valid.month': (a) => `${item(a)}: there is no month ${a['month']} (${a['value']})`,
  'rule-config.unknown': (a) => `There is no rule "${a['id']}" (see plan check --list-rules)`,
  'render.failed': (a) => `Could not write the document: ${a['detail']}`,
  'cli.no-plans': (a) => `No plan found in ${a['dir']} (a plan is a folder with a plan.yaml)`,
  'cli.not-a-plan': (a) => `${a['dir']} is not a plan folder (it has no plan.yaml)`,
  'cli.wrote': (a) => `Wrote ${a['file']} (${a['kb']} KB)`,
  'cli.nothing-written': () => 'There are errors, so nothing was written.',
  'cli.clean': (a) => `Checked ${a['count']} plan(s): no problems.`,
  'cli.rules-heading': () => 'Rules (id, default severity, description):',
  'cli.rule-override': (a) => `  plan ${a['plan']}: ${a['severity']}; reason: ${a['reason']}`,
  'cli.no-soffice': () =>
    'LibreOffice (soffice) was not found to make the PDF. Install it: sudo apt-get install libreoffice-writer-nogui fonts-liberation, or give its path with --soffice <file>.',
  'cli.built': (a) => `${a['plan']}: ${a['files']} (${a['seconds']} s)`,
  'cli.watch': (a) => `[${a['time']}] ${a['plans']} plan(s): ${a['errors']} error(s), ${a['warnings']} warning(s), ${a['seconds']} s`,
  'cli.watching': () => 'Watching for changes (Ctrl+C to stop)...',
  'cli.failed': (a) => `Error: ${a['detail']}`,
};

/** English wording of a YAML syntax error: the parser's own message. */
export function enYamlSyntax(_code: string, detail: string): string {
  return `YAML syntax error: ${detail}`;
}
