import { unlocated, type Diagnostic, type PathSegment } from '../diagnostics.js';

/**
 * The longest text a plan may hold in one field: a paragraph of 100,000 characters is some 40
 * printed pages, far past any real one, and bounds what one paragraph costs to lay out.
 */
export const MAX_TEXT_CHARS = 100_000;

/**
 * The most text a file may hold once its aliases are expanded: as much as the largest file read
 * (16 MB), so an anchored text used by many aliases cannot make a small file a huge document.
 */
export const MAX_EXPANDED_CHARS = 16 * 1024 * 1024;

/**
 * The texts of a file's data over the limits, reported before anything is checked or rendered:
 * each text too long at its field, and the file once when its texts add up to too much.
 */
export function checkTextLimits(file: string, data: unknown): Diagnostic[] {
  const found: Diagnostic[] = [];
  let total = 0;
  // Where the texts first add up past the limit: a file under 16 MB gets there only through its
  // aliases, so this is an alias use (or a text between them) that the clerk can find.
  let passed: { path: PathSegment[]; total: number } | undefined;
  const walk = (value: unknown, path: PathSegment[]): void => {
    if (typeof value === 'string') {
      total += value.length;
      if (total > MAX_EXPANDED_CHARS) passed ??= { path, total };
      if (value.length > MAX_TEXT_CHARS) found.push(unlocated('plan-files', 'error', { file, path }, 'files.text-too-long', { length: value.length, limit: MAX_TEXT_CHARS }));
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(data, []);
  if (passed) found.push(unlocated('plan-files', 'error', { file, path: passed.path }, 'files.expanded-too-large', { length: passed.total, limit: MAX_EXPANDED_CHARS }));
  return found;
}
