import type { TextSpan } from '../../../diagnostics.js';

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/**
 * A span found in `text.normalize('NFC')`, as a span of `text` itself: rules read NFC (so
 * "ngày" matches whether a keyboard typed it composed or not), while positions count in the file.
 * Mapped letter by letter (grapheme by grapheme: NFC never joins across them); undefined when a
 * span edge falls inside a letter.
 */
export function spanInText(text: string, nfc: string, span: TextSpan): TextSpan | undefined {
  if (nfc === text) return span;
  // Where each letter starts, in the NFC text and in the text.
  const starts = new Map<number, number>();
  let at = 0;
  for (const { segment, index } of graphemes.segment(text)) {
    starts.set(at, index);
    at += segment.normalize('NFC').length;
  }
  starts.set(at, text.length);
  if (at !== nfc.length) return undefined;
  const start = starts.get(span.offset);
  const end = starts.get(span.offset + span.length);
  return start === undefined || end === undefined ? undefined : { offset: start, length: end - start };
}
