/** A place the import could not map: written into the YAML with a `# TODO` comment and printed as a finding. */
export interface Todo {
  /** The plan file it is written in: plan.yaml, units.yaml, tasks.yaml, appendices.yaml. */
  file: string;
  /** Where in that file's data (the node the comment stands above). */
  path: (string | number)[];
  /** What could not be mapped, in Vietnamese (the YAML is the clerk's). */
  reason: string;
  /** The source paragraph number (1-based); 0 when the source lacks the item altogether. */
  n: number;
}

/** Where a TODO ended up once the YAML is written: its file and line, for the finding. */
export interface LocatedTodo extends Todo {
  line: number;
}
