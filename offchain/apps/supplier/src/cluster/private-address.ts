/**
 * llama.cpp's RPC protocol is unauthenticated: anyone who reaches a worker can run code-sized
 * workloads on it and read its tensors. Workers therefore bind only to loopback or private
 * (RFC 1918, link-local, unique-local) addresses; this check refuses anything else.
 */
import { isIP } from 'node:net';

export function isPrivateAddress(host: string): boolean {
  const kind = isIP(host);
  if (kind === 4) {
    const [a, b] = host.split('.').map(Number) as [number, number];
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  if (kind === 6) {
    const h = host.toLowerCase();
    return h === '::1' || h.startsWith('fc') || h.startsWith('fd') || h.startsWith('fe80:');
  }
  return false; // names and wildcards (0.0.0.0, ::) are refused: they may resolve to public interfaces
}

export function assertPrivateAddress(host: string): void {
  if (!isPrivateAddress(host)) {
    throw new Error(`refusing to bind an RPC worker to ${host}: llama.cpp RPC is unauthenticated, use a loopback or private LAN address`);
  }
}
