/**
 * One `sibyl-node` process on loopback: its database, node key and log under a directory of its
 * own, so that a kill and a restart resume the same chain with the same peer identity. Tests kill
 * and restart nodes to show finality survives a lost authority.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { homedir } from 'node:os';
import { waitForPort } from '@sibyl/supplier';
import { stopChild } from './service-process.js';

/** Where `npm run build:node` leaves the binary, unless SIBYL_NODE_BINARY names another. */
export function nodeBinary(): string {
  if (process.env.SIBYL_NODE_BINARY) return process.env.SIBYL_NODE_BINARY;
  const target = process.env.CARGO_TARGET_DIR ?? join(process.env.SIBYL_CACHE ?? join(homedir(), '.cache', 'sibyl'), 'cargo-target');
  return join(target, 'release', 'sibyl-node');
}

/** Throws a message that says what to run when the node binary is missing. */
export function assertNodeBinary(binary = nodeBinary()): string {
  if (!existsSync(binary)) {
    throw new Error(`no sibyl-node at ${binary}: run \`npm run build:node\` (or set SIBYL_NODE_BINARY)`);
  }
  return binary;
}

export interface NodeProcessOptions {
  /** Node name in logs and telemetry; for an authority also its dev key (`alice` → `--alice`). */
  name: string;
  /** Chain spec: `dev`, `local` or a path. */
  chain: string;
  /** Directory for the database, node key and log. */
  baseDir: string;
  /** libp2p port on 127.0.0.1. */
  p2pPort: number;
  /** JSON-RPC (WebSocket and HTTP) port on 127.0.0.1. */
  rpcPort: number;
  /** Prometheus port on 127.0.0.1. */
  prometheusPort: number;
  /** Author and vote with the well-known development keys of `name`. */
  devAuthority?: boolean;
  /** Multiaddresses of peers to dial first. */
  bootnodes?: string[];
  binary?: string;
  /** Extra command-line arguments. */
  args?: string[];
}

export class NodeProcess {
  private child: ChildProcess | undefined;
  private logStream: WriteStream | undefined;
  readonly peerId: string;

  constructor(readonly options: NodeProcessOptions) {
    mkdirSync(options.baseDir, { recursive: true });
    this.peerId = this.ensureNodeKey();
  }

  get rpc(): string {
    return `ws://127.0.0.1:${this.options.rpcPort}`;
  }

  /** The address peers dial. */
  get multiaddr(): string {
    return `/ip4/127.0.0.1/tcp/${this.options.p2pPort}/p2p/${this.peerId}`;
  }

  get logPath(): string {
    return join(this.options.baseDir, 'node.log');
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** A node key made once and kept: the peer id (and so the bootnode address) outlives restarts. */
  private ensureNodeKey(): string {
    const binary = assertNodeBinary(this.options.binary);
    const keyFile = join(this.options.baseDir, 'node-key');
    if (!existsSync(keyFile)) {
      execFileSync(binary, ['key', 'generate-node-key', '--file', keyFile], { stdio: 'ignore' });
    }
    return execFileSync(binary, ['key', 'inspect-node-key', '--file', keyFile], { encoding: 'utf8' }).trim();
  }

  /** Starts the node and resolves once its RPC port answers. */
  async start(timeoutMs = 60_000): Promise<void> {
    if (this.running) return;
    const o = this.options;
    const binary = assertNodeBinary(o.binary);
    const args = [
      '--chain', o.chain,
      '--name', o.name,
      '--base-path', join(o.baseDir, 'db'),
      '--node-key-file', join(o.baseDir, 'node-key'),
      '--listen-addr', `/ip4/127.0.0.1/tcp/${o.p2pPort}`,
      '--public-addr', `/ip4/127.0.0.1/tcp/${o.p2pPort}`,
      '--rpc-port', String(o.rpcPort),
      '--prometheus-port', String(o.prometheusPort),
      '--no-telemetry',
      '--no-mdns',
      // Loopback peers are private addresses; a `Local` chain allows them, say so for any spec.
      '--allow-private-ip',
      ...(o.devAuthority ? [`--${o.name.toLowerCase()}`] : []),
      ...(o.bootnodes?.length ? ['--bootnodes', ...o.bootnodes] : []),
      ...(o.args ?? []),
    ];
    this.logStream = createWriteStream(this.logPath, { flags: 'a' });
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    child.stdout?.pipe(this.logStream, { end: false });
    child.stderr?.pipe(this.logStream, { end: false });
    const kill = () => child.kill('SIGKILL');
    process.once('exit', kill);
    child.once('exit', () => process.removeListener('exit', kill));
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code, signal) => reject(new Error(`${o.name} exited (${code ?? signal}) before serving RPC; see ${this.logPath}`))),
    );
    exited.catch(() => undefined);
    await Promise.race([waitForPort('127.0.0.1', o.rpcPort, child, timeoutMs), exited]);
  }

  /** SIGKILL: a crash, as the fault tests need. */
  kill(): void {
    this.child?.kill('SIGKILL');
  }

  /** SIGTERM and wait: a clean stop. */
  async stop(): Promise<void> {
    const child = this.child;
    if (child && this.running) await stopChild(child, 15_000);
    this.logStream?.end();
    this.logStream = undefined;
  }

  /** Waits until the process has exited (after `kill`). */
  async exited(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    await new Promise<void>((resolve) => child.once('exit', () => resolve()));
  }
}
