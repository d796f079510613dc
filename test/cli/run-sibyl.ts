/**
 * Runs the `sibyl` command as node runners do — a separate process through bin/sibyl.js — and
 * collects its exit code and output. The environment is cleared of SIBYL_* variables so that only
 * the options a test passes count.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sibylBin = join(repoRoot, 'offchain/tools/cli/bin/sibyl.js');

export interface SibylRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A `sibyl` process still running, with what it printed so far. */
export interface RunningSibyl {
  child: ChildProcess;
  readonly stdout: string;
  readonly stderr: string;
  /** Resolves when the process has exited. */
  done: Promise<SibylRun>;
}

function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SIBYL_')));
  // Jest runs with --experimental-vm-modules; the CLI does not need it.
  delete env.NODE_OPTIONS;
  return { ...env, ...extra };
}

/** Starts `sibyl args…`; a run longer than `timeoutMs` is killed. */
export function startSibyl(args: readonly string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 60_000): RunningSibyl {
  const child = spawn(process.execPath, [sibylBin, ...args], { cwd: repoRoot, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<SibylRun>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
  return {
    child,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    done,
  };
}

/** Runs `sibyl args…` to the end. */
export function sibyl(args: readonly string[], env: NodeJS.ProcessEnv = {}, timeoutMs?: number): Promise<SibylRun> {
  return startSibyl(args, env, timeoutMs).done;
}

/** The one JSON document a `--json` run printed on stdout. */
export function jsonOf<T = Record<string, unknown>>(run: SibylRun): T {
  try {
    return JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(`stdout is not one JSON document (exit ${run.code}):\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
}

/** Polls `check` every 100 ms until it holds, or throws naming `what`. */
export async function eventually(what: string, check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
