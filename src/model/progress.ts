import type { Origin } from '../diagnostics.js';
import { lastDayOf, parseDay, type Day } from './days.js';

/** What a unit reports of a task or step (progress.schema.json `state`). */
export type EntryState = 'chua-thuc-hien' | 'dang-thuc-hien' | 'da-hoan-thanh' | 'tam-dung';

/** "Sắp đến hạn": a task not done whose deadline is at most this many days ahead, unless plan.yaml says otherwise. */
export const DEFAULT_DUE_SOON_DAYS = 15;

/**
 * The day of a period's last month a periodic report closes its data on, unless plan.yaml says
 * otherwise: from the 15th of the month before the period to the 14th of its last month, as
 * Nghị định 09/2019/NĐ-CP is commonly applied (UNCONFIRMED against its text).
 */
export const DEFAULT_CUT_OFF_DAY = 14;

/** One line of a period's file: how a task or step stands, as its unit reports it. */
export interface ProgressEntry {
  /** A task's id, or a step's own id. */
  id: string;
  state: EntryState;
  /** The day it was done, as written ("2023-06-28"), and read; the day is null when it is no real day. */
  done: { raw: string; day: Day | null; origin: Origin } | null;
  result: string | null;
  evidence: string[];
  difficulties: string | null;
  reportedBy: string | null;
  origin: Origin;
}

/** One reporting period's file: progress/2023-06.yaml holds what was reported for June 2023. */
export interface ProgressPeriod {
  /** The file's name without its extension: 2023-06, 2023-Q2, 2023-H1, 2023. */
  name: string;
  file: string;
  from: Day;
  to: Day;
  entries: ProgressEntry[];
  /** The words of this period's Báo cáo, when the file gives them. */
  report: PeriodReport | null;
}

/** What a period's file writes for its own Báo cáo; null parts are left out, or taken from the plan. */
export interface PeriodReport {
  assessment: string[];
  shortcomings: string[];
  direction: string[];
  proposals: string[];
  /** The lines above the space to sign and the name, as the plan's signer; null: the plan's. */
  signer: { lines: string[]; name: string } | null;
  recipients: { name: string; note: string | null }[] | null;
}

/** Every period's entries, oldest first, and the plan's own setting for "sắp đến hạn". */
export interface PlanProgress {
  dueSoonDays: number;
  /** The day of a report period's last month its data closes on (31: the period's last day). */
  cutOffDay: number;
  periods: ProgressPeriod[];
}

/** The raw data of a progress file, as its schema lets it be. */
export interface RawProgressFile {
  entries: {
    id: string;
    state: EntryState;
    done?: string;
    result?: string;
    evidence?: string[];
    difficulties?: string;
    reportedBy?: string;
  }[];
  report?: {
    assessment?: string[];
    shortcomings?: string[];
    direction?: string[];
    proposals?: string[];
    signer?: { authority?: string | string[]; title?: string | string[]; name?: string };
    recipients?: { name: string; note?: string }[];
  };
}

/**
 * The first and last day of a period named as its file is (the loader admits only these names):
 * a month, a quarter, a half-year, a year.
 */
export function periodDays(name: string): { from: Day; to: Day } {
  const [yearText, part] = name.split('-');
  const year = Number(yearText);
  const span = (first: number, last: number) => ({ from: { year, month: first, day: 1 }, to: lastDayOf(year, last) });
  if (part === undefined) return span(1, 12);
  if (part.startsWith('Q')) return span(Number(part.slice(1)) * 3 - 2, Number(part.slice(1)) * 3);
  if (part.startsWith('H')) return span(Number(part.slice(1)) * 6 - 5, Number(part.slice(1)) * 6);
  return span(Number(part), Number(part));
}

/**
 * Reads the progress files into periods, ordered by the day each ends, then by the day it starts:
 * of two reports on one task, the later period's is the one that stands (June's after the first half-year's).
 */
export function buildProgress(files: readonly { file: string; data: RawProgressFile }[], settings: { dueSoonDays?: number; cutOffDay?: number }): PlanProgress {
  const periods = files.map(({ file, data }): ProgressPeriod => {
    const name = file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '');
    const at = (...path: (string | number)[]): Origin => ({ file, path: ['entries', ...path] });
    const entries = data.entries.map((e, i): ProgressEntry => ({
      id: e.id,
      state: e.state,
      done: e.done === undefined ? null : { raw: e.done, day: parseDay(e.done) ?? null, origin: at(i, 'done') },
      result: e.result ?? null,
      evidence: e.evidence ?? [],
      difficulties: e.difficulties ?? null,
      reportedBy: e.reportedBy ?? null,
      origin: at(i),
    }));
    return { name, file, ...periodDays(name), entries, report: data.report ? periodReport(data.report) : null };
  });
  const key = (d: Day) => d.year * 10_000 + d.month * 100 + d.day;
  periods.sort((a, b) => key(a.to) - key(b.to) || key(a.from) - key(b.from) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { dueSoonDays: settings.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS, cutOffDay: settings.cutOffDay ?? DEFAULT_CUT_OFF_DAY, periods };
}

function periodReport(raw: NonNullable<RawProgressFile['report']>): PeriodReport {
  const lines = (value: string | string[] | undefined) => (value === undefined ? [] : typeof value === 'string' ? value.split(/\r?\n/) : value).map((l) => l.trim()).filter((l) => l !== '');
  return {
    assessment: raw.assessment ?? [],
    shortcomings: raw.shortcomings ?? [],
    direction: raw.direction ?? [],
    proposals: raw.proposals ?? [],
    signer: raw.signer ? { lines: [...lines(raw.signer.authority), ...lines(raw.signer.title)], name: raw.signer.name ?? '' } : null,
    recipients: raw.recipients ? raw.recipients.map((r) => ({ name: r.name, note: r.note ?? null })) : null,
  };
}
