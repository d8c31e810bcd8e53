import type { Rule } from '../rule.js';
import { itemAt, walkStrings } from './lib/items.js';
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
  description: {
    vi: 'Văn bản phải là Unicode dựng sẵn (NFC), không dán từ bảng mã TCVN3 (ABC) hay VNI',
    en: 'Text is precomposed Unicode (NFC), not pasted from the TCVN3 (ABC) or VNI encodings',
  },
  check({ plan, files }, report) {
    for (const { kind, file, data } of files) {
      walkStrings(data, (text, path) => {
        const nfc = text.normalize('NFC');
        if (nfc !== text) report({ file, path }, { ...itemAt(plan, kind, path), fix: nfc, word: firstDecomposedWord(text) });
        const legacy = detectLegacyEncoding(nfc);
        if (legacy) {
          report({ file, path }, { ...itemAt(plan, kind, path), encoding: legacy.encoding, fix: legacy.fix, from: legacy.sample.from, to: legacy.sample.to }, { messageId: `text-nfc.${legacy.encoding}` });
        }
      });
    }
  },
};

/** The first word that changes under NFC, in its NFC form, to show the clerk where. */
function firstDecomposedWord(text: string): string {
  const word = text.split(/\s+/).find((w) => w.normalize('NFC') !== w) ?? text;
  return word.normalize('NFC');
}
