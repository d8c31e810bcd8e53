import type { Origin } from '../diagnostics.js';
import type { TimeReader } from './build-plan.js';
import type { RawBlock, RawStepFields } from './raw.js';
import type { PlanDate, PlanTime, Step, Unit } from './types.js';

const STEP_FIELDS: (keyof RawStepFields)[] = ['id', 'owner', 'person', 'start', 'deadline', 'product'];

/** What a step inherits from its task. */
export interface StepDefaults {
  label: string;
  lead: Unit | null;
  start: PlanDate;
  deadline: PlanDate | null;
  time: PlanTime | null;
}

/**
 * The steps of a task: every "-" item of a list marked `steps: true`, and every item that gives a
 * step field (owner, start, deadline, ...). Where a step gives no owner, start or deadline it takes
 * its task's, so a step never needs a second edit when the task changes.
 */
export function buildSteps(blocks: readonly RawBlock[], origin: Origin, task: StepDefaults, unitById: ReadonlyMap<string, Unit>, times: TimeReader): Step[] {
  const steps: Step[] = [];
  blocks.forEach((block, bi) => {
    if (typeof block === 'string') return;
    block.items.forEach((item, ii) => {
      const fields: RawStepFields & { text: string } = typeof item === 'string' ? { text: item } : item;
      if (!block.steps && !STEP_FIELDS.some((f) => fields[f] !== undefined)) return;
      const at = (...path: string[]): Origin => ({ file: origin.file, path: [...origin.path, 'solutions', bi, 'items', ii, ...path] });
      const start = times.read(fields.start, at('start'))?.from ?? null;
      const time = times.read(fields.deadline, at('deadline'));
      const deadline = time?.to ?? null;
      const ownerId = fields.owner ?? null;
      steps.push({
        id: fields.id ?? null,
        label: `${task.label}.${steps.length + 1}`,
        content: fields.text,
        own: { ownerId, start, deadline },
        owner: ownerId === null ? task.lead : (unitById.get(ownerId) ?? null),
        person: fields.person ?? null,
        start: start ?? task.start,
        deadline: deadline ?? task.deadline,
        time: time ?? task.time,
        product: fields.product ?? null,
        origin: at(),
      });
    });
  });
  return steps;
}
