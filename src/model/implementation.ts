import type { ImplementationEntry, Task, Unit } from './types.js';

/**
 * Section IV "Tổ chức thực hiện": in registry order, every unit of the office (not an external body)
 * that has a standing role or leads a task, numbered 1, 2, ... once here, so no two share a number.
 */
export function assignImplementation(units: readonly Unit[], tasks: readonly Task[]): ImplementationEntry[] {
  const led = new Map<string, Task[]>();
  for (const task of tasks) {
    if (!task.lead) continue;
    led.set(task.lead.id, [...(led.get(task.lead.id) ?? []), task]);
  }
  const seen = new Set<string>();
  const entries: ImplementationEntry[] = [];
  for (const unit of units) {
    if (seen.has(unit.id) || unit.external) continue;
    seen.add(unit.id);
    const unitTasks = led.get(unit.id) ?? [];
    if (unit.role === null && unitTasks.length === 0) continue;
    entries.push({ label: String(entries.length + 1), unit, tasks: unitTasks });
  }
  return entries;
}
