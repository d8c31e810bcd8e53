import type { Origin } from '../diagnostics.js';
import { monthIndex } from './dates.js';
import type { RawTime } from './raw.js';
import type { PlanDate, PlanTime, TimeKind } from './types.js';

/** The months a time is read against: the plan's period, which recurring and ongoing times span. */
export interface Period {
  from: PlanDate;
  to: PlanDate;
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

/**
 * Reads the time of a task or step as offices write it, or in the short machine forms:
 * - a day, month, quarter, half-year or year: 2024-06-30, 2024-06, 2024-Q2, 2024-H1, 2024;
 *   "Ngày 30/6/2024", "30/6/2024", "Tháng 6/2024", "6/2024", "Quý II/2024", "Quý II năm 2024",
 *   "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "Năm 2024";
 * - "Trước ngày 15/6/2024";
 * - a range of any two of these, "Tháng 3 - 6/2024", "Quý II - Quý III/2024", "2023-2025",
 *   "Giai đoạn 2023 - 2025", "Từ tháng 3/2024 đến tháng 6/2024";
 * - "Thường xuyên", "Hằng năm", "Hằng quý", "Hằng tháng" ("Hàng ..." too), which span the period.
 * Words are printed as typed; the machine forms are printed by the `deadline` phrase. Null when the
 * text is none of these (rule time-form reports it). Days and months are not checked against the
 * calendar here: rule date-valid does that, with the value as typed.
 */
export function parsePlanTime(input: RawTime, origin: Origin, period: Period): PlanTime | null {
  const time = readTime(input, origin, period);
  // A span of whole years ("Năm 2025", "2025 - 2035") in a plan that starts mid-year means the part
  // the plan covers: it starts with the plan, not in the January before it was issued.
  if (time && time.from.year === period.from.year && monthIndex(time.from) < monthIndex(period.from) && monthIndex(time.to) >= monthIndex(period.from)) {
    return { ...time, from: { ...period.from, origin: time.from.origin } };
  }
  return time;
}

function readTime(input: RawTime, origin: Origin, period: Period): PlanTime | null {
  if (typeof input === 'object') return wordsTime(input, origin, period);
  const raw = String(input);
  const text = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  const machine = machineTime(text, origin);
  if (machine) return { ...machine, raw, words: null, recurrence: null, origin };
  const lower = text.toLocaleLowerCase('vi-VN');
  const recurrence = RECURRING[lower.replace(/^hàng /, 'hằng ')];
  if (recurrence !== undefined) {
    const from = { ...period.from, origin };
    const to = { ...period.to, origin };
    return { raw, kind: recurrence === 'ongoing' ? 'ongoing' : 'recurring', from, to, words: text, recurrence: recurrence === 'ongoing' ? null : recurrence, origin };
  }
  const beforeMonth = /^trước tháng (.+)$/.exec(lower);
  if (beforeMonth) {
    const month = point(`tháng ${beforeMonth[1]!}`, null, raw, origin);
    if (month && month.kind === 'month') {
      const last = monthIndex(month.to) - 1;
      const to = { ...month.to, year: Math.floor(last / 12), month: (last % 12) + 1 };
      return { raw, kind: 'before-day', from: to, to, words: text, recurrence: null, origin };
    }
  }
  const before = /^trước ngày (.+)$/.exec(lower);
  if (before) {
    const day = point(before[1]!, null, raw, origin);
    return day && day.kind === 'day' ? { ...day, kind: 'before-day', words: text, recurrence: null, raw, origin } : null;
  }
  const single = point(lower, null, raw, origin);
  if (single) return { ...single, words: text, recurrence: null, raw, origin };
  const range = /^(?:từ |giai đoạn |năm )?(.+?) ?(?:-|–|đến) ?(.+)$/.exec(lower);
  if (range) {
    const end = point(range[2]!, null, raw, origin);
    const start = end && point(range[1]!, end, raw, origin);
    if (start && end) {
      // "Tháng 11 - 2/2025": a start without a year of its own that would fall after the end is in the
      // year before, when that is within the plan's period; else it is a typo ("Tháng 9 - 8/2024"),
      // left reversed for rule start-before-deadline.
      const before = { ...start.from, year: start.from.year - 1 };
      const crosses = !/\d{4}/.test(range[1]!) && monthIndex(start.from) > monthIndex(end.to) && monthIndex(before) >= monthIndex(period.from);
      const from = crosses ? before : start.from;
      return { raw, kind: 'range', from, to: end.to, words: text, recurrence: null, origin };
    }
  }
  return null;
}

/**
 * A time in the plan's own words ("Theo hướng dẫn của Trung ương"), printed as typed: placed by
 * `by` when given (and read like any time), else spanning the period with no deadline month.
 */
function wordsTime(input: { words: string; by?: string | number }, origin: Origin, period: Period): PlanTime | null {
  const words = input.words.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (input.by === undefined) return { raw: words, kind: 'words', from: { ...period.from, origin }, to: { ...period.to, origin }, words, recurrence: null, origin };
  const by = parsePlanTime(input.by, { file: origin.file, path: [...origin.path, 'by'] }, period);
  return by && { ...by, words, raw: words, origin };
}

type Point = Pick<PlanTime, 'kind' | 'from' | 'to'>;

const RECURRING: Record<string, PlanTime['recurrence'] | 'ongoing'> = {
  'thường xuyên': 'ongoing',
  'hằng năm': 'yearly',
  'hằng quý': 'quarterly',
  'hằng tháng': 'monthly',
};

function machineTime(text: string, origin: Origin): Point | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!, text, origin);
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) return months('month', +m[1]!, +m[2]!, +m[1]!, +m[2]!, text, origin);
  m = /^(\d{4})-Q([1-4])$/.exec(text);
  if (m) return months('quarter', +m[1]!, +m[2]! * 3 - 2, +m[1]!, +m[2]! * 3, text, origin);
  m = /^(\d{4})-H([12])$/.exec(text);
  if (m) return months('half', +m[1]!, +m[2]! * 6 - 5, +m[1]!, +m[2]! * 6, text, origin);
  m = /^(\d{4})$/.exec(text);
  if (m) return months('year', +m[1]!, 1, +m[1]!, 12, text, origin);
  // The machine form has no spaces; "2025 - 2035" is the clerk's own writing, printed as typed.
  m = /^(\d{4})-(\d{4})$/.exec(text);
  if (m) return months('years', +m[1]!, 1, +m[2]!, 12, text, origin);
  return null;
}

/**
 * One point of time in words, lower case. `end` is the other end of a range whose year this point
 * may leave out ("tháng 3 - 6/2024", "quý ii - quý iii/2024").
 */
function point(text: string, end: Point | null, raw: string, origin: Origin): Point | null {
  const year = end?.to.year;
  // "ngày 30 tháng 6 năm 2024", "tháng 6 năm 2024", "tháng 6 / 2024", "quý 4/2024": the same points in other words.
  text = text
    .replace(/^ngày (\d{1,2}) tháng (\d{1,2})(?: năm (\d{4}))?$/, (_, d: string, mo: string, y?: string) => `ngày ${d}/${mo}${y ? `/${y}` : ''}`)
    .replace(/^tháng (\d{1,2}) năm (\d{4})$/, 'tháng $1/$2')
    .replace(/ ?\/ ?/g, '/')
    .replace(/^quý ([1-4])(?=\/|$| năm)/, (_, q: string) => `quý ${ROMAN_QUARTERS[Number(q) - 1]!.toLowerCase()}`);
  let m = /^(?:ngày )?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(text);
  if (m && (m[3] || year)) return day(+(m[3] ?? year!), +m[2]!, +m[1]!, raw, origin);
  m = /^(?:tháng )?(\d{1,2})(?:\/(\d{4}))?$/.exec(text);
  if (m && (m[2] || year) && (m[2] || text.startsWith('tháng') || end?.kind === 'month')) return months('month', +(m[2] ?? year!), +m[1]!, +(m[2] ?? year!), +m[1]!, raw, origin);
  m = /^(?:quý )?(i|ii|iii|iv)(?:(?:\/| năm )(\d{4}))?$/.exec(text);
  if (m && (m[2] || year) && (text.startsWith('quý') || end?.kind === 'quarter' || end === null)) {
    const q = ROMAN_QUARTERS.indexOf(m[1]!.toUpperCase()) + 1;
    const y = +(m[2] ?? year!);
    return months('quarter', y, q * 3 - 2, y, q * 3, raw, origin);
  }
  m = /^6 tháng (đầu|cuối) năm (\d{4})$/.exec(text);
  if (m) return m[1] === 'đầu' ? months('half', +m[2]!, 1, +m[2]!, 6, raw, origin) : months('half', +m[2]!, 7, +m[2]!, 12, raw, origin);
  m = /^(?:năm )?(\d{4})$/.exec(text);
  if (m) return months('year', +m[1]!, 1, +m[1]!, 12, raw, origin);
  return null;
}

function day(year: number, month: number, dayOfMonth: number, raw: string, origin: Origin): Point {
  const date: PlanDate = { year, month, day: dayOfMonth, raw, origin };
  return { kind: 'day', from: date, to: date };
}

function months(kind: TimeKind, fromYear: number, fromMonth: number, toYear: number, toMonth: number, raw: string, origin: Origin): Point {
  return { kind, from: { year: fromYear, month: fromMonth, day: null, raw, origin }, to: { year: toYear, month: toMonth, day: null, raw, origin } };
}

/** Roman numeral of the quarter a month ends, for the `deadline` phrase. */
export function quarterOf(month: number): string {
  return ROMAN_QUARTERS[Math.min(3, Math.max(0, Math.ceil(month / 3) - 1))]!;
}
