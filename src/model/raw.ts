/** The YAML data as the schemas allow it; see schemas/*.schema.json. */
/** A text, or its lines when it prints on several (an issuer's name, a signature line). */
export type RawLines = string | string[];

/** A time of a task or step: see src/model/time.ts. YAML reads `2025` as a number. */
export type RawTime = string | number | { words: string; by?: string | number };

export interface RawPlanFile {
  issuer: { superior?: RawLines; name: RawLines; abbreviation: string };
  documentType?: string;
  number?: string | number;
  place: string;
  date: string;
  period?: { from: string; to: string };
  title: RawLines;
  opening?: string[];
  purposes?: string[];
  requirements?: string[];
  outline?: RawOutlineBlock[];
  numbering?: string[];
  closing?: string;
  signer?: { authority?: RawLines; title?: RawLines; name?: string };
  recipients: { name: string; note?: string }[];
  archive: string;
  layout?: Record<string, number>;
  settings?: { requirePerson?: boolean; stepsInherit?: boolean };
  progress?: { dueSoonDays?: number; cutOffDay?: number };
  rules?: Record<string, { severity: 'error' | 'warning' | 'off'; reason: string }>;
}

export interface RawUnitsFile {
  units: { id: string; name: string; shortName?: string; abbreviation?: string; role?: string | RawOutlineBlock[]; external?: boolean }[];
}

/** Fields that make a "-" item a step (công việc cụ thể) of its task. */
export interface RawStepFields {
  id?: string;
  owner?: string;
  person?: string;
  start?: RawTime;
  deadline?: RawTime;
  product?: string;
}

export type RawItem = string | ({ text: string; items?: string[] } & RawStepFields);
export type RawBlock = string | { text?: string; items: RawItem[]; steps?: boolean };

export interface RawTask {
  id: string;
  content: string;
  assignment?: string;
  lead?: string | string[];
  cooperating?: string[];
  person?: string;
  start?: RawTime;
  deadline?: RawTime;
  product?: string;
  solutions?: RawBlock[];
  fields?: Record<string, RawCell>;
  continues?: boolean;
}

export interface RawTasksFile {
  groups: { id: string; title?: string; tasks: RawTask[] }[];
}

export type AppendixKind = 'tasks' | 'steps' | 'timeline' | 'table';

/** A cell of a table: YAML reads `15` as a number. */
export type RawCell = string | number | string[];

export interface RawTableColumn {
  field?: string;
  header: string;
  type?: 'text' | 'number';
  align?: 'left' | 'center' | 'right';
  total?: boolean;
  columns?: RawTableColumn[];
}

export type RawTableRow = { group?: string; rows?: RawTableRow[]; lines?: Record<string, RawCell>[] } & Record<string, unknown>;

/** A table written directly (schemas/table.schema.json). */
export interface RawTable {
  columns: RawTableColumn[];
  rows: RawTableRow[];
  total?: string;
  numbering?: 'groups' | 'flat';
  notes?: string[];
}

export interface RawAppendicesFile {
  appendices: {
    id: string;
    kind: AppendixKind;
    title: string;
    orientation?: 'landscape' | 'portrait';
    columns?: (string | { field: string; header?: string; type?: 'text' | 'number'; total?: boolean })[];
    numbering?: 'body' | 'groups' | 'flat';
    total?: string;
    scale?: 'months' | 'quarters' | 'years';
    marks?: 'shade' | 'x';
    progress?: boolean;
    table?: RawTable;
    label?: string;
    attachment?: string;
  }[];
}

/**
 * One block of plan.yaml `outline` (and of a unit's `role`): a paragraph; a section (`heading`);
 * a "-" list (`items`); a numbered list (`numbered`, "1.") or lettered one (`points`, "a)"); or a
 * block the plan's data fills in (`tasks`, `implementation`, `appendices`).
 */
export type RawOutlineBlock =
  | string
  | { heading: string; id?: string; number?: boolean; bold?: boolean; content?: RawOutlineBlock[] }
  | { text?: string; items: RawItem[] }
  | { text?: string; numbered: (string | { text: string; items?: RawItem[] })[] }
  | { text?: string; points: (string | { text: string; items?: RawItem[] })[] }
  | { tasks: 'all' | string[]; layout?: string; details?: boolean }
  | { implementation: boolean | { tasks?: boolean } }
  | { appendices: 'list' }
  | { table: RawTable; title?: string };
