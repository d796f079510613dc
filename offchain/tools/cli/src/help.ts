/** Help text: the overview of every command, and one command's usage and details. */
import type { AnyCommand } from './command.js';
import { DEFAULT_RPC } from './args.js';

export const GLOBAL_HELP = [
  'global options:',
  `  --rpc <ws url>   the node to talk to (default ${DEFAULT_RPC}; env SIBYL_RPC)`,
  '  --key <name>     the stored key that signs (env SIBYL_KEY; default: the only stored key; //Alice etc. on dev chains)',
  '  --home <dir>     the keystore (default ~/.config/sibyl; env SIBYL_HOME)',
  '  --json           print one JSON document on stdout (errors too), nothing else',
  '  -h, --help       help for a command',
  'exit codes: 0 done, 1 failed (chain error, unknown key, unreachable node, job not answered), 2 bad command line',
];

export function overview(commands: readonly AnyCommand[]): string[] {
  const width = Math.max(...commands.map((c) => c.words.join(' ').length));
  return [
    'sibyl — the Sibyl node runner’s command line (docs/cli.md)',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.words.join(' ').padEnd(width)}  ${c.summary}`),
    '',
    ...GLOBAL_HELP,
    '',
    'sibyl <command> --help shows a command’s options.',
  ];
}

export function commandHelp(command: AnyCommand): string[] {
  return [`usage: ${command.usage}`, '', command.summary, ...(command.details?.length ? ['', ...command.details.map((d) => `  ${d}`)] : []), '', ...GLOBAL_HELP];
}
