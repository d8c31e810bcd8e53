import { periodKey, periodMonths, timelineScale } from '../model/timeline-scale.js';
import type { Plan, TimelineScale } from '../model/types.js';
import type { Templates } from './templates.js';

/** One column of a timeline: a month, a quarter or a year, as month offsets from the period's start. */
export interface TimelineColumn {
  text: string;
  /** What the column is, whatever its header says ("2024-Q1"): months gather into it by this. */
  key: string;
  first: number;
  last: number;
  year: number;
}

export interface TimelineColumns {
  scale: TimelineScale;
  columns: TimelineColumn[];
  /** The year row above months or quarters ("Năm 2024" across them); none for years. */
  years: { text: string; span: number }[];
}

/** The timeline's columns: the scale the appendix asks for, else by the period's length. */
export function timelineColumns(plan: Plan, asked: TimelineScale | null, templates: Templates): TimelineColumns {
  const months = periodMonths(plan);
  const scale = timelineScale(months.length, asked);
  const columns: TimelineColumn[] = [];
  months.forEach((m, offset) => {
    const key = periodKey(m, scale);
    const last = columns[columns.length - 1];
    // A quarter or a year gathers its months; months are columns of their own.
    if (last && last.key === key) last.last = offset;
    else columns.push({ text: columnText(m, scale, templates), key, first: offset, last: offset, year: m.year });
  });
  const years: { text: string; span: number }[] = [];
  if (scale !== 'years') {
    for (const column of columns) {
      const last = years[years.length - 1];
      const text = templates.phrase('column-year-row', { year: column.year });
      if (last && last.text === text) last.span++;
      else years.push({ text, span: 1 });
    }
  }
  return { scale, columns, years };
}

function columnText(m: { month: number; year: number }, scale: TimelineScale, templates: Templates): string {
  if (scale === 'months') return templates.phrase('column-month', m);
  if (scale === 'quarters') return templates.phrase('column-quarter', { quarter: Math.ceil(m.month / 3), year: m.year });
  return templates.phrase('column-year', { year: m.year });
}
