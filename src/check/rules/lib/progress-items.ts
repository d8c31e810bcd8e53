import type { Plan } from '../../../model/types.js';

/** What a progress entry's id names: a task ("Nhiệm vụ 2.1") or a step with an id ("Công việc 2.3.9"). */
export function progressItems(plan: Plan): Map<string, { item: 'task' | 'step'; label: string }> {
  const items = new Map<string, { item: 'task' | 'step'; label: string }>();
  for (const task of plan.tasks) {
    items.set(task.id, { item: 'task', label: task.label });
    for (const step of task.steps) if (step.id) items.set(step.id, { item: 'step', label: step.label });
  }
  return items;
}
