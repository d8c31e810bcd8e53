import { AlignmentType, Paragraph, Table } from 'docx';
import type { Templates } from '../templates.js';
import type { PlanView } from '../view.js';
import { borderlessTable, centred, single } from './header-block.js';
import { CLOSING_LEFT_WIDTH, SIGNATURE_SPACE_LINES, SIZE } from './layout.js';
import { plainRun, textRuns } from './text-runs.js';

/**
 * The closing block (Phụ lục III, Mẫu 1.4): a borderless two-column table. Left, "Nơi nhận:"
 * 12 pt bold italic, level with the signer's title, over 11 pt items each "- ...;" ending with
 * "- Lưu: VT, <unit>." (Phụ lục I, mục II.9.d). Right, the authority and title in bold capitals,
 * space to sign, and the name in bold (mục II.7).
 */
export function closingBlock(view: PlanView, templates: Templates, width: number): Table {
  const left = CLOSING_LEFT_WIDTH;
  const recipients = [
    flushLeft([plainRun(templates.phrase('recipients-heading', view), { size: SIZE.recipientsHeading, bold: true, italic: true })]),
    ...view.recipients.map((r) => flushLeft(textRuns(templates.phrase('recipient', r), { size: SIZE.recipient }))),
    flushLeft(textRuns(templates.phrase('archive', view.archive), { size: SIZE.recipient })),
  ];
  const signer = { size: SIZE.signer, bold: true, allCaps: true };
  const signature = [
    // mục II.7.a: TM./KT./TL./TUQ./Q. lines, the collective's name and the title, each as the plan gives it.
    ...view.signer.lines.map((line) => centred(textRuns(line, signer))),
    ...Array.from({ length: SIGNATURE_SPACE_LINES }, () => centred([plainRun('', { size: SIZE.signer })])),
    centred(textRuns(view.signer.name, { size: SIZE.signer, bold: true })),
  ];
  return borderlessTable([left, width - left], [[recipients, signature]]);
}

function flushLeft(children: ReturnType<typeof plainRun>[]): Paragraph {
  return new Paragraph({ alignment: AlignmentType.LEFT, spacing: single(), children });
}
