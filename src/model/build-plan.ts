import type { Origin } from '../diagnostics.js';
import { monthIndex, parsePlanDate, twoDigits } from './dates.js';
import { assignImplementation } from './implementation.js';
import { buildAppendices } from './appendices.js';
import { classicOutline } from './classic-outline.js';
import { DEFAULT_NUMBERING } from './numbering.js';
import { buildOutline, buildRoleBlocks, listItem } from './outline.js';
import type { RawAppendicesFile, RawBlock, RawLines, RawPlanFile, RawTask, RawTasksFile, RawTime, RawUnitsFile } from './raw.js';
import { toRoman } from './roman.js';
import { buildProgress, type RawProgressFile } from './progress.js';
import { buildSteps } from './steps.js';
import { parsePlanTime, type Period } from './time.js';
import type { NumberingStyle, Plan, PlanDate, PlanTime, Reference, SolutionBlock, Task, TaskGroup, Unit } from './types.js';

/** The three validated files of a plan, with the paths diagnostics should name. */
export interface PlanInput {
  id: string;
  dir: string;
  plan: { file: string; data: RawPlanFile };
  units: { file: string; data: RawUnitsFile };
  tasks?: { file: string; data: RawTasksFile } | undefined;
  appendices?: { file: string; data: RawAppendicesFile } | undefined;
  progress?: { file: string; data: RawProgressFile }[];
}

/** Reads the times of tasks and steps against the plan's period, and keeps those it cannot read. */
export interface TimeReader {
  read(raw: RawTime | undefined, origin: Origin): PlanTime | null;
  period: Period;
}

/** Builds the plan model: resolves unit references, numbers groups and tasks, lays out the outline. */
export function buildPlan(input: PlanInput): Plan {
  const p = input.plan.data;
  const at = (file: string, ...path: (string | number)[]): Origin => ({ file, path });
  const numbering = (p.numbering as NumberingStyle[] | undefined) ?? [...DEFAULT_NUMBERING];
  const plainUnits = input.units.data.units.map((u, i): Unit => ({
    id: u.id,
    name: u.name,
    displayName: u.shortName ?? u.name,
    abbreviation: u.abbreviation ?? null,
    role: null,
    external: u.external ?? false,
    origin: at(input.units.file, 'units', i),
  }));
  const unitById = indexUnits(plainUnits);
  // A role is built once the registry is known: its "-" items may name units.
  const units = plainUnits.map((unit, i) => {
    const role = input.units.data.units[i]!.role;
    unit.role = role === undefined ? null : buildRoleBlocks(role, unit.origin, { file: input.units.file, numbering, groups: [], implementation: [], unitById });
    return unit;
  });

  const date = parsePlanDate(p.date, at(input.plan.file, 'date'));
  const period = p.period
    ? { from: parsePlanDate(p.period.from, at(input.plan.file, 'period', 'from')), to: parsePlanDate(p.period.to, at(input.plan.file, 'period', 'to')) }
    : { from: { ...date, month: 1, day: null, raw: `${date.year}-01` }, to: { ...date, month: 12, day: null, raw: `${date.year}-12` } };

  // A task without a start of its own starts with the period, or with the plan when it is issued
  // later (a plan of 02/2024 for the year 2024): work cannot start before the plan that sets it.
  const defaultStart = monthIndex(date) > monthIndex(period.from) ? { ...date, day: null, raw: `${date.year}-${twoDigits(date.month)}` } : period.from;

  const unreadTimes: Plan['unreadTimes'] = [];
  const times: TimeReader = {
    period,
    read(raw, origin) {
      if (raw === undefined) return null;
      const time = parsePlanTime(raw, origin, period);
      if (!time) unreadTimes.push(typeof raw === 'object' ? { raw: String(raw.by), origin: { file: origin.file, path: [...origin.path, 'by'] } } : { raw: String(raw), origin });
      return time;
    },
  };

  const appendices = buildAppendices(input.appendices);
  const tasksFile = input.tasks?.file ?? input.plan.file.replace(/plan\.yaml$/, 'tasks.yaml');
  const groups = (input.tasks?.data.groups ?? []).map((g, gi): TaskGroup => {
    const label = String(gi + 1);
    return {
      id: g.id,
      label,
      roman: toRoman(gi + 1),
      title: g.title ?? null,
      origin: at(tasksFile, 'groups', gi),
      tasks: numberTasks(g.tasks).map(({ task: t, number }, ti) => buildTask(t, g.id, `${label}.${number}`, number, at(tasksFile, 'groups', gi, 'tasks', ti), unitById, defaultStart, times)),
    };
  });
  const tasks = groups.flatMap((g) => g.tasks);
  const implementation = assignImplementation(units, tasks);

  const references = new Map<string, Reference>();
  for (const task of tasks) {
    references.set(task.id, { kind: 'task', label: task.label });
    for (const step of task.steps) if (step.id) references.set(step.id, { kind: 'step', label: step.label });
  }
  for (const group of groups) references.set(group.id, { kind: 'group', label: group.label });
  for (const appendix of appendices) references.set(appendix.id, { kind: 'appendix', label: appendix.label });
  const context = { file: input.plan.file, numbering, groups, implementation, unitById, references };
  // Paragraphs only, so they take no number: built apart so each block keeps the path it is written at.
  const opening = buildOutline(p.opening ?? [], ['opening'], context);
  const outline = [...opening, ...buildOutline(p.outline ?? classicOutline(p, appendices.length > 0), ['outline'], context)];

  return {
    id: input.id,
    dir: input.dir,
    issuer: {
      superior: lines(p.issuer.superior),
      name: lines(p.issuer.name),
      fullName: lines(p.issuer.name).join(' '),
      abbreviation: p.issuer.abbreviation,
    },
    documentType: p.documentType ?? 'KH',
    number: p.number === undefined ? '' : String(p.number),
    place: p.place,
    date,
    period,
    title: lines(p.title).join(' '),
    titleLines: lines(p.title),
    outline,
    numbering,
    groups,
    tasks,
    units,
    implementation,
    appendices,
    references,
    closing: p.closing ?? null,
    signer: {
      lines: [...lines(p.signer?.authority), ...lines(p.signer?.title)],
      name: p.signer?.name ?? '',
      origin: at(input.plan.file, 'signer'),
    },
    recipients: p.recipients.map((r) => ({ name: r.name, note: r.note ?? null })),
    archiveId: p.archive,
    archive: unitById.get(p.archive) ?? null,
    layout: p.layout ?? {},
    settings: { requirePerson: p.settings?.requirePerson ?? false, stepsInherit: p.settings?.stepsInherit ?? true },
    rules: p.rules ?? {},
    unreadTimes,
    progress: buildProgress(input.progress ?? [], p.progress ?? {}),
    origins: { plan: input.plan.file, units: input.units.file, tasks: tasksFile, appendices: input.appendices?.file ?? null },
  };
}

/** Numbers tasks 1, 2, 3 in their group; a task that `continues` the one above shares its number. */
function numberTasks(tasks: readonly RawTask[]): { task: RawTask; number: number }[] {
  let number = 0;
  return tasks.map((task) => ({ task, number: task.continues && number > 0 ? number : ++number }));
}

/** A text's printed lines: a list as given, a text split at its line breaks. */
export function lines(raw: RawLines | undefined): string[] {
  if (raw === undefined) return [];
  const list = typeof raw === 'string' ? raw.split(/\r?\n/) : raw;
  return list.map((line) => line.trim()).filter((line) => line !== '');
}

function buildTask(t: RawTask, groupId: string, label: string, number: number, origin: Origin, unitById: Map<string, Unit>, periodStart: PlanDate, times: TimeReader): Task {
  const field = (...path: (string | number)[]): Origin => ({ file: origin.file, path: [...origin.path, ...path] });
  const cooperatingIds = t.cooperating ?? [];
  const leadIds = t.lead === undefined ? [] : typeof t.lead === 'string' ? [t.lead] : t.lead;
  const leadOrigins = typeof t.lead === 'string' ? [field('lead')] : leadIds.map((_, i) => field('lead', i));
  const leads = leadIds.flatMap((id) => unitById.get(id) ?? []);
  const lead = leadIds.length > 0 ? (unitById.get(leadIds[0]!) ?? null) : null;
  const startTime = times.read(t.start, field('start'));
  const ownStart = startTime?.from ?? null;
  const time = times.read(t.deadline, field('deadline'));
  // A range written as the deadline ("2023-2025", "Quý II - Quý III/2024") starts where it starts.
  const start = ownStart ?? (time && (time.kind === 'range' || time.kind === 'years') ? time.from : periodStart);
  const deadline = time?.to ?? null;
  return {
    id: t.id,
    label,
    number,
    groupId,
    content: t.content,
    assignment: t.assignment ?? t.content,
    leadId: leadIds[0] ?? null,
    lead,
    leadIds,
    leads,
    leadOrigins,
    cooperatingIds,
    cooperating: cooperatingIds.flatMap((id) => unitById.get(id) ?? []),
    person: t.person ?? null,
    start,
    ownStart,
    deadline,
    time,
    product: t.product ?? null,
    fields: t.fields ?? {},
    continues: t.continues ?? false,
    solutions: (t.solutions ?? []).map((b) => buildBlock(b, unitById)),
    steps: buildSteps(t.solutions ?? [], origin, { label, lead, start, deadline, time }, unitById, times),
    origin,
  };
}

/** Units by id, and by full or short name, so YAML may name a unit either way; ids win. */
function indexUnits(units: readonly Unit[]): Map<string, Unit> {
  const index = new Map<string, Unit>();
  for (const key of ['name', 'displayName', 'id'] as const) for (const unit of units) index.set(unit[key], unit);
  for (const unit of [...units].reverse()) index.set(unit.id, unit);
  return index;
}

function buildBlock(block: RawBlock, unitById: ReadonlyMap<string, Unit>): SolutionBlock {
  if (typeof block === 'string') return { text: block, items: [] };
  return { text: block.text ?? null, items: block.items.map((item) => listItem(item, unitById)) };
}
