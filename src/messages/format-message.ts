import type { Diagnostic } from '../diagnostics.js';
import type { Lang, MessageArgs } from './catalogue.js';
import { en, enYamlSyntax } from './en.js';
import { vi, viYamlSyntax } from './vi.js';

/** The diagnostic's message in the given language. */
export function formatMessage(d: Diagnostic, lang: Lang): string {
  if (d.messageId.startsWith('yaml.') && d.messageId !== 'yaml.aliases' && d.messageId !== 'yaml.alias-unknown') {
    const code = d.messageId.slice('yaml.'.length);
    return lang === 'en' ? enYamlSyntax(code, String(d.args['detail'])) : viYamlSyntax(code, String(d.args['detail']));
  }
  // A rule's findings past the first ten in one text are counted on the last shown (src/check/run-rules.ts).
  const more = d.args['more'];
  const rest = more === undefined ? '' : lang === 'en' ? ` (and ${more} more in this text)` : ` (và ${more} chỗ khác trong văn bản này)`;
  // And past the first thousand in one file, on the last shown there.
  const inFile = d.args['moreInFile'];
  const restOfFile = inFile === undefined ? '' : lang === 'en' ? ` (and ${inFile} more of this kind in this file)` : ` (và ${inFile} chỗ khác cùng loại trong tệp này)`;
  return formatText(d.messageId, d.args, lang) + rest + restOfFile;
}

/** Any catalogue message (diagnostics and the CLI's own lines) in the given language. */
export function formatText(id: string, args: MessageArgs, lang: Lang): string {
  const message = (lang === 'en' ? en : vi)[id];
  return message ? message(args) : `${id} ${JSON.stringify(args)}`;
}
