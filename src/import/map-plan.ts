import type { Todo } from './findings.js';
import { IdPool } from './ids.js';
import { APPENDIX_LABEL, readAppendices } from './map-appendices.js';
import { readClosing } from './map-closing.js';
import { readHeader } from './map-header.js';
import { assignLeads } from './map-leads.js';
import { linkAppendixTasks } from './link-appendix-tasks.js';
import { numberingOf, outlineBlocks, type OutlineContext } from './map-outline.js';
import type { ImportedGroup } from './map-tasks.js';
import { UnitRegistry } from './match-units.js';
import { buildTree, labelOfLine } from './outline-tree.js';
import type { SourceBlock, SourceParagraph } from './source-lines.js';
import type { YamlFile } from './write-yaml.js';

/** The plan folder an import writes: its files' data, and what it could not map. */
export interface MappedPlan {
  files: YamlFile[];
  todos: Todo[];
  /** What was recognised, for the command's summary. */
  counts: { sections: number; tasks: number; units: number; appendices: number; paragraphs: number };
}

/** Whether the source reads as a Kế hoạch at all: a "KẾ HOẠCH" line or a numbered outline. */
export function looksLikePlan(blocks: readonly SourceBlock[]): boolean {
  const paragraphs = blocks.filter((b): b is SourceParagraph => b.kind === 'p');
  const headings = paragraphs.filter((p) => labelOfLine(p.text)?.kind === 'roman').length;
  return paragraphs.some((p) => /^KẾ HOẠCH$/u.test(p.text)) || headings >= 2;
}

/**
 * A Kế hoạch's paragraphs and tables, mapped to the plan schema: header block, opening, outline
 * (tasks where they are laid out as tasks), closing, Nơi nhận and signature, appendices, and the
 * units named. Every paragraph lands somewhere, in order; what has no field is kept as text.
 */
export function mapPlan(blocks: readonly SourceBlock[], source: string): MappedPlan {
  const todos: Todo[] = [];
  const units = new UnitRegistry();
  const firstTable = blocks.findIndex((b) => b.kind === 'table');
  const headBlocks = (firstTable === -1 ? blocks : blocks.slice(0, firstTable)) as SourceParagraph[];
  const header = readHeader(headBlocks, todos);
  const recipientsAt = blocks.findIndex((b, i) => i >= header.next && b.kind === 'p' && /^Nơi nhận:?$/iu.test(b.text));
  const appendixAt = blocks.findIndex((b, i) => i >= Math.max(header.next, recipientsAt) && b.kind === 'p' && APPENDIX_LABEL.test(b.text));
  const end = appendixAt === -1 ? blocks.length : appendixAt;
  const closing = readClosing(blocks, header.next, end, units, todos);
  const body = blocks.slice(header.next, closing.bodyEnd);
  const openingEnd = body.findIndex((b) => b.kind === 'table' || (b.kind === 'p' && labelOfLine(b.text) !== null));
  const opening = (openingEnd === -1 ? body : body.slice(0, openingEnd)) as SourceParagraph[];
  const tree = buildTree(openingEnd === -1 ? [] : body.slice(openingEnd));
  const numbering = numberingOf(tree);
  const groups: ImportedGroup[] = [];
  const context: OutlineContext = { numbering: numbering ?? ['roman', 'arabic', 'decimal', 'letter', 'dash'], groups, todos, path: ['outline'], ids: new IdPool() };
  const outline = outlineBlocks(tree, context);
  if (groups.length > 0) useAllWhenOne(outline, groups);
  const appendices = appendixAt === -1 ? [] : readAppendices(blocks.slice(appendixAt), todos);
  assignLeads(tree, groups, units);
  const links = linkAppendixTasks(appendices, groups, units);
  todos.push(...tasksWithoutLead(groups));
  const archive = units.settleArchive(closing.archive);
  if (archive.placeholder !== null && !todos.some((t) => t.path[0] === 'archive' && t.reason.includes('không có dòng "Lưu'))) {
    todos.push({ file: 'units.yaml', path: ['units', archive.placeholder, 'name'], reason: 'Không rõ đơn vị viết tắt ở dòng "Lưu": ghi tên đơn vị lưu văn bản.', n: units.units[archive.placeholder]!.n });
  }

  const plan: Record<string, unknown> = { issuer: header.issuer, number: header.number, place: header.place, date: header.date, title: header.title };
  if (opening.length > 0) plan['opening'] = opening.map((p) => p.text);
  if (numbering) plan['numbering'] = numbering;
  plan['outline'] = outline;
  if (closing.closing !== null) plan['closing'] = closing.closing;
  plan['signer'] = closing.signer;
  plan['recipients'] = closing.recipients;
  plan['archive'] = archive.id;
  const rules: Record<string, unknown> = {};
  if (groups.some((g) => g.tasks.some((t) => t.lead === undefined))) {
    rules['task-owner-required'] = { severity: 'warning', reason: 'Nhập từ văn bản có sẵn: đơn vị chủ trì của một số nhiệm vụ chưa rõ (xem các dòng TODO trong tasks.yaml).' };
  }
  if (closing.signer.name === undefined) {
    rules['signer-present'] = { severity: 'off', reason: 'Văn bản nguồn không có khối chữ ký; ghi người ký rồi bỏ dòng này.' };
    if (!todos.some((t) => t.path[0] === 'signer')) todos.push({ file: 'plan.yaml', path: ['signer'], reason: 'Văn bản nguồn không có khối chữ ký: ghi chức vụ và họ tên người ký.', n: 0 });
  }
  if (Object.keys(rules).length > 0) plan['rules'] = rules;

  const header0 = [`Nhập từ ${source} bằng plan import: xem lại các dòng TODO, rồi chạy plan check.`];
  const files: YamlFile[] = [{ name: 'plan.yaml', schema: 'plan.schema.json', data: plan, header: header0 }];
  files.push({ name: 'units.yaml', schema: 'units.schema.json', data: { units: units.units.map(({ n: _n, ...u }) => u) }, header: ['Các đơn vị nêu trong văn bản: mỗi đơn vị một lần, nhiệm vụ gọi đến bằng mã (id).'] });
  if (groups.length > 0) {
    const data = { groups: groups.map((g) => ({ id: g.id, title: g.title, tasks: g.tasks.map(({ n: _n, ...t }) => taskData(t)) })) };
    files.push({ name: 'tasks.yaml', schema: 'tasks.schema.json', data, header: ['Nhiệm vụ đọc từ văn bản: mỗi nhiệm vụ một lần.'] });
  }
  const linked = links.length > 0 ? [`${links.length} dòng của các bảng là nhiệm vụ của tasks.yaml (so theo nội dung): ${[...new Set(links.map((l) => l.task))].join(', ')}.`] : [];
  if (appendices.length > 0) files.push({ name: 'appendices.yaml', schema: 'appendices.schema.json', data: { appendices }, header: ['Các Phụ lục của văn bản, in như bản gốc.', ...linked] });
  const countSections = (items: readonly unknown[]): number =>
    items.reduce<number>((sum, b) => sum + (typeof b === 'object' && b !== null && 'heading' in b ? 1 + countSections(((b as { content?: unknown[] }).content ?? [])) : 0), 0);
  return {
    files,
    todos,
    counts: { sections: countSections(outline), tasks: groups.reduce((s, g) => s + g.tasks.length, 0), units: units.units.length, appendices: appendices.length, paragraphs: blocks.length },
  };
}

/** A TODO on each task no section IV line and no appendix row gives a lead. */
function tasksWithoutLead(groups: readonly ImportedGroup[]): Todo[] {
  return groups.flatMap((group, g) =>
    group.tasks.flatMap((task, t): Todo[] =>
      task.lead === undefined ? [{ file: 'tasks.yaml', path: ['groups', g, 'tasks', t, 'content'], reason: 'Không tìm thấy đơn vị chủ trì của nhiệm vụ này (mục "Tổ chức thực hiện", Phụ lục): ghi lead.', n: task.n }] : [],
    ),
  );
}

/** Task fields in the order clerks write them. */
function taskData(t: Omit<ImportedGroup['tasks'][number], 'n'>): Record<string, unknown> {
  const out: Record<string, unknown> = { id: t.id, content: t.content };
  if (t.assignment !== undefined) out['assignment'] = t.assignment;
  if (t.lead !== undefined) out['lead'] = t.lead;
  if (t.cooperating !== undefined) out['cooperating'] = t.cooperating;
  out['deadline'] = t.deadline;
  if (t.product !== undefined) out['product'] = t.product;
  if (t.solutions.length > 0) out['solutions'] = t.solutions;
  return out;
}

/** One tasks block holding every group is written `tasks: all`, as the sample writes it. */
function useAllWhenOne(outline: unknown[], groups: readonly ImportedGroup[]): void {
  const found: Record<string, unknown>[] = [];
  const visit = (items: unknown[]): void => {
    for (const b of items) {
      if (typeof b !== 'object' || b === null) continue;
      const block = b as Record<string, unknown>;
      if (Array.isArray(block['tasks'])) found.push(block);
      if (Array.isArray(block['content'])) visit(block['content'] as unknown[]);
    }
  };
  visit(outline);
  if (found.length === 1 && (found[0]!['tasks'] as string[]).length === groups.length) found[0]!['tasks'] = 'all';
}
