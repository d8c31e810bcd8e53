import type { TextSpan } from '../../../diagnostics.js';
import { nd30Day, nd30Month } from '../../../model/dates.js';

/** A date written inside a text: "ngày 5/1/2023" or "ngày 5 tháng 1 năm 2023". */
export interface TextDate {
  /** The words as written, "ngày 5/1/2023". */
  text: string;
  day: number;
  month: number;
  year: number;
  /** Day and month as written ("5", "01"): Nghị định 30 wants "05" and "01", but "3" for March. */
  written: { day: string; month: string };
  /** The same date as Nghị định 30 writes it, in the same style: "ngày 05/01/2023". */
  nd30: string;
  /** Where the words stand in the text searched. */
  span: TextSpan;
}

// "ngày 5/1/2023", "ngày 5-1-2023", "ngày 5.1.2023" (one separator throughout), and the long form.
const SHORT = /(?<![\p{L}\p{N}])(ngày)\s+(\d{1,2})([/.-])(\d{1,2})\3(\d{4})(?!\d)/giu;
const LONG = /(?<![\p{L}\p{N}])(ngày)\s+(\d{1,2})\s+(tháng)\s+(\d{1,2})\s+(năm)\s+(\d{4})(?!\d)/giu;

/** Every date of the two forms in a text (which must be NFC), in order of appearance. */
export function findTextDates(text: string): TextDate[] {
  const found: { at: number; date: TextDate }[] = [];
  for (const m of text.matchAll(SHORT)) {
    const [whole, word, d, sep, mo, y] = m as unknown as [string, string, string, string, string, string];
    const day = Number(d);
    const month = Number(mo);
    found.push({ at: m.index, date: { text: whole, day, month, year: Number(y), written: { day: d, month: mo }, nd30: `${word} ${nd30Day(day)}${sep}${nd30Month(month)}${sep}${y}`, span: { offset: m.index, length: whole.length } } });
  }
  for (const m of text.matchAll(LONG)) {
    const [whole, word, d, thang, mo, nam, y] = m as unknown as [string, string, string, string, string, string, string];
    const day = Number(d);
    const month = Number(mo);
    found.push({ at: m.index, date: { text: whole, day, month, year: Number(y), written: { day: d, month: mo }, nd30: `${word} ${nd30Day(day)} ${thang} ${nd30Month(month)} ${nam} ${y}`, span: { offset: m.index, length: whole.length } } });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.date);
}

// "hạn 31/6/2026", "(30/02/2024)": a day/month/year with slashes, whatever word comes before it.
const BARE = /(?<![\p{L}\p{N}/.-])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/gu;

/**
 * Every date of the two forms, and every bare "d/m/yyyy" besides, for checking that each exists
 * in the calendar (rule date-valid). Rule date-format judges only the dates after "ngày".
 */
export function findAllTextDates(text: string): TextDate[] {
  const dated = findTextDates(text);
  // Both lists run in order of offset: the dates after "ngày" are walked once alongside, not
  // searched for each bare date (a text of 7,000 dates asked 49 million questions).
  let next = 0;
  const covered = (at: number) => {
    while (next < dated.length && dated[next]!.span.offset + dated[next]!.span.length <= at) next++;
    return next < dated.length && dated[next]!.span.offset <= at;
  };
  const bare: TextDate[] = [];
  for (const m of text.matchAll(BARE)) {
    if (covered(m.index)) continue;
    const [whole, d, mo, y] = m as unknown as [string, string, string, string];
    bare.push({ text: whole, day: Number(d), month: Number(mo), year: Number(y), written: { day: d, month: mo }, nd30: whole, span: { offset: m.index, length: whole.length } });
  }
  return [...dated, ...bare].sort((a, b) => a.span.offset - b.span.offset);
}

/** Whether day and month are written the Nghị định 30 way (only meaningful for a real date). */
export function isNd30Written(date: TextDate): boolean {
  return date.written.day === nd30Day(date.day) && date.written.month === nd30Month(date.month);
}
