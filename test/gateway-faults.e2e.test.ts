/**
 * Fault tolerance of the inference plane on the real processes: a supplier killed before its
 * first token (the gateway retries on another, transparently), killed mid-stream (the client
 * gets a clean SSE error, no hung connection), and nats-server restarted (everyone reconnects).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import OpenAI, { APIError } from 'openai';
import { devAccount, sbl, signAndWait } from '@sibyl/chain-client';
import { inProcessGateway, SupplierProcess, type LocalNetwork } from '@sibyl/localnet';
import { startTestNetwork } from './support/test-network.js';
import { subjects } from '@sibyl/protocol';
import type { NatsConnection } from '@nats-io/transport-node';

let net: LocalNetwork;
let client: OpenAI;
let nats: NatsConnection;
const suppliers = new Map<string, SupplierProcess>();

async function startSupplier(suri: string, address: string): Promise<SupplierProcess> {
  const supplier = new SupplierProcess({ rpc: net.rpc, nats: net.nats, suri, address, capacity: 2, contextLength: 1024, threads: 1, log: () => undefined });
  await supplier.start(nats);
  suppliers.set(address, supplier);
  return supplier;
}

/** Waits until the gateway ranks `count` live suppliers. */
async function liveSuppliers(count: number): Promise<string[]> {
  for (let i = 0; i < 200; i++) {
    const ranked = inProcessGateway(net).rankedSuppliers(net.modelId);
    if (ranked.length >= count) return ranked;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`fewer than ${count} live suppliers`);
}

beforeAll(async () => {
  net = await startTestNetwork({ supplierCapacity: 2, contextLength: 1024, supplierThreads: 1 });
  suppliers.set(net.actors.supplier.address, net.supplier);
  nats = net.busClient;
  // A second supplier (Ferdie) for the same model.
  const ferdie = await devAccount('Ferdie');
  await signAndWait(
    net.api,
    net.api.tx.stakes.registerSupplier(sbl(2_000), [net.modelId], subjects.relay(ferdie.address), 50, { Single: null }),
    ferdie,
  );
  await inProcessGateway(net).refresh();
  await startSupplier('//Ferdie', ferdie.address);
  await liveSuppliers(2);
  client = new OpenAI({ baseURL: net.gateway, apiKey: net.apiKey, maxRetries: 0, timeout: 60_000 });
}, 300_000);

afterAll(async () => {
  for (const s of suppliers.values()) await s.stop().catch(() => undefined);
  await net?.stop();
});

const ask = (max_tokens = 8) =>
  client.chat.completions.create({ model: net.modelName, messages: [{ role: 'user', content: 'Name a fruit.' }], temperature: 0, max_tokens });

test('a supplier killed before its first token: the gateway retries on another, transparently', async () => {
  const [first] = await liveSuppliers(2);
  const victim = suppliers.get(first!)!;
  victim.kill(); // its last heartbeat is still fresh: the gateway still ranks it first
  expect(inProcessGateway(net).rankedSuppliers(net.modelId)[0]).toBe(first);
  const r = await ask();
  expect(r.choices[0]!.message.content!.length).toBeGreaterThan(0);
  expect(r.system_fingerprint).not.toBe(`fp_${first!.slice(0, 10)}`);
  // Bring it back for the next tests.
  await startSupplier(first === net.actors.supplier.address ? '//Bob' : '//Ferdie', first!);
  await liveSuppliers(2);
}, 120_000);

test('a supplier killed mid-stream: the stream ends with an error event, nothing hangs', async () => {
  const started = Date.now();
  const stream = await client.chat.completions.create({
    model: net.modelName,
    messages: [{ role: 'user', content: 'Write a very long essay about the history of bridges.' }],
    temperature: 0,
    max_tokens: 900,
    stream: true,
  });
  let chunks = 0;
  let serving: string | undefined;
  const error = await (async () => {
    try {
      for await (const chunk of stream) {
        chunks++;
        if (chunks === 3) {
          serving = [...suppliers.keys()].find((a) => chunk.system_fingerprint === `fp_${a.slice(0, 10)}`);
          suppliers.get(serving!)!.kill();
        }
      }
      return undefined;
    } catch (e) {
      return e;
    }
  })();
  expect(serving).toBeDefined();
  expect(error).toBeInstanceOf(APIError);
  expect((error as Error).message).toMatch(/supplier/i);
  expect(Date.now() - started).toBeLessThan(40_000);
  await startSupplier(serving === net.actors.supplier.address ? '//Bob' : '//Ferdie', serving!);
  await liveSuppliers(2);
}, 120_000);

test('nats-server restarted: gateway and suppliers reconnect and relays flow again', async () => {
  await net.bus.servers[0]!.restart();
  let answer: OpenAI.ChatCompletion | undefined;
  const deadline = Date.now() + 30_000;
  while (!answer && Date.now() < deadline) {
    answer = await ask().catch(async () => {
      await new Promise((r) => setTimeout(r, 500));
      return undefined;
    });
  }
  expect(answer?.choices[0]!.message.content!.length).toBeGreaterThan(0);
  await liveSuppliers(2);
}, 60_000);
