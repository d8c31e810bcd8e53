import type { Argument, Command, Option } from 'commander';
import type { Lang } from '../messages/catalogue.js';

/** The words of `plan --help`, in one language: ours and Commander's own ("Usage", "(default: ...)"). */
export const HELP_TEXT = {
  vi: {
    program: 'Biên dịch Kế hoạch (và Phụ lục) từ YAML thành .docx theo Nghị định 30/2020/NĐ-CP',
    version: 'in số phiên bản',
    help: 'in trợ giúp của lệnh',
    helpCommand: 'in trợ giúp của một lệnh',
    lang: 'ngôn ngữ của thông báo và trợ giúp',
    format: 'dạng in kết quả',
    failOn: 'mức gây lỗi (exit 1)',
    final: 'bản trình ký: số và ngày phải có',
    output: 'ghi kết quả vào tệp này thay vì in ra',
    check: 'kiểm tra kế hoạch và in các lỗi (tệp:dòng:cột)',
    planDirs: 'thư mục kế hoạch (mặc định: mọi kế hoạch trong plans/)',
    listRules: 'liệt kê các quy tắc kiểm tra',
    fix: 'sửa tại chỗ các lỗi sửa được tự động (dấu cách thừa, chữ tổ hợp, cách viết ngày), rồi in các lỗi còn lại',
    asOf: 'cảnh báo nhiệm vụ quá hạn tính đến ngày này (YYYY-MM-DD) mà chưa có báo cáo tiến độ',
    plan: 'với --list-rules: cho thấy kế hoạch này tắt hay đổi mức quy tắc nào, và lý do',
    build: 'tạo tệp .docx cho mỗi kế hoạch',
    out: 'thư mục ghi tệp',
    appendixFiles: 'ghi thêm mỗi Phụ lục thành một tệp .docx riêng',
    pdf: 'ghi thêm tệp .pdf (cần LibreOffice)',
    soffice: 'đường dẫn tới LibreOffice (soffice) cho --pdf',
    md: 'ghi thêm bản Markdown <tên>.md cạnh các tệp YAML, để xem thay đổi khi duyệt',
    watch: 'theo dõi và tạo lại khi tệp thay đổi',
    quiet: 'không in gì khi thành công',
    status: 'tình hình thực hiện các nhiệm vụ so với thời hạn, theo đơn vị',
    statusAsOf: 'tính đến ngày (YYYY-MM-DD; mặc định: hôm nay)',
    unit: 'chỉ đơn vị này',
    report: 'Báo cáo kết quả thực hiện kế hoạch trong một kỳ (.docx)',
    period: 'kỳ báo cáo: 2023-06, 2023-Q2, 2023-H1, 2023, hoặc latest (kỳ mới nhất có tệp tiến độ)',
    reportMd: 'ghi thêm bản Markdown <tên>.md để duyệt',
    init: 'tạo một kế hoạch mẫu (hoặc một kho mới với plans/, quy trình CI và cài đặt VS Code)',
    initDir: 'thư mục đích (mặc định: thư mục hiện tại)',
    import: 'nhập một Kế hoạch có sẵn (.docx, .txt, .md) thành một thư mục kế hoạch YAML',
    importFile: 'tệp Kế hoạch (.docx, .txt hoặc .md)',
    importOut: 'thư mục kế hoạch sẽ tạo (mặc định: plans/<tên tệp>)',
    force: 'ghi đè các tệp đã có',
    lsp: 'máy chủ ngôn ngữ (LSP) qua stdin/stdout: trình soạn thảo báo lỗi của plan check ngay khi gõ',
    titles: { 'Usage:': 'Cách dùng:', 'Arguments:': 'Tham số:', 'Options:': 'Tùy chọn:', 'Commands:': 'Lệnh:', 'Global Options:': 'Tùy chọn chung:' } as Record<string, string>,
    usage: { '[options]': '[tùy chọn]', '[command]': '[lệnh]' } as Record<string, string>,
    choices: 'chọn',
    default: 'mặc định',
  },
  en: {
    program: 'Compiles a Kế hoạch (and its Phụ lục) from YAML into a .docx laid out to Nghị định 30/2020/NĐ-CP',
    version: 'output the version number',
    help: 'display help for command',
    helpCommand: 'display help for command',
    lang: 'language of messages and help',
    format: 'output format',
    failOn: 'level that fails the command (exit 1)',
    final: 'the document is going for signature: number and day must be filled in',
    output: 'write the report to this file instead of printing it',
    check: 'check the plans and print every problem (file:line:column)',
    planDirs: 'plan folders (default: every plan under plans/)',
    listRules: 'list the rules of plan check',
    fix: 'fix in place what can be fixed mechanically (stray spaces, decomposed letters, date forms), then print what remains',
    asOf: 'warn of tasks overdue by this day (YYYY-MM-DD) with no progress entry',
    plan: 'with --list-rules: show which rules this plan turns off or changes, and why',
    build: 'write a .docx for each plan',
    out: 'folder to write the files to',
    appendixFiles: 'also write each Phụ lục as a .docx of its own',
    pdf: 'also write a .pdf (needs LibreOffice)',
    soffice: 'path to LibreOffice (soffice) for --pdf',
    md: 'also write a Markdown review <name>.md beside the YAML files, to see changes in a review',
    watch: 'watch and rebuild when a file changes',
    quiet: 'print nothing when all goes well',
    status: 'where each task stands against its deadline, by unit',
    statusAsOf: 'as of this day (YYYY-MM-DD; default: today)',
    unit: 'only this unit',
    report: 'write the report of the plan\'s results for one period (.docx)',
    period: 'reporting period: 2023-06, 2023-Q2, 2023-H1, 2023, or latest (the newest with a progress file)',
    reportMd: 'also write a Markdown review <name>.md',
    init: 'write an example plan (or a new repository with plans/, a CI workflow and VS Code settings)',
    initDir: 'target folder (default: the current folder)',
    import: 'bring an existing Kế hoạch (.docx, .txt, .md) into a YAML plan folder',
    importFile: 'the Kế hoạch file (.docx, .txt or .md)',
    importOut: 'plan folder to create (default: plans/<file name>)',
    force: 'replace files that exist',
    lsp: 'language server (LSP) over stdin/stdout: the editor shows the findings of plan check as you type',
    titles: {} as Record<string, string>,
    usage: {} as Record<string, string>,
    choices: 'choices',
    default: 'default',
  },
} as const;

export type HelpText = (typeof HELP_TEXT)[Lang];

/**
 * Makes Commander's help speak one language: its headings, the words of a usage line and the
 * "(choices: ..., default: ...)" after an option, which it writes in English whatever the
 * descriptions say. Set on the program before its commands are made, so they inherit it.
 */
export function localizeHelp(program: Command, lang: Lang): void {
  const words = HELP_TEXT[lang];
  const usage = (text: string) => text.replace(/\[options\]|\[command\]/g, (word) => words.usage[word] ?? word);
  const extra = (item: Option | Argument, description: string) => {
    const info: string[] = [];
    if (item.argChoices) info.push(`${words.choices}: ${item.argChoices.join(', ')}`);
    const shown = 'isBoolean' in item ? !item.isBoolean() : true;
    if ((item.defaultValue !== undefined || item.defaultValueDescription !== undefined) && shown) info.push(`${words.default}: ${item.defaultValueDescription ?? String(item.defaultValue)}`);
    return info.length > 0 ? `${description} (${info.join('; ')})`.trim() : description;
  };
  program.configureHelp({
    styleTitle: (title) => words.titles[title] ?? title,
    styleUsage: usage,
    styleSubcommandTerm: usage,
    optionDescription: (option) => extra(option, option.description),
    argumentDescription: (argument) => extra(argument, argument.description),
  });
  program.helpOption('-h, --help', words.help);
  program.helpCommand('help [command]', words.helpCommand);
}
