import type { Origin, PathSegment } from '../../../diagnostics.js';
import type { SourceKind } from '../../../load/source-file.js';
import type { Plan, Step } from '../../../model/types.js';
import type { RuleContext } from '../../rule.js';

/** A plan item as a clerk names it: `item` is a key of the catalogues' item names, `label` its number or id. */
export interface ItemRef {
  item: string;
  label: string;
}

/**
 * Every text of every file of the plan, for the rules that read texts: the string, where it is,
 * the item it belongs to (asked for only when there is a finding) as messages name it, and its NFC
 * form (asked for by the rules that read words).
 */
export function eachText(
  { plan, files }: Pick<RuleContext, 'plan' | 'files'>,
  visit: (text: string, at: Origin, item: () => ItemRef & { field: string }, nfc: () => string) => void,
): void {
  for (const entry of textsOf(files)) {
    visit(entry.text, entry.at, () => (entry.item ??= itemAt(plan, entry.kind, entry.at.path, entry.at.file)), () => (entry.nfc ??= entry.text.normalize('NFC')));
  }
}

interface TextEntry {
  text: string;
  kind: SourceKind;
  at: Origin;
  nfc?: string;
  item?: ItemRef & { field: string };
}

// The texts of a run's files, found once for all the text rules (seven of them) rather than once a rule.
const TEXTS = new WeakMap<RuleContext['files'], TextEntry[]>();

function textsOf(files: RuleContext['files']): TextEntry[] {
  let texts = TEXTS.get(files);
  if (!texts) {
    const found: TextEntry[] = [];
    for (const { kind, file, data } of files) walkStrings(data, (text, path) => found.push({ text, kind, at: { file, path } }));
    texts = found;
    TEXTS.set(files, texts);
  }
  return texts;
}

/** Every string value of a file's raw data with its data path; keys are not visited. */
function walkStrings(data: unknown, visit: (text: string, path: PathSegment[]) => void, path: PathSegment[] = []): void {
  if (typeof data === 'string') visit(data, path);
  else if (Array.isArray(data)) data.forEach((value, i) => walkStrings(value, visit, [...path, i]));
  else if (typeof data === 'object' && data !== null) {
    for (const [key, value] of Object.entries(data)) walkStrings(value, visit, [...path, key]);
  }
}

/**
 * The plan item a data path falls in ("Nhiệm vụ 1.2", "Công việc 2.3.1", "Đơn vị van-phong"), and the
 * YAML key the value sits under (`content`, `text`, `name`), so a text finding names what the clerk edits.
 */
function itemAt(plan: Plan, kind: SourceKind, path: readonly PathSegment[], file: string): ItemRef & { field: string } {
  const field = [...path].reverse().find((s): s is string => typeof s === 'string') ?? '';
  return { ...itemOf(plan, kind, path, file), field };
}

function itemOf(plan: Plan, kind: SourceKind, path: readonly PathSegment[], file: string): ItemRef {
  const [first, second, third, fourth] = path;
  if (kind === 'units' && first === 'units' && typeof second === 'number') {
    return { item: 'unit', label: plan.units[second]?.id ?? String(second + 1) };
  }
  if (kind === 'appendices' && first === 'appendices' && typeof second === 'number') {
    const appendix = plan.appendices[second];
    return { item: 'appendix', label: appendix?.label || appendix?.id || '' };
  }
  if (kind === 'tasks' && first === 'groups' && typeof second === 'number') {
    if (third === 'tasks' && typeof fourth === 'number') {
      // A step's data path is [groups, g, tasks, t, solutions, b, items, i]; what lies below is its text.
      const step = stepsByPath(plan).get(path.slice(0, 8).join('/'));
      if (step) return { item: 'step', label: step.label };
      return { item: 'task', label: `${second + 1}.${fourth + 1}` };
    }
    return { item: 'group', label: String(second + 1) };
  }
  if (kind === 'progress' && first === 'entries' && typeof second === 'number') {
    // "Báo cáo tiến độ kỳ 2023-12, quy-dinh-tdc": the period file and the id the entry reports on.
    const period = plan.progress.periods.find((p) => p.file === file);
    const entry = period?.entries[second];
    return { item: 'progress', label: period && entry ? `${period.name}, ${entry.id}` : String(second + 1) };
  }
  if (kind === 'plan' && first === 'recipients' && typeof second === 'number') return { item: 'recipient', label: String(second + 1) };
  if (kind === 'plan' && first === 'signer') return { item: 'signer', label: '' };
  return { item: 'plan', label: '' };
}

const STEPS = new WeakMap<Plan, Map<string, Step>>();

function stepsByPath(plan: Plan): Map<string, Step> {
  let index = STEPS.get(plan);
  if (!index) {
    index = new Map(plan.tasks.flatMap((t) => t.steps).map((s) => [s.origin.path.join('/'), s]));
    STEPS.set(plan, index);
  }
  return index;
}
