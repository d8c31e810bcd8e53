import type { CommanderError } from 'commander';
import type { Lang } from '../messages/catalogue.js';
import { formatText } from '../messages/format-message.js';

/** Commander's errors about the command line, by its codes, to our message ids. */
const MESSAGES: Record<string, string> = {
  'commander.unknownCommand': 'cli.unknown-command',
  'commander.unknownOption': 'cli.unknown-option',
  'commander.optionMissingArgument': 'cli.option-missing-value',
  'commander.missingArgument': 'cli.missing-argument',
  'commander.invalidArgument': 'cli.invalid-value',
  'commander.excessArguments': 'cli.too-many-arguments',
};

/**
 * A mistyped command line in the clerk's language. Commander words its errors in English
 * ("error: unknown command 'chek' (Did you mean check?)"); the names and the suggestion are taken
 * from that text, and the rest is said in the catalogue's words; `commands` are the program's, listed
 * after an unknown one. An error of another kind keeps
 * Commander's own text.
 */
export function describeCommanderError(error: CommanderError, english: string, lang: Lang, commands: readonly string[] = []): string {
  const id = MESSAGES[error.code];
  if (lang === 'en' || !id) return english.trim();
  const quoted = [...english.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
  const suggestion = /\(Did you mean (.+?)\?\)/.exec(english)?.[1] ?? '';
  const choices = /Allowed choices are (.+?)\.?$/m.exec(english)?.[1] ?? '';
  return formatText(id, { name: quoted[0] ?? '', value: quoted[1] ?? '', suggestion, choices, commands: commands.join(', ') }, lang);
}

/** The language asked for with --lang, read before Commander has parsed anything (its errors come first). */
export function langOf(argv: readonly string[]): Lang {
  const at = argv.indexOf('--lang');
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return value === 'en' ? 'en' : 'vi';
}
