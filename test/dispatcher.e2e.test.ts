/**
 * The job dispatcher against a real nats-server with JetStream: a job is delivered once however
 * often it is published (a restarted dispatcher re-publishes every job still assigned), a
 * supplier's durable consumer gets jobs that were published while it was away, and a notice the
 * supplier did not acknowledge comes back. The chain is a stand-in here (the dispatcher only reads
 * `jobs.jobs` and the event stream); test/jobs-network.e2e.test.ts runs the real one.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiPromise } from '@sibyl/chain-client';
import { JobDispatcher } from '@sibyl/dispatcher';
import { NatsServer, freePort } from '@sibyl/localnet';
import { JOBS_STREAM, decodeJobNotice, subjects } from '@sibyl/protocol';
import { AckPolicy, connect, nanos, type NatsConnection } from 'nats';

const SUPPLIER = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
const dir = mkdtempSync(join(tmpdir(), 'sibyl-dispatcher-'));
let server: NatsServer;
let nats: NatsConnection;

/** A chain where jobs 1 and 2 are assigned to SUPPLIER, and no events ever come. */
const chain = {
  query: {
    jobs: {
      jobs: {
        entries: async () =>
          [1n, 2n].map((id) => [
            { args: [{ toBigInt: () => id }] },
            { isSome: true, unwrap: () => ({ status: { isAssigned: true, asAssigned: { supplier: { toString: () => SUPPLIER } } } }) },
          ]),
      },
    },
    system: { events: async () => () => undefined },
  },
} as unknown as ApiPromise;

beforeAll(async () => {
  server = new NatsServer({ port: await freePort(), storeDir: join(dir, 'nats') });
  await server.start();
  nats = await connect({ servers: server.url });
});

afterAll(async () => {
  await nats?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('jobs are delivered at least once and exactly once per id, to a durable consumer that was away', async () => {
  // Two dispatchers (or one restarted) publish the same assignments.
  for (let i = 0; i < 2; i++) (await JobDispatcher.start({ api: chain, nats })).stop();
  const jsm = await nats.jetstreamManager();
  expect((await jsm.streams.info(JOBS_STREAM)).state.messages).toBe(2);

  // The supplier's consumer is created after the jobs were published, and gets both.
  await jsm.consumers.add(JOBS_STREAM, { durable_name: 'supplier-test', filter_subject: subjects.jobs(SUPPLIER), ack_policy: AckPolicy.Explicit, ack_wait: nanos(1_000) });
  const consumer = await nats.jetstream().consumers.get(JOBS_STREAM, 'supplier-test');
  const first = await consumer.next({ expires: 5_000 });
  const second = await consumer.next({ expires: 5_000 });
  expect([first, second].map((m) => decodeJobNotice(m!.data).job)).toEqual([1n, 2n]);
  first!.ack();
  // The second was not acknowledged (a supplier that crashed mid-job): it is delivered again.
  const again = await consumer.next({ expires: 5_000 });
  expect(decodeJobNotice(again!.data).job).toBe(2n);
  expect(again!.info.redelivered).toBe(true);
  again!.ack();
});
