/**
 * One nats-server of a Sibyl bus (docs/bus.md), on loopback unless told otherwise, configured
 * by {@link natsServerConfig}: logins delegated to the bus authorizer, JetStream with its store in
 * a directory of ours (streams survive a restart), optionally one of a cluster. `restart()` and
 * `kill()` exist for fault tests and operators alike.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { natsServerConfig, type BusKeys } from '@sibyl/bus-authorizer';
import { waitForPort } from '@sibyl/supplier';

export interface NatsServerOptions {
  /** Unique within a cluster (default `sibyl-<port>`). */
  name?: string;
  port: number;
  host?: string;
  storeDir: string;
  keys: BusKeys;
  /** Member of a cluster: this server's route port and every member's route URL. */
  cluster?: { port: number; routes: string[] };
  /** HTTP monitoring (`/varz`, `/connz`) on this port of `host`. */
  monitorPort?: number;
  binary?: string;
  log?: (line: string) => void;
}

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');

/**
 * The nats-server Sibyl runs: `$SIBYL_NATS_SERVER`, or the version scripts/build-nats-server.sh
 * builds (once per machine, ~30 s; later calls only print its path).
 */
export function natsServerBinary(): string {
  if (process.env.SIBYL_NATS_SERVER) return process.env.SIBYL_NATS_SERVER;
  return execFileSync('bash', [join(repoRoot, 'scripts/build-nats-server.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

export class NatsServer {
  private child: ChildProcess | undefined;

  constructor(private readonly options: NatsServerOptions) {}

  get host(): string {
    return this.options.host ?? '127.0.0.1';
  }

  get url(): string {
    return `nats://${this.host}:${this.options.port}`;
  }

  get name(): string {
    return this.options.name ?? `sibyl-${this.options.port}`;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<void> {
    const { storeDir } = this.options;
    mkdirSync(storeDir, { recursive: true });
    const configPath = `${storeDir}.conf`;
    writeFileSync(
      configPath,
      natsServerConfig({
        name: this.name,
        host: this.host,
        port: this.options.port,
        storeDir,
        keys: this.options.keys,
        cluster: this.options.cluster,
        monitorPort: this.options.monitorPort,
      }),
      { mode: 0o600 },
    );
    const child = spawn(this.options.binary ?? natsServerBinary(), ['-c', configPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    const log = this.options.log;
    const forward = (d: Buffer) => log && d.toString().split('\n').filter(Boolean).forEach((l) => log(l));
    child.stdout?.on('data', forward);
    child.stderr?.on('data', forward);
    const failed = new Promise<never>((_, reject) => {
      child.once('error', (e) => reject(new Error(`cannot run nats-server: ${e.message} (npm run build:nats-server)`)));
      child.once('exit', (code) => reject(new Error(`nats-server exited with ${code} (config ${configPath})`)));
    });
    failed.catch(() => undefined);
    await Promise.race([waitForPort(this.host, this.options.port, child, 15_000), failed]);
  }

  /** Stops the server cleanly (SIGTERM: clients are told and reconnect elsewhere). */
  async stop(): Promise<void> {
    await this.signal('SIGTERM');
  }

  /** Kills the server outright, as a crash would. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }

  /** Names of the client connections this server holds now (needs `monitorPort`). */
  async connectionNames(): Promise<string[]> {
    if (!this.options.monitorPort) throw new Error(`${this.name} has no monitoring port`);
    const response = await fetch(`http://${this.host}:${this.options.monitorPort}/connz?limit=1024`);
    const connz = (await response.json()) as { connections?: { name?: string }[] };
    return (connz.connections ?? []).map((c) => c.name ?? '');
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }
}
