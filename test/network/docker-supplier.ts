/**
 * The node runner's path, tested: a second supplier (Ferdie) registers on chain, then starts the
 * way docker/README tell a node runner to — `docker-compose up node supplier` with an env file —
 * as a fifth, non-authority node that joins the test network by its bootnodes, and a supplier
 * attached to that node and to the network's NATS. It must be drawn into a session and serve a
 * relay through the gateway.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { connect, devAccount, sbl, signAndWait } from '@sibyl/chain-client';
import { freePort, startSessionWith, type LocalNetwork } from '@sibyl/localnet';
import { defaultCacheDir } from '@sibyl/model-runtime';
import { subjects } from '@sibyl/protocol';
import OpenAI from 'openai';

const run = promisify(execFile);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Ports of the docker node: past the four authorities'. */
const DOCKER_P2P_PORT = 31343;
const DOCKER_RPC_PORT = 19954;
const DOCKER_PROMETHEUS_PORT = 19625;

export interface DockerSupplierOptions {
  dataDir: string;
  log: (line: string) => void;
}

/** Runs the scenario; resolves with its duration in seconds, or throws what failed. */
export async function secondSupplierJoins(network: LocalNetwork, options: DockerSupplierOptions): Promise<number> {
  const start = Date.now();
  await run('docker', ['info'], { timeout: 20_000 }).catch(() => {
    throw new Error('no Docker engine answers `docker info` (start dockerd; see docs/network.md)');
  });
  for (const image of ['sibyl/node', 'sibyl/app']) {
    await run('docker', ['image', 'inspect', image], { timeout: 20_000 }).catch(() => {
      throw new Error(`no ${image} image: run \`bash scripts/build-images.sh\``);
    });
  }
  const { api } = network;
  const ferdie = await devAccount('Ferdie');
  if ((await api.query.stakes.suppliers(ferdie.address)).isNone) {
    await signAndWait(
      api,
      api.tx.stakes.registerSupplier(sbl(2_000), [network.modelId], subjects.relay(ferdie.address), 50, { Single: null }),
      ferdie,
    );
  }

  const metricsPort = await freePort();
  const project = `sibylnet${process.pid}`;
  const envFile = join(options.dataDir, 'docker.env');
  // One server of the bus is enough to reach it: the servers tell clients of the others.
  const natsPort = new URL(network.nats.split(',')[0]!).port;
  const bootnodes = network.chain.nodes!.nodes.map((node) => node.multiaddr).join(' ');
  writeFileSync(
    envFile,
    [
      `COMPOSE_PROJECT_NAME=${project}`,
      'SIBYL_CHAIN=local',
      `SIBYL_BOOTNODES=${bootnodes}`,
      'SIBYL_NODE_NAME=docker-ferdie',
      `SIBYL_P2P_PORT=${DOCKER_P2P_PORT}`,
      `SIBYL_RPC_PORT=${DOCKER_RPC_PORT}`,
      `SIBYL_NODE_PROMETHEUS_PORT=${DOCKER_PROMETHEUS_PORT}`,
      // Loopback peers are private addresses; say they are fine for this spec too.
      'SIBYL_NODE_ARGS=--allow-private-ip --no-mdns --no-telemetry',
      `SIBYL_NATS_PORT=${natsPort}`,
      // The host's model cache, already holding the model the first supplier fetched.
      `SIBYL_MODELS_DIR=${defaultCacheDir()}`,
      `SIBYL_SUPPLIER_METRICS_PORT=${metricsPort}`,
      'SIBYL_SUPPLIER_ARGS=--threads 1',
      // Development key: public by design.
      'SIBYL_SUPPLIER_SURI=//Ferdie',
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  const compose = (...args: string[]) =>
    run('docker-compose', ['-f', join(repoRoot, 'docker-compose.yml'), '--env-file', envFile, '-p', project, ...args], {
      cwd: repoRoot,
      timeout: 300_000,
    });
  try {
    await compose('up', '-d', '--no-deps', 'node', 'supplier');
    options.log(`docker: node and supplier up (project ${project})`);

    // The fifth node syncs and follows finality.
    const dockerApi = await waitForRpc(`ws://127.0.0.1:${DOCKER_RPC_PORT}`);
    try {
      const target = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
      await poll('the docker node to sync', 300_000, async () => {
        const finalized = (await dockerApi.rpc.chain.getHeader(await dockerApi.rpc.chain.getFinalizedHead())).number.toNumber();
        return finalized >= target;
      });
    } finally {
      await dockerApi.disconnect();
    }

    // Ferdie must serve from a session that drew him (a set of at most three: both are drawn).
    await startSessionWith(api, network.chain, network.actors.app.address, network.modelId, [ferdie.address], 200);
    const metrics = `http://127.0.0.1:${metricsPort}/metrics`;
    const served = async () => {
      const text = await fetch(metrics).then((r) => r.text(), () => '');
      const line = text.split('\n').find((l) => l.startsWith('sibyl_supplier_relays_total{') && l.includes('outcome="ok"'));
      return line !== undefined && Number(line.trim().split(/\s+/).pop()) > 0;
    };
    const client = new OpenAI({ baseURL: network.gateway, apiKey: network.apiKey, maxRetries: 0, timeout: 120_000 });
    const ask = () =>
      client.chat.completions.create({
        model: network.modelName,
        messages: [{ role: 'user', content: 'Say hello in French.' }],
        max_tokens: 16,
        temperature: 0,
      });
    for (let i = 0; i < 6 && !(await served()); i++) await ask();
    if (!(await served())) {
      // The gateway kept choosing Bob: take him away, and the gateway must route to Ferdie.
      options.log('docker: stopping the first supplier so that the gateway routes to Ferdie');
      await network.supplier.stop();
      for (let i = 0; i < 3 && !(await served()); i++) await ask();
    }
    if (!(await served())) throw new Error(`Ferdie's supplier served no relay (${metrics})`);
    return Math.round((Date.now() - start) / 1000);
  } catch (error) {
    const logs = await compose('logs', '--tail', '30', 'supplier', 'node').then((r) => r.stdout, () => '');
    options.log(logs);
    throw error;
  } finally {
    await compose('down', '-v').catch((error: Error) => options.log(`docker: down failed: ${error.message}`));
  }
}

async function waitForRpc(endpoint: string) {
  const end = Date.now() + 120_000;
  for (;;) {
    try {
      return await connect(endpoint);
    } catch (error) {
      if (Date.now() > end) throw new Error(`no RPC at ${endpoint}: ${(error as Error).message}`);
      await new Promise((r) => setTimeout(r, 2_000));
    }
  }
}

async function poll(what: string, timeoutMs: number, check: () => Promise<boolean>): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2_000));
  }
}
