/**
 * A nats-server (Debian package) with JetStream, on loopback, its store in a directory of ours so
 * streams survive a restart. `restart()` exists for fault tests and operators alike.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { waitForPort } from '@sibyl/inference';

export interface NatsServerOptions {
  port: number;
  host?: string;
  storeDir: string;
  binary?: string;
  log?: (line: string) => void;
}

/** nats-server on PATH, or where Debian installs it (/usr/sbin is not on every user's PATH). */
function natsServerBinary(): string {
  if (process.env.SIBYL_NATS_SERVER) return process.env.SIBYL_NATS_SERVER;
  return existsSync('/usr/sbin/nats-server') ? '/usr/sbin/nats-server' : 'nats-server';
}

export class NatsServer {
  private child: ChildProcess | undefined;

  constructor(private readonly options: NatsServerOptions) {}

  get url(): string {
    return `nats://${this.options.host ?? '127.0.0.1'}:${this.options.port}`;
  }

  async start(): Promise<void> {
    mkdirSync(this.options.storeDir, { recursive: true });
    const args = ['-a', this.options.host ?? '127.0.0.1', '-p', String(this.options.port), '-js', '-sd', this.options.storeDir];
    const child = spawn(this.options.binary ?? natsServerBinary(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    const log = this.options.log;
    const forward = (d: Buffer) => log && d.toString().split('\n').filter(Boolean).forEach((l) => log(l));
    child.stdout?.on('data', forward);
    child.stderr?.on('data', forward);
    const failed = new Promise<never>((_, reject) => {
      child.once('error', (e) => reject(new Error(`cannot run nats-server: ${e.message} (apt-get install nats-server)`)));
      child.once('exit', (code) => reject(new Error(`nats-server exited with ${code}`)));
    });
    failed.catch(() => undefined);
    await Promise.race([waitForPort(this.options.host ?? '127.0.0.1', this.options.port, child, 10_000), failed]);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }
}
