/**
 * A supplier daemon in its own process (`npm run supplier -- serve`), as node runners run it.
 * The secret URI travels in the environment, not argv, so `ps` does not show it. Tests kill
 * and restart it to exercise the gateway's failover.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHeartbeat, subjects } from '@sibyl/protocol';
import type { NatsConnection } from '@nats-io/transport-node';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

export interface SupplierProcessOptions {
  rpc: string;
  nats: string;
  suri: string;
  address: string;
  capacity?: number;
  contextLength?: number;
  threads?: number;
  metricsPort?: number;
  rpcWorkers?: string[];
  /** Where the daemon keeps mined relays and their trees (its `--data-dir`). */
  dataDir?: string;
  log?: (line: string) => void;
}

export class SupplierProcess {
  private child: ChildProcess | undefined;

  constructor(private readonly options: SupplierProcessOptions) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts the daemon and resolves on its first heartbeat (model loaded, serving). */
  async start(nats: NatsConnection, timeoutMs = 180_000): Promise<void> {
    const o = this.options;
    const args = ['--import', 'tsx', join(repoRoot, 'offchain/apps/supplier/src/cli.ts'), 'serve', '--rpc', o.rpc, '--nats', o.nats];
    if (o.capacity) args.push('--capacity', String(o.capacity));
    if (o.contextLength) args.push('--context', String(o.contextLength));
    if (o.threads) args.push('--threads', String(o.threads));
    if (o.metricsPort) args.push('--metrics-port', String(o.metricsPort));
    for (const w of o.rpcWorkers ?? []) args.push('--rpc-worker', w);
    if (o.dataDir) args.push('--data-dir', o.dataDir);
    const heartbeat = nats.subscribe(subjects.heartbeat(o.address));
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      env: { ...process.env, SIBYL_SUPPLIER_SURI: o.suri },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const log = o.log;
    const forward = (d: Buffer) => log && d.toString().split('\n').filter(Boolean).forEach((l) => log(l));
    child.stdout?.on('data', forward);
    child.stderr?.on('data', forward);
    const kill = () => child.kill('SIGKILL');
    process.once('exit', kill);
    child.once('exit', () => process.removeListener('exit', kill));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`supplier sent no heartbeat within ${timeoutMs} ms`)), timeoutMs);
        child.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`supplier exited with ${code} before serving`));
        });
        void (async () => {
          for await (const msg of heartbeat) {
            try {
              decodeHeartbeat(msg.data);
              clearTimeout(timer);
              resolve();
              return;
            } catch {
              // keep waiting
            }
          }
        })();
      });
    } finally {
      heartbeat.unsubscribe();
    }
  }

  /** SIGKILL: the abrupt death fault tests need. */
  kill(): void {
    this.child?.kill('SIGKILL');
  }

  /** SIGTERM and wait: a clean stop. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
}
