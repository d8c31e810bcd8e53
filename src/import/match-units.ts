import { distance } from 'fastest-levenshtein';
import { IdPool } from './ids.js';

/** A unit of the registry the import writes (units.yaml). */
export interface ImportedUnit {
  id: string;
  name: string;
  shortName?: string;
  abbreviation?: string;
  external?: boolean;
  /** The source paragraph that named it first. */
  n: number;
}

/** Lower-case words of a name, "và" read as "&" (KH&CN is "khoa học và công nghệ"). */
function words(name: string): string[] {
  return name
    .normalize('NFC')
    .replace(/&/g, ' & ')
    .split(/[\s,.;:()]+/)
    .filter(Boolean)
    .map((w) => (w.toLocaleLowerCase('vi') === 'và' ? '&' : w));
}

/** A letter without its accents, lower case ("Ủ" is "u", "Đ" is "d"). */
function base(letter: string): string {
  return letter.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Whether an abbreviation ("TTCN", "KH&CN") stands for the words from `at` on; how many it takes. */
function abbreviationSpan(abbr: string, target: readonly string[], at: number): number {
  if (!/^[\p{Lu}&]{2,}$/u.test(abbr)) return 0;
  let i = at;
  for (const ch of abbr) {
    const word = target[i];
    if (word === undefined) return 0;
    if (ch === '&' ? word !== '&' : base(word[0]!) !== base(ch)) return 0;
    i++;
  }
  return i - at;
}

/** Whether two words lists name the same unit, an abbreviation in one standing for words of the other. */
function sameWords(a: readonly string[], b: readonly string[], i = 0, j = 0): boolean {
  if (i === a.length || j === b.length) return i === a.length && j === b.length;
  if (a[i]!.toLocaleLowerCase('vi') === b[j]!.toLocaleLowerCase('vi') && sameWords(a, b, i + 1, j + 1)) return true;
  const spanB = abbreviationSpan(a[i]!, b, j);
  if (spanB > 0 && sameWords(a, b, i + 1, j + spanB)) return true;
  const spanA = abbreviationSpan(b[j]!, a, i);
  return spanA > 0 && sameWords(a, b, i + spanA, j + 1);
}

/** Whether two names are the same unit written two ways ("Trung tâm Ứng dụng KH&CN", "... khoa học và công nghệ"). */
export function sameUnit(a: string, b: string): boolean {
  return sameWords(words(a), words(b)) || mistyped(a, b);
}

/**
 * A name typed with a slip ("Chi tiêu chuẩn ..." for "Chi cục Tiêu chuẩn ..."): few letters apart,
 * of a long name, with the same numbers and the same last word. Units of one kind differ in their
 * last word or number ("Ủy ban nhân dân xã A" and "xã B", "phường 1" and "phường 12"): never one.
 */
function mistyped(a: string, b: string): boolean {
  const x = a.toLocaleLowerCase('vi');
  const y = b.toLocaleLowerCase('vi');
  if (Math.min(x.length, y.length) < 20 || distance(x, y) > Math.max(x.length, y.length) * 0.15) return false;
  const numbers = (t: string) => (t.match(/\d+/g) ?? []).join(' ');
  const last = (t: string) => words(t).at(-1) ?? '';
  return numbers(x) === numbers(y) && last(x) === last(y);
}

/** The units an import finds, one entry however many ways a unit is written. */
export class UnitRegistry {
  readonly units: ImportedUnit[] = [];
  private readonly ids = new IdPool();

  /** The unit of that name (written that way or another), added when new; the longer form is its name. */
  add(name: string, n: number, external = false): ImportedUnit {
    const found = this.find(name);
    if (found) {
      if (found.name !== name && found.shortName !== name) {
        const [long, short] = name.length > found.name.length ? [name, found.name] : [found.name, name];
        found.name = long;
        found.shortName = short;
      }
      return found;
    }
    const unit: ImportedUnit = { id: this.ids.take(name), name, n, ...(external ? { external } : {}) };
    this.units.push(unit);
    return unit;
  }

  /** The unit that name means, if the registry has it. */
  find(name: string): ImportedUnit | undefined {
    return this.units.find((u) => u.name === name || u.shortName === name || sameUnit(u.name, name));
  }

  /**
   * The archive unit once every unit is known (the "Lưu" line comes before section "Tổ chức thực
   * hiện" names them): a unit known only by its abbreviation is the one named unit whose name that
   * abbreviation begins ("VP": "Văn phòng Sở"), which takes the abbreviation; with no such unit, or
   * two, it stays a placeholder for the clerk to name.
   */
  settleArchive(id: string): { id: string; placeholder: number | null } {
    const at = this.units.findIndex((u) => u.id === id);
    const unit = this.units[at];
    if (!unit || unit.name !== placeholderName(unit.abbreviation ?? '')) return { id, placeholder: null };
    const named = this.units.filter((u) => u !== unit && u.abbreviation === undefined && abbreviationSpan(unit.abbreviation!, words(u.name), 0) > 0);
    if (named.length !== 1) return { id, placeholder: at };
    named[0]!.abbreviation = unit.abbreviation;
    this.units.splice(at, 1);
    return { id: named[0]!.id, placeholder: null };
  }

  /** A unit known only by its abbreviation (the "Lưu: VT, VP." line). */
  addAbbreviation(abbreviation: string, n: number): ImportedUnit {
    const found = this.units.find((u) => u.abbreviation === abbreviation);
    if (found) return found;
    const unit: ImportedUnit = { id: this.ids.take(`luu ${abbreviation}`), name: placeholderName(abbreviation), abbreviation, n };
    this.units.push(unit);
    return unit;
  }
}

const placeholderName = (abbreviation: string) => `Đơn vị lưu ${abbreviation}`;
