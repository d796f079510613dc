/**
 * A supplier daemon in its own process (`npm run supplier -- serve`), as node runners run it.
 * Tests kill and restart it to exercise the gateway's failover.
 */
import { decodeHeartbeat, subjects } from '@sibyl/protocol';
import type { NatsConnection } from '@nats-io/transport-node';
import { ServiceProcess } from './service-process.js';

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
  private process: ServiceProcess | undefined;

  constructor(private readonly options: SupplierProcessOptions) {}

  get pid(): number | undefined {
    return this.process?.pid;
  }

  /** Starts the daemon and resolves on its first heartbeat (model loaded, serving). */
  async start(nats: NatsConnection, timeoutMs = 180_000): Promise<void> {
    const o = this.options;
    const args = ['serve', '--rpc', o.rpc, '--nats', o.nats];
    if (o.capacity) args.push('--capacity', String(o.capacity));
    if (o.contextLength) args.push('--context', String(o.contextLength));
    if (o.threads) args.push('--threads', String(o.threads));
    if (o.metricsPort) args.push('--metrics-port', String(o.metricsPort));
    for (const w of o.rpcWorkers ?? []) args.push('--rpc-worker', w);
    if (o.dataDir) args.push('--data-dir', o.dataDir);
    this.process = new ServiceProcess({ name: 'supplier', cli: 'offchain/apps/supplier/src/cli.ts', args, env: { SIBYL_SUPPLIER_SURI: o.suri }, log: o.log });
    const heartbeat = nats.subscribe(subjects.heartbeat(o.address));
    const firstHeartbeat = (async () => {
      for await (const msg of heartbeat) {
        try {
          decodeHeartbeat(msg.data);
          return;
        } catch {
          // keep waiting
        }
      }
    })();
    try {
      await this.process.start({ signal: firstHeartbeat }, timeoutMs);
    } finally {
      heartbeat.unsubscribe();
    }
  }

  /** SIGKILL: the abrupt death fault tests need. */
  kill(): void {
    this.process?.kill();
  }

  /** SIGTERM and wait: a clean stop. */
  async stop(): Promise<void> {
    await this.process?.stop();
  }
}
