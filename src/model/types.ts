import type { Origin } from '../diagnostics.js';
import type { PlanProgress } from './progress.js';

/** A month (day null) or a full date, as written in the YAML ("2023-06" or "2023-06-30"). */
export interface PlanDate {
  year: number;
  month: number;
  day: number | null;
  raw: string;
  origin: Origin;
}

/** What a time of a task or step is: see src/model/time.ts for the forms each is written in. */
export type TimeKind = 'day' | 'month' | 'quarter' | 'half' | 'year' | 'years' | 'range' | 'before-day' | 'recurring' | 'ongoing' | 'words';

/**
 * A time as offices write it ("Tháng 6/2023", "Quý II/2024", "Thường xuyên"): the first and the
 * last month or day it covers, and the words to print when the clerk typed words.
 */
export interface PlanTime {
  raw: string;
  kind: TimeKind;
  from: PlanDate;
  /** The deadline: the last month or day of the time. */
  to: PlanDate;
  /** The time as typed, when typed in words; machine forms (2024-Q2) are printed by a phrase. */
  words: string | null;
  /** For "Hằng tháng/quý/năm": the months the work falls due in, on the timeline. */
  recurrence: 'monthly' | 'quarterly' | 'yearly' | null;
  origin: Origin;
}

export interface Unit {
  id: string;
  name: string;
  /** The name printed in section IV and appendix tables: the short name if given. */
  displayName: string;
  abbreviation: string | null;
  /** Section IV's paragraphs of responsibilities, in the unit's own words (none: no role). */
  role: OutlineBlock[] | null;
  external: boolean;
  origin: Origin;
}

/** A solution paragraph (no items), or a "-" list with an optional lead-in sentence. */
export interface SolutionBlock {
  text: string | null;
  items: SolutionItem[];
}

/** A "-" item, with its "+" sub-items; `owner` is the unit the item itself names (a step's owner). */
export interface SolutionItem {
  text: string;
  items: string[];
  owner: Unit | null;
}

/** A step (công việc cụ thể) of a task: a "-" item of its solutions that carries step fields. */
export interface Step {
  id: string | null;
  /** "2.3.1": the task's label and the step's position in it. */
  label: string;
  content: string;
  /** What the YAML says; the effective values below fall back to the task's. */
  own: { ownerId: string | null; start: PlanDate | null; deadline: PlanDate | null };
  owner: Unit | null;
  person: string | null;
  start: PlanDate;
  deadline: PlanDate | null;
  /** The deadline as written (the step's own, else its task's): what the document prints. */
  time: PlanTime | null;
  product: string | null;
  origin: Origin;
}

export interface Task {
  id: string;
  /** "1.1": group number and position in the group. */
  label: string;
  /** Position in its group, from 1 ("Nhiệm vụ 1"). */
  number: number;
  groupId: string;
  content: string;
  /** Wording for section IV; the content when the YAML gives none. */
  assignment: string;
  /** The first lead's id and unit: most tasks have one lead (rule lead-single). */
  leadId: string | null;
  lead: Unit | null;
  /** Every lead, as written (`lead: a` or `lead: [a, b]`), with where each is written. */
  leadIds: string[];
  leads: Unit[];
  leadOrigins: Origin[];
  cooperatingIds: string[];
  cooperating: Unit[];
  person: string | null;
  /** The task's own start, or the start of the plan's period. */
  start: PlanDate;
  ownStart: PlanDate | null;
  deadline: PlanDate | null;
  /** The deadline as written, for printing and the timeline. */
  time: PlanTime | null;
  product: string | null;
  /** The appendix row continues the task above it (a merged STT and Nhiệm vụ cell in the original). */
  continues: boolean;
  /** The task's own columns for appendix tables (tasks.yaml `fields`). */
  fields: Record<string, CellValue>;
  solutions: SolutionBlock[];
  steps: Step[];
  origin: Origin;
}

export interface TaskGroup {
  id: string;
  label: string;
  /** "I", "II": the group's number in appendix tables. */
  roman: string;
  /** None for a group that only gathers tasks: no heading, no group row. */
  title: string | null;
  tasks: Task[];
  origin: Origin;
}

export type AppendixKind = 'tasks' | 'steps' | 'timeline' | 'table';

/** An appendix (Phụ lục) printed from the tasks; numbered I, II, ... when there are two or more. */
export interface Appendix {
  id: string;
  /** "I", "II", ...; empty when the plan has a single appendix. */
  label: string;
  kind: AppendixKind;
  title: string;
  orientation: 'portrait' | 'landscape';
  /** Column keys: built-in fields or the tasks' own `fields`. */
  columns: string[];
  /** Headers the plan gives instead of the `column-<key>` phrase. */
  headers: Record<string, string>;
  /** "body": STT as the body numbers (1.1); "groups": I, II for groups, 1, 2, 3 again in each; "flat": 1..n. */
  numbering: 'body' | 'groups' | 'flat';
  /** Columns of the tasks' own fields declared numbers or summed (table-cells holds them to both). */
  numbers: Record<string, { total: boolean; number: boolean }>;
  /** The total row's label ("Tổng cộng"); null: no total row. */
  total: string | null;
  /** A timeline's columns: months, quarters or years; null: chosen from the period's length. */
  scale: TimelineScale | null;
  /** How a timeline marks a period of work: shaded with ◆ at the deadline, or "x" as a roadmap (lộ trình) table writes it. */
  marks: 'shade' | 'x';
  /** A timeline marks the period each task or step was reported done in (progress entries). */
  progress: boolean;
  /** Columns the plan listed itself: printed even when no row fills them. */
  explicitColumns: boolean;
  /** The table of a "table" appendix. */
  table: TableSpec | null;
  /** The keys the YAML gives, to tell the clerk of one this kind of appendix does not use. */
  given: string[];
  /** The plan's own "Phụ lục" line and "(Kèm theo ...)" line, printed as typed; null: the phrases'. */
  caption: { label: string | null; attachment: string | null };
  origin: Origin;
}

/** A table cell: a text, a number, or the paragraphs of a cell written on several lines. */
export type CellValue = string | number | string[];

export type TimelineScale = 'months' | 'quarters' | 'years';

/** A column of a table written directly; a column with sub-columns heads them on a header row above. */
export interface TableColumnSpec {
  /** The cells' key in each row; null for a column that only heads sub-columns. */
  field: string | null;
  header: string;
  type: 'text' | 'number';
  align: 'left' | 'center' | 'right' | null;
  total: boolean;
  columns: TableColumnSpec[];
  origin: Origin;
}

/** A row of a table written directly: a group row, or cells with its continuation lines and sub-rows. */
export type TableRowSpec =
  | { kind: 'group'; title: string; origin: Origin; extra: string[] }
  | { kind: 'row'; cells: Record<string, CellValue>; lines: Record<string, CellValue>[]; rows: TableRowSpec[]; origin: Origin };

/** A table written directly in the YAML (a "table" appendix, or a table block of the outline). */
export interface TableSpec {
  columns: TableColumnSpec[];
  rows: TableRowSpec[];
  total: string | null;
  numbering: 'groups' | 'flat';
  notes: string[];
  origin: Origin;
}

/** One numbered entry of section IV "Tổ chức thực hiện". */
export interface ImplementationEntry {
  label: string;
  unit: Unit;
  tasks: Task[];
}

export interface Recipient {
  name: string;
  note: string | null;
}

/** A plan's own setting for a rule (plan.yaml `rules:`), with the reason it must give. */
export interface RuleOverride {
  severity: 'error' | 'warning' | 'off';
  reason: string;
}

/** What the plan asks of its own data (plan.yaml `settings:`). */
export interface PlanSettings {
  /** "Rõ người": every task must name a person in charge (rule person-assigned). */
  requirePerson: boolean;
  /** Steps may leave out owner and deadline and take their task's (rules task-owner-required, task-deadline-required). */
  stepsInherit: boolean;
}

/** Page and text settings a plan may change within Nghị định 30's ranges (see schemas/plan.schema.json). */
export interface LayoutOverrides {
  marginTop?: number;
  marginBottom?: number;
  marginLeft?: number;
  marginRight?: number;
  bodySize?: number;
  firstLineIndent?: number;
  paragraphSpacing?: number;
  lineSpacing?: number;
}

/** How the headings of one outline level are numbered (Nghị định 30, Phụ lục I, mục V, row 6b: I., 1., a)). */
export type NumberingStyle = 'roman' | 'arabic' | 'decimal' | 'letter' | 'dash' | 'none';

/** How a tasks block prints each task (see README, "The outline"). */
export type TaskLayout = 'detailed' | 'numbered' | 'points' | 'dashes';

/** A "-" item of a list, with its "+" items; `owner` is the unit the item names (a step's owner). */
export type ListItem = SolutionItem;

/** An item of a numbered ("1.") or lettered ("a)") list: its label, text and "-" items under it. */
export interface LabelledItem {
  label: string;
  ref: string;
  text: string;
  items: ListItem[];
  origin: Origin;
}

/** A heading of the outline, numbered from its depth; its blocks print under it. */
export interface Section {
  id: string | null;
  /** 1 for "I.", 2 for "1.", ... */
  level: number;
  /** As printed before the heading: "I.", "1.", "1.1.", "a)"; empty when unnumbered. */
  label: string;
  /** What a reference to it prints: "I", "1", "1.1", "a". */
  ref: string;
  heading: string;
  bold: boolean;
  blocks: OutlineBlock[];
  origin: Origin;
}

/** A group of tasks where a tasks block placed it: a heading (when the group has a title) over its tasks. */
export interface PlacedGroup {
  group: TaskGroup;
  section: Section | null;
  tasks: PlacedTask[];
}

/** A task where a tasks block placed it, with the label it prints there. */
export interface PlacedTask {
  task: Task;
  label: string;
  ref: string;
  level: number;
  bold: boolean;
}

/** A unit of the implementation block: its heading, its own paragraphs, the tasks it leads. */
export interface PlacedUnit {
  entry: ImplementationEntry;
  section: Section;
}

/** One block of the document's body, in the order the plan gives (plan.yaml `outline`). */
export type OutlineBlock =
  | { kind: 'paragraph'; text: string; origin: Origin }
  | { kind: 'list'; lead: string | null; items: ListItem[]; origin: Origin }
  | { kind: 'labelled'; lead: string | null; items: LabelledItem[]; origin: Origin }
  | { kind: 'section'; section: Section }
  | { kind: 'tasks'; layout: TaskLayout; details: boolean; groups: PlacedGroup[]; groupIds: 'all' | string[]; origin: Origin }
  | { kind: 'implementation'; withTasks: boolean; units: PlacedUnit[]; origin: Origin }
  | { kind: 'appendices'; origin: Origin }
  | { kind: 'table'; title: string | null; table: TableSpec; origin: Origin };

/** What `[#id]` in a text stands for: a section, task, step, group or appendix, and what it prints. */
export interface Reference {
  kind: 'section' | 'task' | 'step' | 'group' | 'appendix';
  /** The number as the body prints it, without its final "." ("V", "2.1"); for an appendix, its numeral. */
  label: string;
}

/** The whole plan, references resolved and numbering assigned: what rules check and renderers print. */
export interface Plan {
  id: string;
  dir: string;
  issuer: {
    /** The superior body's lines as printed (not bold); none for a body without one (a UBND). */
    superior: string[];
    /** The issuing body's lines as printed (bold). */
    name: string[];
    /** The name in running text ("Sở Khoa học và Công nghệ", "Ủy ban nhân dân tỉnh Lai Châu"). */
    fullName: string;
    abbreviation: string;
  };
  documentType: string;
  number: string;
  place: string;
  date: PlanDate;
  period: { from: PlanDate; to: PlanDate };
  title: string;
  /** The trích yếu's lines as published (one unless the plan breaks it). */
  titleLines: string[];
  /** The body, from the first paragraph after the title to the closing paragraph. */
  outline: OutlineBlock[];
  numbering: NumberingStyle[];
  groups: TaskGroup[];
  tasks: Task[];
  units: Unit[];
  implementation: ImplementationEntry[];
  appendices: Appendix[];
  /** Every id a text may refer to as `[#id]`. */
  references: Map<string, Reference>;
  closing: string | null;
  /** The signature block's lines above the space to sign (TM./KT. lines, the title), and the name. */
  signer: { lines: string[]; name: string; origin: Origin };
  recipients: Recipient[];
  archiveId: string;
  archive: Unit | null;
  layout: LayoutOverrides;
  settings: PlanSettings;
  /** Rules this plan turns off or sets to another severity, each with its reason. */
  rules: Record<string, RuleOverride>;
  /** Times no form of src/model/time.ts reads (rule time-form). */
  unreadTimes: { raw: string; origin: Origin }[];
  /** The progress entries beside the plan (progress/<period>.yaml): never printed in the plan itself. */
  progress: PlanProgress;
  origins: { plan: string; units: string; tasks: string; appendices: string | null };
}
