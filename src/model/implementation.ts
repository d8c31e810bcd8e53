import type { ImplementationEntry, Task, Unit } from './types.js';

/**
 * Section "Tổ chức thực hiện": in registry order, every unit that has a role of its own, and every
 * unit of the office (not an external body) that leads a task, numbered where the outline places
 * them. A task with two leads is listed under each.
 */
export function assignImplementation(units: readonly Unit[], tasks: readonly Task[]): ImplementationEntry[] {
  const led = new Map<string, Task[]>();
  for (const task of tasks) {
    for (const lead of new Set(task.leads)) {
      // Pushed, not copied: a copy per task made 20,000 tasks of one unit take seconds.
      const list = led.get(lead.id);
      if (list) list.push(task);
      else led.set(lead.id, [task]);
    }
  }
  const seen = new Set<string>();
  const entries: ImplementationEntry[] = [];
  for (const unit of units) {
    if (seen.has(unit.id)) continue;
    seen.add(unit.id);
    const unitTasks = unit.external ? [] : (led.get(unit.id) ?? []);
    if (unit.role === null && unitTasks.length === 0) continue;
    entries.push({ label: String(entries.length + 1), unit, tasks: unitTasks });
  }
  return entries;
}
