/** The YAML data as the schemas allow it; see schemas/*.schema.json. */
export interface RawPlanFile {
  issuer: { superior?: string; name: string; abbreviation: string };
  documentType?: string;
  number?: string;
  place: string;
  date: string;
  period?: { from: string; to: string };
  title: string;
  opening: string[];
  purposes?: string[];
  requirements?: string[];
  closing: string;
  signer?: { authority?: string; title?: string; name?: string };
  recipients: { name: string; note?: string }[];
  archive: string;
  layout?: Record<string, number>;
  settings?: { requirePerson?: boolean; stepsInherit?: boolean };
  rules?: Record<string, { severity: 'error' | 'warning' | 'off'; reason: string }>;
}

export interface RawUnitsFile {
  units: { id: string; name: string; shortName?: string; abbreviation?: string; role?: string; external?: boolean }[];
}

/** Fields that make a "-" item a step (công việc cụ thể) of its task. */
export interface RawStepFields {
  id?: string;
  owner?: string;
  person?: string;
  start?: string;
  deadline?: string;
  product?: string;
}

export type RawItem = string | ({ text: string; items?: string[] } & RawStepFields);
export type RawBlock = string | { text?: string; items: RawItem[]; steps?: boolean };

export interface RawTask {
  id: string;
  content: string;
  assignment?: string;
  lead?: string;
  cooperating?: string[];
  person?: string;
  start?: string;
  deadline?: string;
  product?: string;
  solutions?: RawBlock[];
}

export interface RawTasksFile {
  groups: { id: string; title: string; tasks: RawTask[] }[];
}

export type AppendixKind = 'tasks' | 'steps' | 'timeline';

export interface RawAppendicesFile {
  appendices: { id: string; kind: AppendixKind; title: string; orientation?: 'landscape' | 'portrait'; columns?: string[] }[];
}
