/**
 * One llama.cpp RPC worker (a device of a cluster supplier). It holds the layers the coordinator
 * assigns it and evaluates them on request. It binds a private address only.
 */
import type { ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { clusterToolEnv, exited, llamaTool, spawnTool } from './llama-tools.js';
import { assertPrivateAddress } from './private-address.js';

export interface RpcWorkerOptions {
  host: string;
  port: number;
  threads?: number;
  toolsDir?: string;
  log?: (line: string) => void;
}

export class RpcWorker {
  private constructor(
    private readonly child: ChildProcess,
    readonly endpoint: string,
  ) {}

  static async start(options: RpcWorkerOptions): Promise<RpcWorker> {
    assertPrivateAddress(options.host);
    const args = ['-H', options.host, '-p', String(options.port), '-t', String(options.threads ?? 1)];
    const child = spawnTool(llamaTool('rpc-server', options.toolsDir), args, options.log ?? (() => undefined), clusterToolEnv());
    const endpoint = `${options.host}:${options.port}`;
    await waitForPort(options.host, options.port, child);
    return new RpcWorker(child, endpoint);
  }

  async stop(): Promise<void> {
    this.child.kill('SIGTERM');
    await exited(this.child);
  }
}

/** Polls until a TCP port accepts connections; fails if `child` exits first. */
export async function waitForPort(host: string, port: number, child?: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`process exited with ${child.exitCode} before listening on ${host}:${port}`);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect({ host, port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listening on ${host}:${port} after ${timeoutMs} ms`);
}
