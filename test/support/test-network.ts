/**
 * The local network as end-to-end tests want it: free ports, a temporary state directory, quiet
 * logs (set SIBYL_TEST_LOG=1 to see them), removed again by `stop()`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalNetwork, type LocalNetwork, type LocalNetworkOptions } from '@sibyl/localnet';

export async function startTestNetwork(options: Omit<LocalNetworkOptions, 'dataDir'> = {}): Promise<LocalNetwork> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sibyl-test-'));
  try {
    const net = await startLocalNetwork({
      chainPort: 0,
      natsPort: 0,
      gatewayPort: 0,
      log: process.env.SIBYL_TEST_LOG ? (line) => console.error(line) : () => undefined,
      // Blocks only on transactions, and no validator, unless a test asks (TIQE+ tests do).
      blockIntervalMs: 0,
      validator: false,
      ...options,
      dataDir,
    });
    const stop = net.stop;
    net.stop = async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
    return net;
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
