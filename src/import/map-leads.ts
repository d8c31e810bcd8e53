import type { ImportedGroup, ImportedTask } from './map-tasks.js';
import type { UnitRegistry } from './match-units.js';
import type { TreeItem, TreeSection } from './outline-tree.js';

const IMPLEMENTATION = /TỔ CHỨC THỰC HIỆN/iu;
const LEAD_ONE = /^Chủ trì thực hiện nhiệm vụ:\s*(.+)$/u;
const LEAD_MANY = /^Chủ trì thực hiện \d+ nhiệm vụ:$/u;
const UNIT_WORDS = /^(Văn phòng|Phòng|Chi cục|Trung tâm|Sở|Ban|Ủy ban|UBND|Công an|Bộ|Cục|Vụ|Viện|Trường|Đài|Báo|Bảo hiểm|Kho bạc|Thanh tra|Các sở|Các phòng|Các cơ quan)\b/iu;

/** Words of a text for matching: lower case, no punctuation. */
function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** How alike two texts are (0..1): shared words over the shorter's, a prefix counting whole. */
function likeness(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  const joinedA = wa.join(' ');
  const joinedB = wb.join(' ');
  if (joinedA === joinedB) return 1;
  if (joinedA.length > 20 && joinedB.length > 20 && (joinedA.includes(joinedB) || joinedB.includes(joinedA))) return 0.95;
  const setB = new Set(wb);
  const shared = wa.filter((w) => setB.has(w)).length;
  return shared / Math.max(1, Math.min(wa.length, wb.length)) * (Math.min(wa.length, wb.length) / Math.max(wa.length, wb.length)) ** 0.25;
}

/** The task a section IV line names, if one is alike enough and has no lead yet. */
export function matchTask(text: string, tasks: readonly ImportedTask[]): ImportedTask | null {
  let best: { task: ImportedTask; score: number } | null = null;
  for (const task of tasks) {
    const score = likeness(text, task.content);
    if (!best || score > best.score) best = { task, score };
  }
  return best && best.score >= 0.6 ? best.task : null;
}

/**
 * The units of section "Tổ chức thực hiện" (its headings) and those the text names ("- Phòng
 * ...: ..."), one registry entry each however written; each task a unit there "Chủ trì thực hiện"
 * gets it as lead, and the wording used there as its assignment when it differs.
 */
export function assignLeads(tree: readonly TreeItem[], groups: readonly ImportedGroup[], units: UnitRegistry): void {
  const tasks = groups.flatMap((g) => g.tasks);
  nameUnits(tree, units);
  const section = findSection(tree);
  if (section === null) return;
  for (const child of section.children) {
    if (child.kind !== 'section') continue;
    const name = child.heading.replace(/^Đề nghị\s+/u, '').replace(/:.*$/u, '').trim();
    // A heading that names no unit ("Kinh phí thực hiện") has no tasks to lead.
    if (!(UNIT_WORDS.test(name) || units.find(name)) || name.split(' ').length > 14) continue;
    const unit = units.add(name, child.n);
    const lines: string[] = [];
    child.children.forEach((item, i) => {
      if (item.kind !== 'para') return;
      const one = LEAD_ONE.exec(item.text);
      if (one) lines.push(one[1]!);
      if (LEAD_MANY.test(item.text)) {
        for (const next of child.children.slice(i + 1)) {
          if (next.kind !== 'dash') break;
          lines.push(next.text);
        }
      }
    });
    for (const line of lines) {
      const task = matchTask(line, tasks.filter((t) => t.lead === undefined));
      if (!task) continue;
      task.lead = unit.id;
      if (line !== task.content) task.assignment = line;
    }
  }
}

function findSection(items: readonly TreeItem[]): TreeSection | null {
  for (const item of items) {
    if (item.kind !== 'section') continue;
    if (IMPLEMENTATION.test(item.heading)) return item;
    const inner = findSection(item.children);
    if (inner) return inner;
  }
  return null;
}

/** Units the text names at the head of a "-" item ("- Phòng Quản lý Khoa học: Báo cáo ..."). */
function nameUnits(items: readonly TreeItem[], units: UnitRegistry): void {
  for (const item of items) {
    if (item.kind === 'section') nameUnits(item.children, units);
    if (item.kind !== 'dash') continue;
    const head = /^([^:]{4,90}):\s/u.exec(item.text)?.[1];
    if (head && UNIT_WORDS.test(head) && head.split(' ').length <= 14) units.add(head, item.n);
  }
}
