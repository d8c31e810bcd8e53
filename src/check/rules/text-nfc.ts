import type { TextSpan } from '../../diagnostics.js';
import type { Rule } from '../rule.js';
import { eachText } from './lib/items.js';
import { spanInText } from './lib/nfc-span.js';
import { detectLegacyEncoding } from './lib/vietnamese.js';

/**
 * Text is Unicode in its precomposed form (NFC), as Word and the fonts of Nghị định 30 expect: a
 * decomposed string (NFD, "a" + combining accent, as some keyboards and macOS file names produce) is
 * reported with its NFC form as the fix. Text pasted from the legacy TCVN3 (ABC) or VNI encodings
 * ("Hµ Néi", "Haø Noäi") is reported with the Unicode text as the fix.
 */
export const textNfc: Rule = {
  id: 'text-nfc',
  severity: 'error',
  local: true,
  description: {
    vi: 'Văn bản phải là Unicode dựng sẵn (NFC), không dán từ bảng mã TCVN3 (ABC) hay VNI',
    en: 'Text is precomposed Unicode (NFC), not pasted from the TCVN3 (ABC) or VNI encodings',
  },
  check(context, report) {
    eachText(context, (text, at, item, normalized) => {
      const nfc = normalized();
      // Each word at its place (ten shown, the rest counted): a fix per word applies even where
      // the file folds the text over lines, and `check --fix` mends ten words a pass, not one.
      if (nfc !== text) for (const word of decomposedWords(text)) report({ ...at, span: word.span }, () => ({ ...item(), fix: word.text, word: word.text }));
      const legacy = detectLegacyEncoding(nfc);
      if (legacy) {
        report({ ...at, span: spanInText(text, nfc, legacy.span) }, { ...item(), encoding: legacy.encoding, fix: legacy.fix, from: legacy.sample.from, to: legacy.sample.to }, { messageId: `text-nfc.${legacy.encoding}` });
      }
    });
  },
};

/** The words that change under NFC: in their NFC form to show the clerk, and where each stands. */
function* decomposedWords(text: string): Generator<{ text: string; span: TextSpan }> {
  for (const match of text.matchAll(/\S+/gu)) {
    const word = match[0];
    if (word.normalize('NFC') !== word) yield { text: word.normalize('NFC'), span: { offset: match.index, length: word.length } };
  }
}
