import type { ImportedGroup, ImportedTask } from './map-tasks.js';
import type { UnitRegistry } from './match-units.js';
import type { TreeItem, TreeSection } from './outline-tree.js';

const IMPLEMENTATION = /TỔ CHỨC THỰC HIỆN/iu;
const LEAD_ONE = /^Chủ trì thực hiện nhiệm vụ:\s*(.+)$/u;
const LEAD_MANY = /^Chủ trì thực hiện \d+ nhiệm vụ:$/u;
// Ended by a lookahead, not \b: JavaScript's \b knows only ASCII letters, so "Sở Y tế" and "Bộ
// Tài chính" never matched. "Uỷ" is the older spelling of "Ủy".
const UNIT_WORDS = /^(Văn phòng|Phòng|Chi cục|Trung tâm|Sở|Ban|Ủy ban|Uỷ ban|UBND|Công an|Bộ|Cục|Vụ|Viện|Trường|Đài|Báo|Bảo hiểm|Kho bạc|Thanh tra|Các sở|Các phòng|Các cơ quan)(?![\p{L}\p{N}])/iu;

/** Words of a text for matching: lower case, no punctuation. */
function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A text's words, as a list, a set and joined, computed once per text. */
interface Words {
  list: string[];
  set: Set<string>;
  joined: string;
}

function wordsOf(text: string): Words {
  const list = words(text);
  return { list, set: new Set(list), joined: list.join(' ') };
}

/** How alike two texts are (0..1): shared words over the shorter's, a prefix counting whole. */
function likeness(a: Words, b: Words): number {
  if (a.joined === b.joined) return 1;
  if (a.joined.length > 20 && b.joined.length > 20 && (a.joined.includes(b.joined) || b.joined.includes(a.joined))) return 0.95;
  const shared = a.list.filter((w) => b.set.has(w)).length;
  const shorter = Math.min(a.list.length, b.list.length);
  return (shared / Math.max(1, shorter)) * (shorter / Math.max(1, a.list.length, b.list.length)) ** 0.25;
}

/**
 * The body's tasks, ready to be matched by text many times (an appendix row, a line of section
 * IV): each task's words are read once, and a text typed the same is found without a scan.
 */
export class TaskMatcher {
  private readonly entries: { task: ImportedTask; words: Words }[];
  private readonly exact = new Map<string, ImportedTask>();

  constructor(tasks: readonly ImportedTask[]) {
    this.entries = tasks.map((task) => ({ task, words: wordsOf(task.content) }));
    for (const entry of [...this.entries].reverse()) this.exact.set(entry.words.joined, entry.task);
  }

  /** The task the text names, if one is alike enough (and passes `allowed`). */
  match(text: string, allowed: (task: ImportedTask) => boolean = () => true): ImportedTask | null {
    const target = wordsOf(text);
    const same = this.exact.get(target.joined);
    if (same && allowed(same)) return same;
    let best: { task: ImportedTask; score: number } | null = null;
    for (const entry of this.entries) {
      if (!allowed(entry.task)) continue;
      const score = likeness(target, entry.words);
      if (!best || score > best.score) best = { task: entry.task, score };
    }
    return best && best.score >= 0.6 ? best.task : null;
  }
}

/**
 * The units of section "Tổ chức thực hiện" (its headings) and those the text names ("- Phòng
 * ...: ..."), one registry entry each however written; each task a unit there "Chủ trì thực hiện"
 * gets it as lead, and the wording used there as its assignment when it differs.
 */
export function assignLeads(tree: readonly TreeItem[], groups: readonly ImportedGroup[], units: UnitRegistry): void {
  const matcher = new TaskMatcher(groups.flatMap((g) => g.tasks));
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
      const task = matcher.match(line, (t) => t.lead === undefined);
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
