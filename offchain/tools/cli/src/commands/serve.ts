/**
 * `sibyl serve <supplier|validator|gateway> [app flags…]`: runs the role's daemon as the stored
 * key. sibyl's own options (--key, --rpc, --home, --print-command, --help) are taken out of the
 * line; everything else, and anything after `--`, goes to the app's `serve` unchanged.
 */
import { resolveGlobals, type GlobalOptions } from '../args.js';
import type { PassthroughCommand } from '../command.js';
import { UsageError } from '../errors.js';
import { Keystore } from '../keystore.js';
import { Output } from '../output.js';
import { resolveKey } from '../signer.js';
import { appCommand, runApp, SERVED_ROLES, type ServedRole } from '../app-launcher.js';

const USAGE = 'sibyl serve <supplier|validator|gateway> [--key <name>] [--rpc <ws url>] [--print-command] [app flags…] [-- app flags…]';

const VALUE_OPTIONS = new Set(['rpc', 'key', 'home']);
const FLAG_OPTIONS = new Set(['json', 'help', 'print-command']);

/** A `serve` line split into sibyl's options, the role, and the app's flags. */
export interface ServeLine {
  global: GlobalOptions;
  role: ServedRole;
  printCommand: boolean;
  appArgs: string[];
}

/**
 * Splits `argv` (starting with `serve`). The role must come right after `serve`, before any of
 * the app's flags, so that a flag's value is never mistaken for it.
 */
export function splitServeLine(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ServeLine | { help: true; global: GlobalOptions; role?: ServedRole } {
  const values: Record<string, string | boolean> = {};
  const words: string[] = [];
  const appArgs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') {
      appArgs.push(...argv.slice(i + 1));
      break;
    }
    if (token === '-h') {
      values.help = true;
      continue;
    }
    const option = /^--([^=]+)(?:=(.*))?$/s.exec(token);
    if (option && VALUE_OPTIONS.has(option[1]!)) {
      const value = option[2] ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${option[1]} needs a value`, USAGE);
      values[option[1]!] = value;
      continue;
    }
    if (option && FLAG_OPTIONS.has(option[1]!)) {
      values[option[1]!] = true;
      continue;
    }
    if (!token.startsWith('-') && words.length < 2 && appArgs.length === 0) {
      words.push(token);
      continue;
    }
    appArgs.push(token);
  }
  const global = resolveGlobals(values, env);
  const roleWord = words[1];
  const role = SERVED_ROLES.find((r) => r === roleWord);
  if (global.help) return { help: true, global, role };
  if (!roleWord) throw new UsageError(`missing <role>: one of ${SERVED_ROLES.join(', ')}${appArgs.length ? ' (right after `serve`)' : ''}`, USAGE);
  if (!role) throw new UsageError(`cannot serve "${roleWord}": one of ${SERVED_ROLES.join(', ')}`, USAGE);
  const suri = appArgs.find((a) => a === '--suri' || a.startsWith('--suri='));
  if (suri) throw new UsageError('the key comes from --key <name> (a stored key), not --suri', USAGE);
  return { global, role, printCommand: values['print-command'] === true, appArgs };
}

export const serve: PassthroughCommand = {
  words: ['serve'],
  usage: USAGE,
  summary: 'run the supplier, validator or gateway daemon as the stored key (app flags pass through)',
  details: [
    '--key <name>      the stored key the daemon signs with (given to it as SIBYL_<ROLE>_SURI)',
    '--rpc <ws url>    the chain the daemon follows (passed on as its --rpc)',
    '--print-command   print the command (its secret left out) instead of running it',
    '`sibyl serve <role> --help` also shows the app’s own flags.',
  ],
  passthrough: true,
  async run(argv, env) {
    const line = splitServeLine(argv, env);
    const out = new Output(line.global.json);
    if ('help' in line) {
      out.result({ usage: USAGE }, () => [`usage: ${USAGE}`, ...serve.details!.map((d) => `  ${d}`)]);
      if (!line.role) return 0;
      out.note(`\nThe ${line.role} app's own usage:`);
      // The app prints its usage when given no command.
      return runApp(appCommand(line.role, [], undefined));
    }
    const keystore = new Keystore(line.global.home);
    const key = await resolveKey(keystore, line.global.key);
    const command = appCommand(line.role, ['serve', '--rpc', line.global.rpc, ...line.appArgs], key.suri);
    if (line.printCommand) {
      const secretVariables = Object.keys(command.env);
      out.result(
        { role: line.role, key: key.label, address: key.address, program: command.program, args: command.args, env: Object.fromEntries(secretVariables.map((v) => [v, `<secret of ${key.label}>`])) },
        () => `${secretVariables.map((v) => `${v}=<secret of ${key.label}>`).join(' ')} ${[command.program, ...command.args].map(shellQuote).join(' ')}`,
      );
      return 0;
    }
    out.note(`sibyl: serving as ${line.role} ${key.label} (${key.address}) on ${line.global.rpc}`);
    return runApp(command);
  },
};

/** `arg` quoted for a POSIX shell when it needs to be. */
function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
