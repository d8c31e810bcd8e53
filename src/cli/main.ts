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
import { HELP_TEXT, localizeHelp } from './help-text.js';

/** Exit codes (README): no errors; problems found in the plans; usage error or failure. */
export const EXIT = { ok: 0, problems: 1, failure: 2 } as const;

/** The whole CLI as a function: parses argv (without node and script), runs, returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  let lang: Lang = langOf(argv);
  // Commander's own error text is kept here and said again in the clerk's language (commander-error.ts).
  let commanderText = '';
  const output = { writeOut: io.stdout, writeErr: io.stderr, outputError: (text: string) => void (commanderText = text) };
  const h = HELP_TEXT[lang];
  const langOption = () => new Option('--lang <lang>', h.lang).choices(['vi', 'en']).default('vi');
  const reportOptions = (command: Command) =>
    command
      .addOption(langOption())
      .addOption(new Option('--format <format>', h.format).choices([...FORMATS]).default('stylish'))
      .addOption(new Option('--fail-on <level>', h.failOn).choices(['error', 'warning']).default('error'))
      .option('--final', h.final);
  const program = new Command('plan').description(h.program);
  localizeHelp(program, lang);
  // -v as well as -V: the short form most tools take (npm, node, git).
  program.version(packageVersion(), '-v, --version', h.version).addOption(new Option('-V').hideHelp()).on('option:V', () => {
    io.stdout(`${packageVersion()}\n`);
    throw new CommanderError(0, 'commander.version', packageVersion());
  });
  program.exitOverride().configureOutput(output);
  reportOptions(
    program
      .command('check')
      .description(h.check)
      .argument('[plan-dir...]', h.planDirs)
      .option('-o, --output <file>', h.output)
      .option('--list-rules', h.listRules)
      .option('--fix', h.fix)
      .option('--as-of <day>', h.asOf)
      .option('--plan <dir>', h.plan),
  ).action((dirs: string[], options: ReportOptions & { listRules?: boolean; plan?: string; asOf?: string; fix?: boolean }) => {
    lang = options.lang;
    // --plan belongs to --list-rules, and --list-rules reads no plan folders: said, not ignored.
    if (options.plan !== undefined && !options.listRules) throw new UsageError('cli.plan-without-list-rules', {});
    if (options.listRules && dirs.length > 0) throw new UsageError('cli.list-rules-with-dirs', { dir: dirs[0]! });
    if (options.listRules && options.fix) throw new UsageError('cli.fix-with-list-rules', {});
    exitCode = options.listRules ? runListRules(options, io) : runCheck(dirs, options, io);
  });
  reportOptions(
    program
      .command('build')
      .description(h.build)
      .argument('[plan-dir...]', h.planDirs)
      .addOption(new Option('-o, --out <dir>', h.out).default(undefined, 'out'))
      .option('--appendix-files', h.appendixFiles)
      .option('--pdf', h.pdf)
      .option('--soffice <file>', h.soffice)
      .option('--md', h.md)
      .option('--watch', h.watch)
      .option('-q, --quiet', h.quiet),
  ).action(async (dirs: string[], options: BuildOptions & { watch?: boolean }) => {
    lang = options.lang;
    exitCode = options.watch ? await runWatch(dirs, options, io) : await runBuild(dirs, options, io);
  });
  program
    .command('status')
    .description(h.status)
    .argument('[plan-dir...]', h.planDirs)
    .option('--as-of <day>', h.statusAsOf)
    .option('--unit <id>', h.unit)
    .addOption(new Option('--format <format>', h.format).choices(['stylish', 'json']).default('stylish'))
    .addOption(langOption())
    .action(async (dirs: string[], options: StatusOptions) => {
      lang = options.lang;
      // Loaded only for this command: its state names come from the templates (Handlebars), which `plan check` does not load.
      const { runStatus } = await import('./commands/status.js');
      exitCode = runStatus(dirs, options, io);
    });
  program
    .command('report')
    .description(h.report)
    .argument('[plan-dir...]', h.planDirs)
    .requiredOption('--period <period>', h.period)
    .option('-o, --out <dir>', h.out, 'out')
    .option('--md', h.reportMd)
    .addOption(langOption())
    .action(async (dirs: string[], options: ReportCommandOptions) => {
      lang = options.lang;
      const { runReport } = await import('./commands/report.js');
      exitCode = await runReport(dirs, options, io);
    });
  program
    .command('init')
    .description(h.init)
    .argument('[dir]', h.initDir)
    .addOption(langOption())
    .option('--force', h.force)
    .action((dir: string | undefined, options: { lang: Lang; force?: boolean }) => {
      lang = options.lang;
      exitCode = runInit(dir, options, io);
    });
  program
    .command('import')
    .description(h.import)
    .argument('<file>', h.importFile)
    .option('-o, --output <dir>', h.importOut)
    .addOption(langOption())
    .action(async (file: string, options: { lang: Lang; output?: string }) => {
      lang = options.lang;
      // Loaded only for this command: the .docx reader and the mapper are no part of check or build.
      const { runImport } = await import('./commands/import.js');
      exitCode = runImport(file, options, io);
    });
  program
    .command('lsp')
    .description(h.lsp)
    .addOption(langOption())
    // Editors' LSP clients (vscode-languageclient) add --stdio to say the transport, the only one there is.
    .addOption(new Option('--stdio').hideHelp())
    .action(async (options: { lang: Lang }) => {
      lang = options.lang;
      const { runLsp } = await import('./commands/lsp.js');
      exitCode = await runLsp(options);
    });
  for (const command of program.commands) command.exitOverride().configureOutput(output);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT.ok;
      // `plan` alone prints the help, which says all there is: Commander then has no error text.
      if (commanderText !== '') io.stderr(`${describeCommanderError(error, commanderText, lang, program.commands.map((c) => c.name()))}\n`);
      return EXIT.failure;
    }
    io.stderr(`${failureText(error, lang)}\n`);
    return EXIT.failure;
  }
}
