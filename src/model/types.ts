import type { Origin } from '../diagnostics.js';

/** A month (day null) or a full date, as written in the YAML ("2023-06" or "2023-06-30"). */
export interface PlanDate {
  year: number;
  month: number;
  day: number | null;
  raw: string;
  origin: Origin;
}

export interface Unit {
  id: string;
  name: string;
  /** The name printed in section IV and appendix tables: the short name if given. */
  displayName: string;
  abbreviation: string | null;
  role: string | null;
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
  leadId: string | null;
  lead: Unit | null;
  cooperatingIds: string[];
  cooperating: Unit[];
  person: string | null;
  /** The task's own start, or the start of the plan's period. */
  start: PlanDate;
  ownStart: PlanDate | null;
  deadline: PlanDate | null;
  product: string | null;
  solutions: SolutionBlock[];
  steps: Step[];
  origin: Origin;
}

export interface TaskGroup {
  id: string;
  label: string;
  /** "I", "II": the group's number in appendix tables. */
  roman: string;
  title: string;
  tasks: Task[];
  origin: Origin;
}

export type AppendixKind = 'tasks' | 'steps' | 'timeline';

/** An appendix (Phụ lục) printed from the tasks; numbered I, II, ... when there are two or more. */
export interface Appendix {
  id: string;
  /** "I", "II", ...; empty when the plan has a single appendix. */
  label: string;
  kind: AppendixKind;
  title: string;
  orientation: 'portrait' | 'landscape';
  columns: string[];
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

/** The whole plan, references resolved and numbering assigned: what rules check and renderers print. */
export interface Plan {
  id: string;
  dir: string;
  issuer: { superior: string | null; name: string; abbreviation: string };
  documentType: string;
  number: string;
  place: string;
  date: PlanDate;
  period: { from: PlanDate; to: PlanDate };
  title: string;
  opening: string[];
  purposes: string[];
  requirements: string[];
  groups: TaskGroup[];
  tasks: Task[];
  units: Unit[];
  implementation: ImplementationEntry[];
  appendices: Appendix[];
  /** Numerals of the sections after II: the appendix section (none without appendices) and the one on carrying the plan out. */
  sections: { schedule: string | null; organisation: string };
  closing: string;
  signer: { authority: string | null; title: string; name: string };
  recipients: Recipient[];
  archiveId: string;
  archive: Unit | null;
  layout: LayoutOverrides;
  settings: PlanSettings;
  /** Rules this plan turns off or sets to another severity, each with its reason. */
  rules: Record<string, RuleOverride>;
  origins: { plan: string; units: string; tasks: string; appendices: string | null };
}
