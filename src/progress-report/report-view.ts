import type { Templates } from '../render/templates.js';
import { buildView, dateView, timeView, type PlanView } from '../render/view.js';
import type { ProgressReport } from './build-report.js';

/**
 * What the report's page furniture prints: the plan's view with the ký hiệu BC, the period's last
 * month as the date (the day left for the office), and the period file's signer and Nơi nhận when
 * it gives them. The .docx and the Markdown review print the same.
 */
export function reportView(report: ProgressReport, templates: Templates): PlanView {
  const { plan, period, words } = report;
  const planView = buildView(plan, templates);
  return {
    ...planView,
    documentType: 'BC',
    number: '',
    date: dateView({ year: period.to.year, month: period.to.month, day: null, raw: '', origin: plan.date.origin }),
    signer: words?.signer ? { lines: words.signer.lines.map(planView.text), name: planView.text(words.signer.name) } : planView.signer,
    recipients: words?.recipients ? words.recipients.map((r) => ({ name: planView.text(r.name), note: r.note === null ? null : planView.text(r.note) })) : planView.recipients,
  };
}

/** The report's trích yếu: "Kết quả thực hiện Kế hoạch <the plan's title> (<the period in words>)". */
export function reportTitle(report: ProgressReport, templates: Templates): string {
  const title = report.plan.title;
  // The title as it reads after "Kế hoạch": its first letter in lower case, unless it starts an abbreviation (UBND).
  const subject = /^\p{Lu}\p{Ll}/u.test(title) ? title[0]!.toLocaleLowerCase('vi-VN') + title.slice(1) : title;
  return templates.phrase('report-title', { subject, period: report.period });
}

/** The appendix table: its header cells and a row per task (STT, task, lead, deadline, state, result). */
export function reportTable(report: ProgressReport, view: PlanView, templates: Templates): { header: string[]; rows: string[][] } {
  const header = ['column-stt', 'column-task', 'column-lead', 'column-deadline', 'column-state', 'column-result'].map((name) => templates.phrase(name));
  const rows = report.tasks.map((item) => [
    item.label,
    view.text(item.content),
    item.units.map((u) => u.displayName).join('; '),
    item.time ? templates.phrase('deadline', timeView(item.time)) : '',
    templates.phrase('deadline-state', { state: item.state }),
    item.entry?.result ? view.text(item.entry.result) : '',
  ]);
  return { header, rows };
}
