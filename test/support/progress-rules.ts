import { expectedLines } from './rule-harness.js';

/** A tasks.yaml of the mini plan with a task (quy-dinh, chi-cuc-tdc, 2023-06) and a step with an id (bao-cao, 2023-05). */
export const TASKS_WITH_STEP = `groups:
  - id: giao
    title: Nhiệm vụ được giao
    tasks:
      - id: quy-dinh
        content: Tham mưu ban hành Quy định.
        lead: chi-cuc-tdc
        deadline: 2023-06
        solutions:
          - steps: true
            items:
              - id: bao-cao
                text: Báo cáo dự thảo.
                deadline: 2023-05
`;

/** The markers of files given by their path in the plan folder, as "path:line". */
export function markedLines(files: Record<string, string>, ruleId: string): string[] {
  return Object.entries(files).flatMap(([path, text]) => expectedLines(text, ruleId).map((line) => `${path}:${line}`));
}
