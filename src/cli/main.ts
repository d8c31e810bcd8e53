import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../messages/catalogue.js';
import { FORMATS } from '../report/format.js';
import { runBuild, type BuildOptions } from './commands/build.js';
import { runCheck } from './commands/check.js';
import { runInit } from './commands/init.js';
import { runListRules } from './commands/list-rules.js';
import type { ReportCommandOptions } from './commands/report.js';
import type { StatusOptions } from './commands/status.js';
import { runWatch } from './commands/watch.js';
import type { ReportOptions } from './report-options.js';
import { packageVersion } from './version.js';
import type { Io } from './io.js';
import { failureText, UsageError } from './usage-error.js';
import { describeCommanderError, langOf } from './commander-error.js';

/** Exit codes (README): no errors; problems found in the plans; usage error or failure. */
export const EXIT = { ok: 0, problems: 1, failure: 2 } as const;

/** The whole CLI as a function: parses argv (without node and script), runs, returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  let lang: Lang = langOf(argv);
  // Commander's own error text is kept here and said again in the clerk's language (commander-error.ts).
  let commanderText = '';
  const output = { writeOut: io.stdout, writeErr: io.stderr, outputError: (text: string) => void (commanderText = text) };
  const reportOptions = (command: Command) =>
    command
      .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo / message language').choices(['vi', 'en']).default('vi'))
      .addOption(new Option('--format <format>', 'dạng in kết quả').choices([...FORMATS]).default('stylish'))
      .addOption(new Option('--fail-on <level>', 'mức gây lỗi (exit 1)').choices(['error', 'warning']).default('error'))
      .option('--final', 'bản trình ký: số và ngày phải có');
  const program = new Command('plan')
    .description('Biên dịch Kế hoạch (và Phụ lục) từ YAML thành .docx theo Nghị định 30/2020/NĐ-CP')
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    .configureOutput(output);
  reportOptions(
    program
      .command('check')
      .description('kiểm tra kế hoạch và in các lỗi (tệp:dòng:cột)')
      .argument('[plan-dir...]', 'thư mục kế hoạch (mặc định: mọi kế hoạch trong plans/)')
      .option('--list-rules', 'liệt kê các quy tắc kiểm tra')
      .option('--as-of <day>', 'cảnh báo nhiệm vụ quá hạn tính đến ngày này (YYYY-MM-DD) mà chưa có báo cáo tiến độ')
      .option('--plan <dir>', 'với --list-rules: cho thấy kế hoạch này tắt hay đổi mức quy tắc nào, và lý do'),
  ).action((dirs: string[], options: ReportOptions & { listRules?: boolean; plan?: string; asOf?: string }) => {
    lang = options.lang;
    // --plan belongs to --list-rules, and --list-rules reads no plan folders: said, not ignored.
    if (options.plan !== undefined && !options.listRules) throw new UsageError('cli.plan-without-list-rules', {});
    if (options.listRules && dirs.length > 0) throw new UsageError('cli.list-rules-with-dirs', { dir: dirs[0]! });
    exitCode = options.listRules ? runListRules(options, io) : runCheck(dirs, options, io);
  });
  reportOptions(
    program
      .command('build')
      .description('tạo tệp .docx cho mỗi kế hoạch')
      .argument('[plan-dir...]', 'thư mục kế hoạch (mặc định: mọi kế hoạch trong plans/)')
      .option('-o, --out <dir>', 'thư mục ghi tệp', 'out')
      .option('--appendix-files', 'ghi thêm mỗi Phụ lục thành một tệp .docx riêng')
      .option('--pdf', 'ghi thêm tệp .pdf (cần LibreOffice)')
      .option('--soffice <file>', 'đường dẫn tới LibreOffice (soffice) cho --pdf')
      .option('--md', 'ghi thêm bản Markdown <tên>.md cạnh các tệp YAML, để xem thay đổi khi duyệt')
      .option('--watch', 'theo dõi và tạo lại khi tệp thay đổi')
      .option('-q, --quiet', 'không in gì khi thành công'),
  ).action(async (dirs: string[], options: BuildOptions & { watch?: boolean }) => {
    lang = options.lang;
    exitCode = options.watch ? await runWatch(dirs, options, io) : await runBuild(dirs, options, io);
  });
  program
    .command('status')
    .description('tình hình thực hiện các nhiệm vụ so với thời hạn, theo đơn vị')
    .argument('[plan-dir...]', 'thư mục kế hoạch (mặc định: mọi kế hoạch trong plans/)')
    .option('--as-of <day>', 'tính đến ngày (YYYY-MM-DD; mặc định: hôm nay)')
    .option('--unit <id>', 'chỉ đơn vị này')
    .addOption(new Option('--format <format>', 'dạng in kết quả').choices(['stylish', 'json']).default('stylish'))
    .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo / message language').choices(['vi', 'en']).default('vi'))
    .action(async (dirs: string[], options: StatusOptions) => {
      lang = options.lang;
      // Loaded only for this command: its state names come from the templates (Handlebars), which `plan check` does not load.
      const { runStatus } = await import('./commands/status.js');
      exitCode = runStatus(dirs, options, io);
    });
  program
    .command('report')
    .description('Báo cáo kết quả thực hiện kế hoạch trong một kỳ (.docx)')
    .argument('[plan-dir...]', 'thư mục kế hoạch (mặc định: mọi kế hoạch trong plans/)')
    .requiredOption('--period <period>', 'kỳ báo cáo: 2023-06, 2023-Q2, 2023-H1 hoặc 2023')
    .option('-o, --out <dir>', 'thư mục ghi tệp', 'out')
    .option('--md', 'ghi thêm bản Markdown <tên>.md để duyệt')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo / message language').choices(['vi', 'en']).default('vi'))
    .action(async (dirs: string[], options: ReportCommandOptions) => {
      lang = options.lang;
      const { runReport } = await import('./commands/report.js');
      exitCode = await runReport(dirs, options, io);
    });
  program
    .command('init')
    .description('tạo một kế hoạch mẫu (hoặc một kho mới với plans/, quy trình CI và cài đặt VS Code)')
    .argument('[dir]', 'thư mục đích (mặc định: thư mục hiện tại)')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo / message language').choices(['vi', 'en']).default('vi'))
    .action((dir: string | undefined, options: { lang: Lang }) => {
      lang = options.lang;
      exitCode = runInit(dir, options, io);
    });
  for (const command of program.commands) command.exitOverride().configureOutput(output);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT.ok;
      // `plan` alone prints the help, which says all there is: Commander then has no error text.
      if (commanderText !== '') io.stderr(`${describeCommanderError(error, commanderText, lang)}\n`);
      return EXIT.failure;
    }
    io.stderr(`${failureText(error, lang)}\n`);
    return EXIT.failure;
  }
}
