/** Ids for the units, groups and tasks an import names: words of their text, without accents, unique. */

/** "Phòng Quản lý Khoa học" -> "phong-quan-ly-khoa-hoc" (at most `words` words). */
export function slugOf(text: string, words = 5): string {
  const ascii = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const slug = ascii.split(' ').filter(Boolean).slice(0, words).join('-');
  return /^[a-z0-9]/.test(slug) ? slug : `x-${slug || 'muc'}`;
}

/** Hands out ids: the slug of a text, with -2, -3 ... when it is taken. */
export class IdPool {
  private readonly taken = new Set<string>();

  /** A fresh id for the text. */
  take(text: string, words = 5): string {
    const base = slugOf(text, words);
    let id = base;
    for (let i = 2; this.taken.has(id); i++) id = `${base}-${i}`;
    this.taken.add(id);
    return id;
  }
}
