import type { Rule } from '../rule.js';
import { dateValid } from './date-valid.js';
import { taskDeadlineRequired } from './task-deadline-required.js';
import { taskOwnerRequired } from './task-owner-required.js';
import { unitKnown } from './unit-known.js';

/** Every rule, in id order; `plan check --list-rules` prints this list. */
export const RULES: readonly Rule[] = [dateValid, taskDeadlineRequired, taskOwnerRequired, unitKnown];
