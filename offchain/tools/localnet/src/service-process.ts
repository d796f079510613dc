/**
 * One of the network's daemons (supplier, gateway, validator) in its own process, started through
 * its app's command line as a node runner starts it. Its own process gives it its own event loop:
 * block building and the other daemons' work then never delay its requests (docs/gateway.md,
 * "Against llama-server"). The secret URI travels in the environment, not argv, so `ps` does not
 * show it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

export interface ServiceProcessOptions {
  /** What the daemon is called in errors ("gateway"). */
  name: string;
  /** Its command line, relative to the repository (`offchain/apps/gateway/src/cli.ts`). */
  cli: string;
  args: string[];
  /** Extra environment: the secret URI goes here. */
  env?: Record<string, string>;
  /** Every line the daemon prints (default: dropped). */
  log?: (line: string) => void;
}

export class ServiceProcess {
  private child: ChildProcess | undefined;

  constructor(private readonly options: ServiceProcessOptions) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /**
   * Starts the daemon and resolves once `ready` holds: for a line it printed, or once it resolves
   * on its own (`ready` returns a promise then, and `lineReady` is left out). Fails if the daemon
   * exits first or `timeoutMs` pass; a daemon that failed to start is killed.
   */
  async start(ready: { line?: (line: string) => boolean; signal?: Promise<void> }, timeoutMs: number): Promise<void> {
    const o = this.options;
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, o.cli), ...o.args], {
      cwd: repoRoot,
      env: { ...process.env, ...o.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let onLine: ((line: string) => void) | undefined;
    const forward = (d: Buffer) => {
      for (const line of d.toString().split('\n')) {
        if (!line) continue;
        o.log?.(line);
        onLine?.(line);
      }
    };
    child.stdout?.on('data', forward);
    child.stderr?.on('data', forward);
    const kill = () => child.kill('SIGKILL');
    process.once('exit', kill);
    child.once('exit', () => process.removeListener('exit', kill));
    let timer: NodeJS.Timeout | undefined;
    try {
      await new Promise<void>((resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`${o.name} was not ready within ${timeoutMs} ms`)), timeoutMs);
        child.once('exit', (code) => reject(new Error(`${o.name} exited with ${code} before it was ready`)));
        if (ready.line) onLine = (line) => ready.line!(line) && resolve();
        ready.signal?.then(resolve, reject);
      });
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    } finally {
      clearTimeout(timer);
      onLine = undefined;
    }
  }

  /** SIGKILL: the abrupt death fault tests need. */
  kill(): void {
    this.child?.kill('SIGKILL');
  }

  /** SIGTERM and wait: a clean stop (SIGKILL after 10 s). */
  async stop(): Promise<void> {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) await stopChild(this.child, 10_000);
  }
}

/** Sends `child` SIGTERM and resolves when it has exited; SIGKILL if it is still there after `graceMs`. */
export function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
