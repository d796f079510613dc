/**
 * Opening the chain for one command. A node that is not there fails fast and says where it looked:
 * the TCP port is probed first (a refused connection is known at once, without the WebSocket
 * client's reconnect loop and its log lines), and the API handshake is bounded too.
 */
import { connect as netConnect } from 'node:net';
import { connect, type ApiPromise } from '@sibyl/chain-client';
import { CliError, UsageError } from './errors.js';

/** How long a command waits for a node before giving up. */
export const CONNECT_TIMEOUT_MS = 5_000;

const unreachableHint = 'start a node (`npm start`, or `npm run chain` for the chain alone), or point --rpc (or SIBYL_RPC) at one';

/** Host and port of a ws://, wss://, http:// or https:// endpoint. */
function hostAndPort(endpoint: string): { host: string; port: number } {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new UsageError(`--rpc must be a URL like ws://127.0.0.1:9944, got "${endpoint}"`);
  }
  const secure = url.protocol === 'wss:' || url.protocol === 'https:';
  if (!['ws:', 'wss:', 'http:', 'https:'].includes(url.protocol)) throw new UsageError(`--rpc must be a ws:// or wss:// URL, got "${endpoint}"`);
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port ? Number(url.port) : secure ? 443 : 80 };
}

/** Resolves once something accepts TCP connections at the endpoint's host and port. */
function probe(endpoint: string, timeoutMs: number): Promise<void> {
  const { host, port } = hostAndPort(endpoint);
  return new Promise((resolve, reject) => {
    const socket = netConnect({ host, port });
    const fail = (reason: string) => {
      socket.destroy();
      reject(new CliError(`cannot reach the chain at ${endpoint}: ${reason}`, unreachableHint));
    };
    socket.setTimeout(timeoutMs, () => fail(`no answer within ${timeoutMs / 1000} s`));
    socket.once('error', (error: NodeJS.ErrnoException) => fail(error.code ?? error.message));
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
  });
}

/** A typed API for the chain at `endpoint`, or a {@link CliError} naming it within `timeoutMs`. */
export async function openChain(endpoint: string, timeoutMs = CONNECT_TIMEOUT_MS): Promise<ApiPromise> {
  await probe(endpoint, timeoutMs);
  try {
    return await connect(endpoint, { timeoutMs });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = /not reachable within/.test(message)
      ? `something listens there but no node answered within ${timeoutMs / 1000} s (is it a node's WebSocket RPC port?)`
      : message;
    throw new CliError(`cannot reach the chain at ${endpoint}: ${reason}`, unreachableHint);
  }
}
