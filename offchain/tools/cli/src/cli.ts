/**
 * `sibyl`: the node runner's command line (docs/cli.md). Picks the command from the leading words,
 * parses its options, runs it, and turns whatever stopped it into a message and an exit code:
 * 0 done, 1 failed, 2 a command line that could not be understood.
 */
import { leadingWords, ParsedArgs } from './args.js';
import { CommandContext } from './command.js';
import { commandsUnder, COMMANDS, findCommand } from './commands/index.js';
import { ExitCode, UsageError } from './errors.js';
import { reportFailure } from './failure-report.js';
import { commandHelp, overview } from './help.js';
import { Output } from './output.js';

/** Runs the command line `argv` (without `node sibyl`) and resolves with the exit code. */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // Before the line is parsed, --json is all that matters for reporting.
  const early = new Output(argv.includes('--json'));
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  let ctx: CommandContext | undefined;
  let usage: string | undefined;
  try {
    const words = leadingWords(argv);
    if (!words.length || words[0] === 'help') {
      const topic = words[0] === 'help' ? findCommand(words.slice(1)) : undefined;
      const lines = topic ? commandHelp(topic) : overview(COMMANDS);
      if (!words.length && !wantsHelp) {
        early.note(lines.join('\n'));
        return ExitCode.usage;
      }
      early.result({ usage: topic?.usage, commands: COMMANDS.map((c) => ({ command: c.words.join(' '), usage: c.usage, summary: c.summary })) }, () => lines);
      return ExitCode.ok;
    }
    const command = findCommand(words);
    if (!command) {
      const group = commandsUnder(words.slice(0, 1));
      if (group.length && wantsHelp && words.length === 1) {
        early.result({ commands: group.map((c) => ({ command: c.words.join(' '), usage: c.usage, summary: c.summary })) }, () => overview(group));
        return ExitCode.ok;
      }
      if (!group.length) throw new UsageError(`unknown command "${words[0]}" (sibyl --help lists them)`, 'sibyl <command> [options]');
      const subcommands = group.map((c) => c.words[1]).join(', ');
      const message = words.length === 1 ? `${words[0]} needs a command: ${subcommands}` : `unknown command "${words.slice(0, 2).join(' ')}" (${words[0]}: ${subcommands})`;
      throw new UsageError(message, group.map((c) => c.usage).join('\n       '));
    }
    usage = command.usage;
    if ('passthrough' in command) return await command.run(argv, env);
    const args = ParsedArgs.parse(argv, command.options ?? {}, command.words.length, command.usage, env);
    if (args.global.help) {
      early.result({ usage: command.usage, summary: command.summary, details: command.details ?? [] }, () => commandHelp(command));
      return ExitCode.ok;
    }
    ctx = new CommandContext(args.global);
    return (await command.run(ctx, args)) ?? ExitCode.ok;
  } catch (error) {
    return reportFailure(error, ctx?.out ?? early, usage);
  } finally {
    await ctx?.close();
  }
}
