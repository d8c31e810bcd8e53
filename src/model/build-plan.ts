import type { Origin } from '../diagnostics.js';
import { monthIndex, parsePlanDate, twoDigits } from './dates.js';
import { assignImplementation } from './implementation.js';
import { buildAppendices } from './appendices.js';
import type { RawAppendicesFile, RawBlock, RawPlanFile, RawTask, RawTasksFile, RawUnitsFile } from './raw.js';
import { toRoman } from './roman.js';
import { buildSteps } from './steps.js';
import type { Plan, PlanDate, SolutionBlock, Task, TaskGroup, Unit } from './types.js';

/** The three validated files of a plan, with the paths diagnostics should name. */
export interface PlanInput {
  id: string;
  dir: string;
  plan: { file: string; data: RawPlanFile };
  units: { file: string; data: RawUnitsFile };
  tasks: { file: string; data: RawTasksFile };
  appendices?: { file: string; data: RawAppendicesFile } | undefined;
}

/** Builds the plan model: resolves unit references, numbers groups and tasks, derives section IV. */
export function buildPlan(input: PlanInput): Plan {
  const p = input.plan.data;
  const at = (file: string, ...path: (string | number)[]): Origin => ({ file, path });
  const units = input.units.data.units.map((u, i): Unit => ({
    id: u.id,
    name: u.name,
    displayName: u.shortName ?? u.name,
    abbreviation: u.abbreviation ?? null,
    role: u.role ?? null,
    external: u.external ?? false,
    origin: at(input.units.file, 'units', i),
  }));
  const unitById = indexUnits(units);

  const date = parsePlanDate(p.date, at(input.plan.file, 'date'));
  const period = p.period
    ? { from: parsePlanDate(p.period.from, at(input.plan.file, 'period', 'from')), to: parsePlanDate(p.period.to, at(input.plan.file, 'period', 'to')) }
    : { from: { ...date, month: 1, day: null, raw: `${date.year}-01` }, to: { ...date, month: 12, day: null, raw: `${date.year}-12` } };

  // A task without a start of its own starts with the period, or with the plan when it is issued
  // later (a plan of 02/2024 for the year 2024): work cannot start before the plan that sets it.
  const defaultStart = monthIndex(date) > monthIndex(period.from) ? { ...date, day: null, raw: `${date.year}-${twoDigits(date.month)}` } : period.from;

  const appendices = buildAppendices(input.appendices);
  const groups = input.tasks.data.groups.map((g, gi): TaskGroup => {
    const label = String(gi + 1);
    return {
      id: g.id,
      label,
      roman: toRoman(gi + 1),
      title: g.title,
      origin: at(input.tasks.file, 'groups', gi),
      tasks: g.tasks.map((t, ti) => buildTask(t, g.id, `${label}.${ti + 1}`, ti + 1, at(input.tasks.file, 'groups', gi, 'tasks', ti), unitById, defaultStart)),
    };
  });
  const tasks = groups.flatMap((g) => g.tasks);

  return {
    id: input.id,
    dir: input.dir,
    issuer: { superior: p.issuer.superior ?? null, name: p.issuer.name, abbreviation: p.issuer.abbreviation },
    documentType: p.documentType ?? 'KH',
    number: p.number ?? '',
    place: p.place,
    date,
    period,
    title: p.title,
    opening: p.opening,
    purposes: p.purposes ?? [],
    requirements: p.requirements ?? [],
    groups,
    tasks,
    units,
    implementation: assignImplementation(units, tasks),
    appendices,
    sections: sectionNumerals(appendices.length > 0),
    closing: p.closing,
    signer: { authority: p.signer?.authority ?? null, title: p.signer?.title ?? '', name: p.signer?.name ?? '' },
    recipients: p.recipients.map((r) => ({ name: r.name, note: r.note ?? null })),
    archiveId: p.archive,
    archive: unitById.get(p.archive) ?? null,
    layout: p.layout ?? {},
    settings: { requirePerson: p.settings?.requirePerson ?? false, stepsInherit: p.settings?.stepsInherit ?? true },
    rules: p.rules ?? {},
    origins: { plan: input.plan.file, units: input.units.file, tasks: input.tasks.file, appendices: input.appendices?.file ?? null },
  };
}

function buildTask(t: RawTask, groupId: string, label: string, number: number, origin: Origin, unitById: Map<string, Unit>, periodStart: PlanDate): Task {
  const cooperatingIds = t.cooperating ?? [];
  const lead = t.lead ? (unitById.get(t.lead) ?? null) : null;
  const ownStart = t.start ? parsePlanDate(t.start, { file: origin.file, path: [...origin.path, 'start'] }) : null;
  const start = ownStart ?? periodStart;
  const deadline = t.deadline ? parsePlanDate(t.deadline, { file: origin.file, path: [...origin.path, 'deadline'] }) : null;
  return {
    id: t.id,
    label,
    number,
    groupId,
    content: t.content,
    assignment: t.assignment ?? t.content,
    leadId: t.lead ?? null,
    lead,
    cooperatingIds,
    cooperating: cooperatingIds.flatMap((id) => unitById.get(id) ?? []),
    person: t.person ?? null,
    start,
    ownStart,
    deadline,
    product: t.product ?? null,
    solutions: (t.solutions ?? []).map((b) => buildBlock(b, unitById)),
    steps: buildSteps(t.solutions ?? [], origin, { label, lead, start, deadline }, unitById),
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
  return {
    text: block.text ?? null,
    items: block.items.map((item) =>
      typeof item === 'string'
        ? { text: item, items: [], owner: null }
        : { text: item.text, items: item.items ?? [], owner: item.owner ? (unitById.get(item.owner) ?? null) : null },
    ),
  };
}

/**
 * The numerals of sections III and IV: "III. Kế hoạch thực hiện cụ thể" only points to the
 * appendices, so a plan without appendices leaves it out and "Tổ chức thực hiện" becomes III.
 */
function sectionNumerals(hasAppendices: boolean): Plan['sections'] {
  return hasAppendices ? { schedule: toRoman(3), organisation: toRoman(4) } : { schedule: null, organisation: toRoman(3) };
}
