import type { Todo } from './findings.js';
import { IdPool } from './ids.js';
import { tableSpec } from './map-table.js';
import type { SourceBlock, SourceParagraph } from './source-lines.js';

/** "PHỤ LỤC", "PHỤ LỤC II", "Phụ lục số 2": the line an appendix starts with. */
export const APPENDIX_LABEL = /^ph[ụu] l[ụu]c(\s+([IVXLC]+|số\s*\d+|\d+))?\.?$/iu;
const ATTACHMENT = /^\((ban hành )?kèm theo/iu;

/** An appendix as appendices.yaml writes it. */
export type ImportedAppendix = Record<string, unknown>;

/**
 * The appendices: from each "PHỤ LỤC" line, its title (the lines up to "(Kèm theo ...)"), the
 * attachment line as typed, and its table. A table of the source is read by its cells; lines of
 * a text file (one cell a line, the columns lost) are kept in one column with a TODO, in order.
 */
export function readAppendices(blocks: readonly SourceBlock[], todos: Todo[]): ImportedAppendix[] {
  const starts = blocks.flatMap((b, i) => (b.kind === 'p' && APPENDIX_LABEL.test(b.text) ? [i] : []));
  const ids = new IdPool();
  return starts.map((start, k) => {
    const part = blocks.slice(start, starts[k + 1] ?? blocks.length);
    const label = part[0] as SourceParagraph;
    let at = 1;
    const titleLines: string[] = [];
    while (at < part.length && part[at]!.kind === 'p' && !ATTACHMENT.test((part[at] as SourceParagraph).text) && titleLines.length < 3) titleLines.push((part[at++] as SourceParagraph).text);
    const attachment = part[at]?.kind === 'p' && ATTACHMENT.test((part[at] as SourceParagraph).text) ? (part[at++] as SourceParagraph).text : null;
    const title = titleLines.join(' ') || label.text;
    const appendix: ImportedAppendix = { id: ids.take(title, 4), kind: 'table', label: label.text, title };
    if (attachment !== null) appendix['attachment'] = attachment;
    const rest = part.slice(at);
    const tables = rest.filter((b) => b.kind === 'table');
    const lines = rest.filter((b): b is SourceParagraph => b.kind === 'p');
    const path = (key: string) => ['appendices', k, key];
    if (titleLines.length > 1) todos.push({ file: 'appendices.yaml', path: path('title'), reason: 'Tên Phụ lục viết trên nhiều dòng, đã nối thành một dòng.', n: label.n });
    if (attachment === null) todos.push({ file: 'appendices.yaml', path: path('title'), reason: 'Phụ lục không có dòng "(Kèm theo ...)": dòng này sẽ do chương trình in.', n: label.n });
    if (tables.length > 0) {
      appendix['table'] = tableSpec(tables[0]!);
      const after = rest.slice(rest.indexOf(tables[0]!) + 1).filter((b): b is SourceParagraph => b.kind === 'p');
      if (after.length > 0) (appendix['table'] as Record<string, unknown>)['notes'] = after.map((p) => p.text);
      if (tables.length > 1) todos.push({ file: 'appendices.yaml', path: path('table'), reason: `Phụ lục có ${tables.length} bảng; chỉ bảng đầu được đọc.`, n: tables[1]!.n });
      return appendix;
    }
    const header = lines[0]?.text ?? ' ';
    appendix['table'] = { columns: [{ field: 'noi-dung', header }], rows: lines.length > 1 ? lines.slice(1).map((p) => ({ 'noi-dung': p.text })) : [{}] };
    todos.push({ file: 'appendices.yaml', path: path('table'), reason: 'Bảng của Phụ lục chép từ văn bản thô (mỗi dòng một ô, không rõ cột): chia lại thành các cột.', n: lines[0]?.n ?? label.n });
    return appendix;
  });
}
