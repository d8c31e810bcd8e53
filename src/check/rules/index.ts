import type { Rule } from '../rule.js';
import { dateFormat } from './date-format.js';
import { dateValid } from './date-valid.js';
import { deadlineInPlanPeriod } from './deadline-in-plan-period.js';
import { finalNumberFilled } from './final-number-filled.js';
import { idUnique } from './id-unique.js';
import { leadInternal } from './lead-internal.js';
import { leadSingle } from './lead-single.js';
import { periodValid } from './period-valid.js';
import { planSize } from './plan-size.js';
import { personAssigned } from './person-assigned.js';
import { progressDayInPeriod } from './progress-day-in-period.js';
import { progressDoneDay } from './progress-done-day.js';
import { progressKnown } from './progress-known.js';
import { progressOverdueUnreported } from './progress-overdue-unreported.js';
import { recipientsArchive } from './recipients-archive.js';
import { referenceKnown } from './reference-known.js';
import { signerPresent } from './signer-present.js';
import { startBeforeDeadline } from './start-before-deadline.js';
import { stepWithinTask } from './step-within-task.js';
import { tableCells } from './table-cells.js';
import { taskDeadlineRequired } from './task-deadline-required.js';
import { taskOwnerRequired } from './task-owner-required.js';
import { textControlChars } from './text-control-chars.js';
import { textLineBreak } from './text-line-break.js';
import { textNfc } from './text-nfc.js';
import { textSpacing } from './text-spacing.js';
import { timeForm } from './time-form.js';
import { unitIdle } from './unit-idle.js';
import { unitKnown } from './unit-known.js';

/** Every rule, in id order; `plan check --list-rules` prints this list. */
export const RULES: readonly Rule[] = [
  dateFormat,
  dateValid,
  deadlineInPlanPeriod,
  finalNumberFilled,
  idUnique,
  leadInternal,
  leadSingle,
  periodValid,
  planSize,
  personAssigned,
  progressDayInPeriod,
  progressDoneDay,
  progressKnown,
  progressOverdueUnreported,
  recipientsArchive,
  referenceKnown,
  signerPresent,
  startBeforeDeadline,
  stepWithinTask,
  tableCells,
  taskDeadlineRequired,
  taskOwnerRequired,
  textControlChars,
  textLineBreak,
  textNfc,
  textSpacing,
  timeForm,
  unitIdle,
  unitKnown,
];
