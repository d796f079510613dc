/**
 * Running a Sibyl daemon (supplier, validator, gateway) as its own process, the way `npm run
 * supplier -- serve` does: node with tsx, the app's `src/cli.ts` found from its package, the
 * secret URI in the environment (SIBYL_<ROLE>_SURI, so `ps` does not show it), and signals passed
 * on so the daemon stops cleanly.
 */
import { spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError } from './errors.js';

export const SERVED_ROLES = ['supplier', 'validator', 'gateway'] as const;
export type ServedRole = (typeof SERVED_ROLES)[number];

const APP_PACKAGES: Record<ServedRole, string> = {
  supplier: '@sibyl/supplier',
  validator: '@sibyl/validator',
  gateway: '@sibyl/gateway',
};

const require = createRequire(import.meta.url);

/** The app's command line, `src/cli.ts` beside the entry its package exports. */
export function appCliPath(role: ServedRole): string {
  let entry: string;
  try {
    entry = realpathSync(require.resolve(APP_PACKAGES[role]));
  } catch {
    throw new CliError(`the ${role} app (${APP_PACKAGES[role]}) is not installed here`, 'run `npm install` at the repository root');
  }
  const cli = join(dirname(entry), 'cli.ts');
  if (!existsSync(cli)) throw new CliError(`the ${role} app has no command line at ${cli}`);
  return cli;
}

/** The environment variable the app reads its secret URI from. */
export function secretVariable(role: ServedRole): string {
  return `SIBYL_${role.toUpperCase()}_SURI`;
}

/** A daemon's full command: the program, its arguments, and what it adds to the environment. */
export interface AppCommand {
  program: string;
  args: string[];
  env: Record<string, string>;
}

/** The command that runs `role`'s app with `appArgs` (e.g. `serve --rpc …`) as the holder of `suri`. */
export function appCommand(role: ServedRole, appArgs: readonly string[], suri: string | undefined): AppCommand {
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  return {
    program: process.execPath,
    args: ['--import', tsx, appCliPath(role), ...appArgs],
    env: suri === undefined ? {} : { [secretVariable(role)]: suri },
  };
}

/**
 * Runs `command` with this process's stdio and resolves with its exit code (128 + the signal's
 * number if a signal ended it). SIGTERM and SIGHUP are passed on; SIGINT too unless stdin is a
 * terminal, whose Ctrl-C reaches the daemon by itself (it is in the same process group), so it
 * is not told twice.
 */
export function runApp(command: AppCommand): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command.program, command.args, { stdio: 'inherit', env: { ...process.env, ...command.env } });
    const forwarded: NodeJS.Signals[] = process.stdin.isTTY ? ['SIGTERM', 'SIGHUP'] : ['SIGTERM', 'SIGHUP', 'SIGINT'];
    const pass = (signal: NodeJS.Signals) => child.kill(signal);
    const ignore = () => undefined;
    for (const signal of forwarded) process.on(signal, pass);
    // Ctrl-C on a terminal: the daemon got it; sibyl waits for it to stop instead of dying first.
    if (process.stdin.isTTY) process.on('SIGINT', ignore);
    const done = () => {
      for (const signal of forwarded) process.off(signal, pass);
      process.off('SIGINT', ignore);
    };
    child.once('error', (error) => {
      done();
      reject(new CliError(`cannot start ${command.program}: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      done();
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}
