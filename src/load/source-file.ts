import type { Document, LineCounter } from 'yaml';

/** The kinds of YAML file a plan folder holds; each has a schema `schemas/<kind>.schema.json`. */
export const FILE_KINDS = ['plan', 'units', 'tasks', 'appendices'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Every kind of file that has a schema: the plan's own files, and the progress entries beside them (progress/<period>.yaml). */
export const SCHEMA_KINDS = [...FILE_KINDS, 'progress'] as const;
export type SourceKind = (typeof SCHEMA_KINDS)[number];

/** Files a plan may leave out: a plan without appendices has no appendices.yaml; a plan whose body is all prose, no tasks.yaml. */
export const OPTIONAL_KINDS: readonly FileKind[] = ['tasks', 'appendices'];

/** One parsed YAML file of a plan, kept with what is needed to point back into it. */
export interface SourceFile {
  kind: SourceKind;
  /** Path shown in diagnostics. */
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Plain data (`doc.toJS()`), or undefined when the file has syntax errors. */
  data: unknown;
}
