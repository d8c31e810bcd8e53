import type { Catalogue, MessageArgs } from './catalogue.js';
import { FORMS } from './forms.js';

function item(a: MessageArgs): string {
  const names: Record<string, string> = {
    task: 'Task',
    step: 'Step',
    group: 'Task group',
    unit: 'Unit',
    plan: 'Plan',
    signer: 'Signer',
    recipient: 'Recipient',
    appendix: 'Appendix',
    section: 'Section',
    progress: 'Progress entry of',
  };
  return [names[String(a['item'])] ?? String(a['item'] ?? ''), a['label'] ?? ''].join(' ').trim();
}

/** "Appendix II", or "The appendix" when the plan has one. */
function appendixName(a: MessageArgs): string {
  if (a['body']) return 'A table of the body';
  return a['appendix'] ? `Appendix ${a['appendix']}` : 'The appendix';
}

/** The item and, for a text, the YAML key it sits under: "Task 1.2 (content)". */
function where(a: MessageArgs): string {
  return a['field'] ? `${item(a)} (${a['field']})` : item(a);
}

/** An item named for id-unique: units and appendices by their place in the file and their name. */
function named(a: MessageArgs, prefix = ''): string {
  const get = (key: string) => a[prefix ? `${prefix}${key[0]!.toUpperCase()}${key.slice(1)}` : key];
  const kind = String(get('item'));
  if (kind === 'unit') return `Unit no. ${get('position')} (${get('name')})`;
  if (kind === 'appendix') return `Appendix no. ${get('position')} (${get('name')})`;
  return item({ item: kind, label: get('label') ?? '' });
}

const SPACING: Record<string, string> = {
  leading: 'at the start',
  trailing: 'at the end',
  double: 'two in a row',
  'before-punctuation': 'before , . ; :',
};

/** English messages (`--lang en`). */
/** How a message names the field at fault: "opening" item 2, or the file itself. */
function field(a: MessageArgs): string {
  if (a['field'] === '') return 'The file';
  return a['index'] !== undefined ? `"${a['field']}" item ${a['index']}` : `"${a['field']}"`;
}

export const en: Catalogue = {
  'yaml.alias-unknown': (a) =>
    `YAML reads "*${a['name']}" as an alias that was never set: a * at the start of a text opens an alias; if it is text (such as *italic* at the start), put the whole text in double quotes`,
  'files.too-many-values': (a) =>
    `The plan holds more than ${a['limit']} YAML values (each key, text, number, date, alias, list item, ":", bracket and comma is one), counting the files read before this one; the value past the limit is here, and the file is not read further. Split a larger plan into several`,
  'yaml.aliases': (a) =>
    `The YAML alias "*${a['name']}" is expanded too many times: each anchor is expanded fewer than ${a['limit']} times, a use counting as many times as the aliases the anchored value itself holds (aliases within aliases); write the values out instead`,
  'yaml-number-as-typed': (a) => `YAML reads ${a['typed']} as the number ${a['read']}, which is what prints, not what was typed; to print it as typed, quote it: "${a['typed']}" (write thousands without dots: 1250.5 prints 1.250,5)`,
  'yaml-anchor-in-text': (a) => `YAML reads "${a['words']}" at the start of the text as an anchor name and drops it; if it is part of the text, put the whole text in double quotes`,
  'yaml-comment-in-text': (a) => `YAML reads "${a['words']}" as a comment (after the #) and drops it; if it is part of the text, put the whole text in double quotes`,
  'yaml-list-in-text': () =>
    "This line starts with \"-\" or \"+\" but, indented further than the item above, is joined to that item's text; if it is an item of its own, line it up with the item above",
  'files.text-too-long': (a) => `The text is ${a['length']} characters long, over the limit of ${a['limit']} for one field; split it into paragraphs`,
  'files.expanded-too-large': (a) =>
    `With its aliases expanded, the plan's text (its files together) reaches ${a['length']} characters here, over the limit of ${a['limit']} for one plan: the aliases repeat long texts; use fewer aliases or shorten the anchored text`,
  'files.unreadable': (a) => `The file cannot be read (${a['code'] === 'EACCES' || a['code'] === 'EPERM' ? 'no permission to read it' : a['code']}); check its permissions`,
  'files.missing': (a) => `The plan folder has no ${a['name']}`,
  'files.not-regular': (a) => `${a['name']} is not a file (a folder, a link to nothing, or a special file); the plan needs a plain YAML file here`,
  'files.both': (a) => `Both ${a['name']} and ${a['other']} are here: keep one (the plan cannot tell which to read)`,
  'files.too-large': (a) => `File too large (${a['size']} bytes; at most ${a['limit']})`,
  'files.plan-too-large': (a) =>
    `This file (${a['size']} bytes) with the plan's files read before it (${a['before']} bytes) passes the limit of ${a['limit']} bytes for a whole plan, so it is not read; split a larger plan into several`,
  'files.not-utf-8': () => 'The file is not saved as UTF-8 (perhaps "ANSI"/Windows-1258 or TCVN3): open it and save it again as UTF-8',
  'files.utf-16': () => 'The file is saved as UTF-16 (Notepad\'s "Unicode"): open it and save it again as UTF-8',
  'files.progress-not-folder': () => 'progress here is a file; progress entries go in the folder progress/ (progress/2023-06.yaml)',
  'files.progress-not-yaml': (a) => `"${a['name']}" is named for a reporting period but is no .yaml file, so it is not read; name it ${String(a['name']).replace(/\..*$/, '')}.yaml`,
  'files.progress-name': (a) => `The progress file ${a['name']} must be named after its reporting period: 2023-06.yaml (month), 2023-Q2.yaml (quarter), 2023-H1.yaml (half-year) or 2023.yaml (year); it was not read`,
  'files.unknown': (a) => `${a['name']} is not used; a plan reads only ${a['known']}`,
  'schema.required': (a) => `Missing required field "${a['field']}"`,
  'schema.text-as-key': (a) =>
    `"${a['field']}: ..." is a sentence with a colon and a space (": "), which YAML reads as a field name; put the whole sentence in double quotes or write it after ">-"`,
  'schema.additionalProperties': (a) => `Unknown field "${a['field']}"; check its spelling`,
  'schema.type': (a) => `${field(a)} must be ${typeName(String(a['expected']))}, not ${typeName(String(a['actual']))}` + typeHint(a),
  'schema.enum': (a) => `${field(a)} must be one of: ${a['allowed']}`,
  'schema.pattern': (a) => `${field(a)} is not in the expected form: ${FORMS[String(a['form'])]?.en ?? 'see the schema'}` + (a['fix'] ? `; write ${a['fix']}` : ''),
  'schema.oneOf': (a) => `${field(a)} must be a paragraph, or have exactly one of the keys heading, items, numbered, points, tasks, implementation, appendices`,
  'schema.minimum': (a) => `${field(a)} must be at least ${a['limit']}`,
  'schema.maximum': (a) => `${field(a)} must be at most ${a['limit']}`,
  'schema.minItems': (a) => `${field(a)} needs at least ${a['limit']} item(s)`,
  'schema.minLength': (a) => `${field(a)} must not be empty`,
  'schema.other': (a) => `${field(a)} is invalid: ${a['detail']}`,
  'unit-known': (a) => `${item(a)}: no unit "${a['ref']}" in units.yaml` + (a['suggestion'] ? `; did you mean "${a['suggestion']}"?` : ''),
  'task-owner-required': (a) => `${item(a)} has no lead unit`,
  'task-deadline-required': (a) => `${item(a)} has no deadline`,
  'date-valid': (a) => `${item(a)}: the date ${a['value']} does not exist (month ${a['month']} of ${a['year']} has no day ${a['day']})`,
  'date-valid.month': (a) => `${item(a)}: there is no month ${a['month']} (${a['value']})`,
  'date-valid.text': (a) =>
    `${where(a)}: "${a['value']}" is not a real date (` +
    (Number(a['month']) < 1 || Number(a['month']) > 12 ? `there is no month ${a['month']})` : `month ${a['month']} of ${a['year']} has no day ${a['day']})`),
  'date-format': (a) =>
    `${where(a)}: "${a['value']}" is not written the Nghị định 30 way (a leading zero for days below 10 and months 1 and 2, none for other months); write "${a['fix']}"`,
  'task-owner-required.step': (a) => `${item(a)} has no owner; the plan sets stepsInherit: false, so steps do not take their task's lead unit`,
  'task-deadline-required.step': (a) => `${item(a)} has no deadline; the plan sets stepsInherit: false, so steps do not take their task's deadline`,
  'deadline-in-plan-period': (a) =>
    `${item(a)}: the ${a['kind'] === 'start' ? 'start' : 'deadline'} ${a['value']} is outside the plan period (${a['from']} to ${a['to']})`,
  'deadline-in-plan-period.before-date': (a) => `${item(a)}: the deadline ${a['value']} is before the plan's date (${a['date']})`,
  'start-before-deadline': (a) => `${item(a)}: starts ${a['value']}, after its deadline ${a['limit']}`,
  'time-form': (a) =>
    `The time "${a['value']}" cannot be read; write it in one of these forms: 2024-06-30, 2024-06, 2024-Q2, 2024-H1, 2024, 2023-2025, Ngày 30/6/2024, Tháng 6/2024, Quý II/2024, 6 tháng đầu năm 2024, Năm 2024, Trước ngày 15/6/2024, Tháng 3 - 6/2024, Giai đoạn 2023 - 2025, Thường xuyên, Hằng tháng, Hằng quý, Hằng năm`,
  'reference-known': (a) => `${where(a)}: the reference [#${a['id']}] names no section, group, task, step or appendix (no id "${a['id']}")`,
  'reference-known.form': (a) => `${where(a)}: the reference [#${a['id']}] is not written as an id: lower-case letters without accents, digits and hyphens, no spaces`,
  'reference-known.unnumbered': (a) => `${where(a)}: [#${a['id']}] names an item without a number (number: false, or a level not numbered), so it would print nothing`,
  'table-cells': (a) => `${appendixName(a)}: cell "${a['field']}" belongs to no column of the table and would not be printed; use a column's field or add the column`,
  'table-cells.not-number': (a) => `${appendixName(a)}: column "${a['column']}" is a number column but the cell reads "${a['value']}", a text; write the number without separators (1250.5 prints 1.250,5), or drop type: number`,
  'table-cells.total-text': (a) => `${appendixName(a)}: column "${a['column']}" is summed (total: true) but is not a number column; add type: number`,
  'table-cells.no-total-row': (a) => `${appendixName(a)}: column "${a['column']}" is summed but the table has no total row; add total: Tổng cộng`,
  'table-cells.total-label': (a) => `${appendixName(a)}: every column is summed and the table has no STT column, so the total row's words have nowhere to print; add an stt column or one that is not summed`,
  'table-cells.line-overlap': (a) => `${appendixName(a)}: the row already has a cell "${a['field']}", merged down its lines, so this one would be hidden under it; keep it on the row or on the line, not both`,
  'table-cells.nested-group': (a) => `${appendixName(a)}: the group row "${a['title']}" is among sub-rows (rows) and would not print; group rows belong in the table's own list of rows`,
  'table-cells.group-extra': (a) => `${appendixName(a)}: the group row "${a['title']}" prints only its title, so "${a['field']}" here would not print; make it a row of its own after the group row`,
  'table-cells.not-finite': (a) => `${appendixName(a)}: column "${a['column']}" is a number column but the cell reads ${a['value']}, which is no number; write a number`,
  'table-cells.too-large': (a) => `${appendixName(a)}: the number ${a['value']} in column "${a['column']}" is too large to print and add exactly (over 9,007,199,254,740,991); write it in a larger unit (millions, billions of đồng)`,
  'table-cells.builtin-number': (a) => `${appendixName(a)}: column "${a['field']}" is a built-in column, not a number of the task's; type: number and total are for the tasks' own fields`,
  'table-cells.field-builtin': (a) => `${appendixName(a)}: the task's own field "${a['field']}" has the name of a built-in column and would never print; name it otherwise`,
  'table-cells.unused-option': (a) => `${appendixName(a)}: "${a['field']}" is not used by an appendix of kind ${a['kind']} and would be ignored; for a table written directly (kind: table), columns, numbering and total go under table:`,
  'table-cells.field-twice': (a) => `${appendixName(a)}: two columns share the field "${a['field']}"; give each its own`,
  'template-syntax': (a) => `The phrase "${a['name']}" is not valid Handlebars (${a['error']}); fix it, or delete the file to use the built-in one`,
  'template-syntax.not-file': (a) => `"${a['name']}.hbs" is no file to read (a folder, or a link to nothing); delete it or put a phrase file there`,
  'template-syntax.partial': (a) => `The phrase "${a['name']}" calls "${a['partial']}" (\{{> ${a['partial']}}}) but no phrase has that name; fix the name`,
  'template-syntax.self': (a) => `The phrase "${a['name']}" calls itself (\{{> ${a['name']}}}) and would never finish printing; remove that call`,
  'template-unknown': (a) => `No phrase is named "${a['name']}", so this file replaces nothing and is not used; the names are: ${a['known']}`,
  'table-fits': (a) => `${appendixName(a)}: the table does not fit its page, even at ${a['size']} pt: column ${a['columns']} is narrower than its longest word, which will break mid-word; drop columns (columns), print it landscape (orientation: landscape) or shorten the text`,
  'table-fits.landscape': (a) => `${appendixName(a)}: the table does not fit its landscape page, even at ${a['size']} pt: column ${a['columns']} is narrower than its longest word, which will break mid-word; drop columns (columns), choose a longer period per column (scale) or shorten the text`,
  'table-fits.body': (a) => `The table${a['title'] ? ` "${a['title']}"` : ''} in the body does not fit the page, even at ${a['size']} pt: column ${a['columns']} is narrower than its longest word, which will break mid-word; drop columns or shorten the text`,
  'lead-single': (a) => `${item(a)} has ${a['count']} lead units; a task usually has one, the others cooperating`,
  'text-line-break': (a) => `${where(a)}: the text holds a line break but prints as one paragraph (the break becomes a space); if it is two paragraphs, make them two items`,
  'period-valid': (a) => `The plan period from ${a['from']} to ${a['to']} is ${a['months']} months, over ${a['limit']} (thirty years); split a longer plan into stages`,
  'period-valid.reversed': (a) => `The plan period starts ${a['from']}, after it ends ${a['to']}; check period (from before to)`,
  'plan-size.columns': (a) => `The table has ${a['count']} columns, over the limit of ${a['limit']}; column ${Number(a['limit']) + 1} is here. Split a wider table into several`,
  'plan-size.cells': (a) =>
    `The plan's tables (${a['tables']} tables and appendices) hold ${a['count']} cells together, over the limit of ${a['limit']}; this one takes the total past it. Each appendix that lists the tasks prints them all again (a timeline a cell per month, quarter or year): drop appendices that repeat each other, or split the plan`,
  'plan-size.printed': (a) =>
    `The document up to here prints more than ${a['limit']} characters: each task prints wherever the outline places the tasks, in "Tổ chức thực hiện" under each of its leads and again in each appendix that lists the tasks (${a['appendices']} appendices), with the whole names of its leads and cooperating units each time; each reference [#...] prints the number it points to. List fewer cooperating units per task (a group of units can be one unit, such as "Các sở, ngành"), drop places or appendices that repeat each other, or split the plan`,
  'plan-size.unit-name': (a) => `The name of unit ${a['unit']} is ${a['length']} characters long, over the limit of ${a['limit']}: it is printed at every task the unit works on; keep the name short and put the explanation in its role`,
  'plan-size': (a) =>
    `The plan holds ${a['count']} items (tasks ${a['tasks']}, steps ${a['steps']}, units ${a['units']}, table rows ${a['rows']}), over the limit of ${a['limit']}; item ${Number(a['limit']) + 1} is here. Split a larger plan into several`,
  'lead-internal': (a) =>
    `${item(a)}: the lead "${a['unit']}" is an outside body (external: true), which the section "Tổ chức thực hiện" cannot assign; let a unit of the office lead and list the outside body under cooperating`,
  'progress-known': (a) => `Reporting period ${a['period']}: the plan has no task or step with the id "${a['id']}"`,
  'progress-known.twice': (a) => `Reporting period ${a['period']}: "${a['id']}" already has an entry above in this file; one entry per task per period (the later would replace the earlier)`,
  'progress-known.period-twice': (a) => `Reporting period ${a['period']} has two files (the other: ${a['first']}); keep one file per period`,
  'progress-known.done-not-done': (a) => `Reporting period ${a['period']}: "${a['id']}" gives a day done but its state is not done, so the day is not used; set the state to da-hoan-thanh or drop done`,
  'progress-known.period-outside': (a) => `Reporting period ${a['period']} lies outside the plan's period, so this file's entries count for nothing; check the file's name`,
  'progress-known.unit': (a) => `Reporting period ${a['period']}: there is no unit with the id "${a['id']}" in the list of units`,
  'progress-done-day': (a) => `${item(a)} (reporting period ${a['period']}): reported done, but the day it was done is not given`,
  'progress-day-in-period': (a) => `${item(a)}: the day done, ${a['value']}, is outside the reporting period ${a['period']} (${a['from']} - ${a['to']}); put it in that day's period file`,
  'progress-day-in-period.invalid': (a) => `${item(a)}: the day done, ${a['value']}, does not exist in the calendar`,
  'progress-overdue-unreported': (a) => `${item(a)}: by ${a['asOf']} it is ${a['days']} day(s) past its deadline (${a['deadline']}) with no progress entry`,
  'step-within-task': (a) => `${item(a)}: the deadline ${a['value']} is after task ${a['task']}'s deadline (${a['limit']})`,
  'step-within-task.start': (a) => `${item(a)}: the start ${a['value']} is before task ${a['task']} starts (${a['limit']})`,
  'id-unique.unit-name': (a) => `Unit no. ${a['position']}: the name "${a['name']}" is the name or id of unit no. ${a['firstPosition']} (${a['firstName']}); tasks name units by id or name, so it names two units`,
  'id-unique': (a) => `${named(a)}: the id "${a['id']}" is already used by ${named(a, 'first')}`,
  'person-assigned': (a) => `${item(a)} names no person in charge (person); the plan requires one (settings.requirePerson: true)`,
  'text-control-chars': (a) => `${where(a)}: holds characters that cannot be printed (${a['chars']}), often pasted from Word, a PDF or a web page; delete them`,
  'text-nfc': (a) => `${where(a)}: the word "${a['word']}" is in decomposed Unicode (NFD); convert it to precomposed Unicode (NFC)`,
  'text-nfc.tcvn3': (a) => `${where(a)}: text pasted from the TCVN3 (ABC) encoding: "${a['from']}" is "${a['to']}"; convert it to Unicode`,
  'text-nfc.vni': (a) => `${where(a)}: text pasted from the VNI encoding: "${a['from']}" is "${a['to']}"; convert it to Unicode`,
  'text-spacing': (a) =>
    `${where(a)}: stray spaces: ${String(a['kinds'])
      .split(',')
      .map((k) => SPACING[k] ?? k)
      .join(' and ')}`,
  'recipients-archive': (a) =>
    `The archive unit ${a['label']} (${a['name']}) has no abbreviation in units.yaml; the last recipients line "Lưu: VT, ..." needs it`,
  'recipients-archive.recipient': (a) =>
    `${item(a)}: "${a['name']}" is a "Lưu" line, which is added from the archive unit; remove this recipient or it prints twice`,
  'signer-present': () => 'The plan has no signer (signer: title and name)',
  'signer-present.title': () => 'The signer has no title',
  'signer-present.name': () => 'The signer has no name',
  'signer-present.authority': (a) => `Signer: the authority "${a['value']}" must start with ${a['allowed']} (Nghị định 30, Phụ lục I, mục II.7)`,
  'final-number-filled': () => 'The plan has no number; a document being issued must have one',
  'final-number-filled.date': (a) => `The plan's date has no day (date: ${a['value']}); a document being issued gives the full date, e.g. 2023-01-05`,
  'unit-idle': (a) => `${item(a)} (${a['name']}) has no role and leads, cooperates on and carries out nothing: it will not appear in "Tổ chức thực hiện"`,
  'rule-config.unknown': (a) => `There is no rule "${a['id']}" (see plan check --list-rules)`,
  'rule-config.guards-limit': (a) => `Rule "${a['id']}" holds a limit of the program (README, Limits) and cannot be turned off or lowered: it stays ${a['severity'] === 'error' ? 'an error' : 'a warning'}`,
  'render.failed': (a) => `Could not write the document: ${a['detail']}`,
  'cli.no-plans': (a) => `No plan found in ${a['dir']} (a plan is a folder with a plan.yaml)`,
  'cli.no-such-path': (a) => `There is no folder ${a['dir']}`,
  'cli.file-of-plan': (a) => `${a['dir']} is a file of a plan; give the plan folder: ${a['parent']}`,
  'cli.not-a-plan': (a) => `${a['dir']} is not a plan folder (it has no plan.yaml)`,
  'cli.wrote': (a) => `Wrote ${a['file']} (${a['kb']} KB)`,
  'cli.output-clash': (a) => `Two plans would write ${a['file']}: ${a['first']} and ${a['second']}; rename one plan folder or build them one at a time with different --out folders. Nothing was written.`,
  'cli.nothing-written-warnings': () => 'There are warnings and --fail-on warning is set, so nothing was written.',
  'cli.bad-source-date-epoch': (a) => `SOURCE_DATE_EPOCH="${a['value']}" is not whole seconds since 1970 (up to the year 9999); unset it or set it right`,
  'cli.unknown-command': (a) => `error: unknown command '${a['name']}'`,
  'cli.unknown-option': (a) => `error: unknown option '${a['name']}'`,
  'cli.option-missing-value': (a) => `error: option '${a['name']}' argument missing`,
  'cli.missing-argument': (a) => `error: missing required argument '${a['name']}'`,
  'cli.invalid-value': (a) => `error: option '${a['name']}' argument '${a['value']}' is invalid. Allowed choices are ${a['choices']}.`,
  'cli.too-many-arguments': (a) => `error: too many arguments for '${a['name']}'`,
  'cli.plan-without-list-rules': () => 'error: --plan goes with --list-rules (plan check --list-rules --plan DIR)',
  'cli.list-rules-with-dirs': (a) => `error: --list-rules checks no folder; to see which rules plan ${a['dir']} turns off or changes, use --list-rules --plan ${a['dir']}`,
  'cli.nothing-written': () => 'There are errors, so nothing was written.',
  'cli.bad-as-of': (a) => `Error: --as-of "${a['value']}" is not a day; write year-month-day, e.g. 2023-07-15`,
  'cli.unknown-unit': (a) => `Error: no plan has a unit with the id "${a['unit']}" (see units.yaml)`,
  'status.heading': (a) => `${a['plan']}: progress as of ${a['day']}`,
  'status.heading-today': (a) => `${a['plan']}: progress as of today, ${a['day']}`,
  'status.no-tasks': () => 'No tasks.',
  'status.task': (a) => `Task ${a['label']}`,
  'status.step': (a) => `Step ${a['label']}`,
  'status.overdue-by': (a) => `due ${a['day']}, ${a['days']} day(s) overdue`,
  'status.due-in': (a) => `due ${a['day']}, ${a['days']} day(s) left`,
  'status.due-today': (a) => `due ${a['day']}, today`,
  'state.hoan-thanh-dung-han': () => 'Done on time',
  'state.hoan-thanh-qua-han': () => 'Done late',
  'state.dang-thuc-hien-trong-han': () => 'In progress, on time',
  'state.sap-den-han': () => 'Due soon',
  'state.dang-thuc-hien-qua-han': () => 'Overdue',
  'state.chua-den-han': () => 'Not yet due',
  'state.khong-co-han': () => 'No deadline',
  'cli.no-progress': (a) => `${a['plan']}: no progress file yet (progress/<period>.yaml), so no report to write`,
  'cli.bad-period': (a) => `Error: --period "${a['value']}" is not a reporting period; write 2023-06 (month), 2023-Q2 (quarter), 2023-H1 (half-year) or 2023 (year)`,
  'cli.clean': (a) => `Checked ${a['count']} plan(s): no problems.`,
  'cli.phrase-repeats': (a) => `error: ${a['file']} prints ${a['printed']} characters from ${a['given']} characters of values given to it: a phrase of your own may print each value twice at most; remove the repeats from this file`,
  'cli.fixed': (a) => `${a['file']}: fixed ${a['count']} finding(s) (${a['rules']})`,
  'cli.fix-linked': (a) => `${a['file']}: not fixed, as the file (or a folder holding it) is a link to elsewhere, perhaps outside the repository; fix it where it is`,
  'cli.fix-edited': (a) => `${a['file']}: not fixed, as the file was edited while it was checked; run plan check --fix again`,
  'cli.fixed-none': () => 'Nothing could be fixed mechanically.',
  'cli.fix-with-list-rules': () => 'Error: --fix fixes plans and --list-rules reads none; use one or the other',
  'cli.rules-heading': () => 'Rules (id, default severity, description):',
  'cli.rule-override': (a) => `  plan ${a['plan']}: ${a['severity']}; reason: ${a['reason']}`,
  'cli.no-soffice': () =>
    'LibreOffice (soffice) was not found to make the PDF. Install it: sudo apt-get install libreoffice-writer-nogui fonts-liberation, or give its path with --soffice <file>.',
  'cli.built': (a) => `${a['plan']}: ${a['files']} (${a['seconds']} s)`,
  'cli.watch': (a) => `[${a['time']}] ${a['plans']} plan(s): ${a['errors']} error(s), ${a['warnings']} warning(s), ${a['seconds']} s`,
  'cli.watching': () => 'Watching for changes (Ctrl+C to stop)...',
  'fix.spacing': () => 'Remove the stray spaces',
  'fix.spacing.one': () => 'Keep one space',
  'fix.nfc': () => 'Write it in precomposed Unicode (NFC)',
  'fix.date-format': () => 'Write the date as Nghị định 30 does',
  'cli.fs-failed': (a) =>
    `Error: cannot write${a['path'] ? ` ${a['path']}` : ''}: ` +
    ({ ENOSPC: 'the disk is full', EDQUOT: 'the disk quota is used up', EACCES: 'no permission to write', EPERM: 'no permission to write', EROFS: 'the file system is read-only', EEXIST: 'a file stands there, not a folder', ENOTDIR: 'a file stands on the path where a folder is needed', EISDIR: 'a folder stands there, not a file', ENOENT: 'no folder can be made there', ENAMETOOLONG: 'a file or folder name is too long', ELOOP: 'the path has a loop of links' }[String(a['code'])] ?? String(a['code'])) +
    '.',
  'cli.failed': (a) => `Error: ${a['detail']}`,
  'import.no-file': (a) => `Error: there is no file ${a['file']}`,
  'import.unknown-kind': (a) => `Error: ${a['file']} is not a .docx, .txt or .md file; plan import reads only these`,
  'import.not-docx': (a) => `Error: ${a['file']} is not a .docx file (it cannot be read as a Word file); open it in Word and save it as .docx`,
  'import.encrypted': (a) => `Error: ${a['file']} is password-protected (an encrypted Word file) or an old .doc (Word 97-2003); open it in Word, remove any password, and save it as .docx`,
  'import.corrupt': (a) => `Error: ${a['file']} is damaged (its .docx zip cannot be read); open it in Word and save it again`,
  'import.not-utf-8': (a) => `Error: ${a['file']} is not saved as UTF-8 (perhaps "ANSI"/Windows-1258 or TCVN3): open it, save it again as UTF-8, and import it again`,
  'import.empty': (a) => `Error: ${a['file']} has no content`,
  'import.not-a-plan': (a) => `Error: ${a['file']} does not read as a Kế hoạch (no "KẾ HOẠCH" line, no I., II. sections); nothing imported`,
  'import.no-repo': () => 'Error: no plans/ folder here or above; run plan import inside a plans repository (plan init makes one)',
  'import.outside-repo': (a) => `Error: ${a['dir']} is outside the plans repository ${a['root']}; plan import writes only inside it (for example -o plans/plan-name)`,
  'import.outside-plans': (a) => `Error: ${a['dir']} is not in the folder plans/, where plan check and plan build look for plans; write to plans/<name> (for example -o plans/plan-name)`,
  'import.exists': (a) => `Error: the folder ${a['dir']} exists and is not empty; choose another name with -o plans/<name> or remove it. Nothing was written.`,
  'import.done': (a) => `Imported ${a['file']} into ${a['dir']}: ${a['sections']} headings, ${a['tasks']} tasks, ${a['units']} units, ${a['appendices']} appendices; ${a['todos']} places to review (TODO).`,
  'import.todo': (a) => `${a['at']}  TODO  ${a['reason']} (paragraph ${a['n']} of the source)`,
  'import.next': (a) => `Next: fix the TODO places, then run npx plan check ${a['dir']}`,
  'import.progress': (a) => `Reading ${a['file']}: ${a['done']}/${a['total']} paragraphs`,
};

/** English wording of a YAML syntax error: the parser's own message. */
/** English wording of our own YAML findings; the parser's own errors keep its English words. */
const YAML_SYNTAX: Record<string, string> = {
  COLON_IN_TEXT: 'the text holds ": ", which YAML reads as one more key; put the whole text in double quotes or write it after ">-"',
  BAD_KEY: 'a field name cannot be a list, a mapping, empty or null/true/false; if this is a sentence, put it in double quotes',
  UNEXPECTED_TOKEN:
    'words after a value that has ended: a text starting with [, {, " or \' is read as a list, a mapping or a quoted text; put the whole text in double quotes (a quote inside written \\")',
  BAD_SCALAR_START: 'a text cannot start with this character; put the whole text in double quotes',
};

export function enYamlSyntax(code: string, detail: string): string {
  return `YAML syntax error: ${YAML_SYNTAX[code] ?? detail}`;
}

function typeName(type: string): string {
  const names: Record<string, string> = {
    string: 'a text',
    object: 'a mapping (key: value)',
    array: 'a list',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    null: 'empty',
    'string,object': 'a text or a mapping',
    'string,array': 'a text or a list of lines',
    'string,integer': 'a text or a whole number',
    'boolean,object': 'true/false or a mapping',
  };
  return names[type] ?? type;
}

/** How to mend it: a number meant as text is quoted; a sentence with ": " read as a field is quoted too. */
function typeHint(a: MessageArgs): string {
  if (!String(a['expected']).includes('string')) return '';
  if (a['actual'] === 'object') return '; a text containing ": " must be quoted or written after ">-"';
  if (a['actual'] === 'number' || a['actual'] === 'boolean') return '; if it is text, put it in double quotes';
  if (a['actual'] === 'array') return '; give one value, not a list';
  return '';
}
