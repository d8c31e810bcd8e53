import { Paragraph } from 'docx';
import type { Templates } from '../templates.js';
import type { PlanView } from '../view.js';
import { centred } from './header-block.js';
import { SIZE } from './layout.js';
import { estimateWidth, ruleLine } from './rule-line.js';
import { plainRun, textRuns } from './text-runs.js';

/**
 * Tên loại and trích yếu (Phụ lục I, mục II.5): "KẾ HOẠCH" bold capitals on its own line, the
 * trích yếu bold in sentence case under it, then a short line 1/3 to 1/2 as long as the trích yếu.
 */
export function titleBlock(view: PlanView, templates: Templates, width: number): Paragraph[] {
  // The line is sized to the trích yếu's last line, as the plan breaks it.
  const titleLine = Math.min(width, estimateWidth(view.titleLines[view.titleLines.length - 1] ?? view.title, SIZE.title, false));
  return [
    centred([plainRun(templates.phrase('document-type', view), { size: SIZE.documentType, bold: true })], 480),
    ...view.titleLines.map((line) => centred(textRuns(line, { size: SIZE.title, bold: true }))),
    ruleLine(Math.round(titleLine * 0.4), width),
    new Paragraph({ children: [], spacing: { before: 0, after: 120 } }),
  ];
}
