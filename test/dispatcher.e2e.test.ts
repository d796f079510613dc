/**
 * The job dispatcher against a real bus (nats-server with JetStream and the bus authorizer): a job
 * is delivered once however often it is published (a restarted dispatcher re-publishes every job
 * still assigned), a supplier's durable consumer gets jobs that were published while it was away,
 * and a notice the supplier did not acknowledge comes back; and a supplier can read only its own
 * jobs. The chain is a stand-in here (the dispatcher only reads `jobs.jobs` and the event stream,
 * and roles come from a table); test/jobs-network.e2e.test.ts runs the real one.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiPromise } from '@sibyl/chain-client';
import { JobDispatcher } from '@sibyl/dispatcher';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import type { BusRole } from '@sibyl/bus-authorizer';
import { LocalBus } from '@sibyl/localnet';
import { JOBS_STREAM, connectBus, decodeJobNotice, fastSigner, jobsConsumerOf, subjects, type ParticipantKey } from '@sibyl/protocol';
import { nanos, type NatsConnection } from '@nats-io/transport-node';
import { AckPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';

const dir = mkdtempSync(join(tmpdir(), 'sibyl-dispatcher-'));
let bus: LocalBus;
/** The dispatcher's connection, and the supplier's. */
let nats: NatsConnection;
let supplierNats: NatsConnection;
let supplier: ParticipantKey;
let rival: ParticipantKey;
let SUPPLIER: string;

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
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519' });
  const dispatcher = fastSigner(keyring.addFromUri('//Dispatcher'));
  supplier = fastSigner(keyring.addFromUri('//Ferdie'));
  rival = fastSigner(keyring.addFromUri('//Rival'));
  SUPPLIER = supplier.address;
  const roles: Record<string, BusRole[]> = { [dispatcher.address]: ['dispatcher'], [supplier.address]: ['supplier'], [rival.address]: ['supplier'] };
  bus = await LocalBus.start({ dataDir: dir, ports: [0], roles: { rolesOf: async (a) => new Set(roles[a] ?? []) } });
  nats = await connectBus({ servers: bus.urls, signer: dispatcher, failFast: true });
  supplierNats = await connectBus({ servers: bus.urls, signer: supplier, failFast: true });
});

afterAll(async () => {
  await nats?.close();
  await supplierNats?.close();
  await bus?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('jobs are delivered at least once and exactly once per id, to a durable consumer that was away', async () => {
  // Two dispatchers (or one restarted) publish the same assignments.
  for (let i = 0; i < 2; i++) (await JobDispatcher.start({ api: chain, nats })).stop();
  expect((await (await jetstreamManager(nats)).streams.info(JOBS_STREAM)).state.messages).toBe(2);

  // The supplier's consumer is created after the jobs were published, and gets both.
  const jsm = await jetstreamManager(supplierNats);
  const durable = jobsConsumerOf(SUPPLIER);
  await jsm.consumers.add(JOBS_STREAM, { durable_name: durable, filter_subject: subjects.jobs(SUPPLIER), ack_policy: AckPolicy.Explicit, ack_wait: nanos(1_000) });
  const consumer = await jetstream(supplierNats).consumers.get(JOBS_STREAM, durable);
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

test("a supplier cannot read another supplier's jobs, nor publish jobs", async () => {
  const rivalNats = await connectBus({ servers: bus.urls, signer: rival, failFast: true });
  try {
    const jsm = await jetstreamManager(rivalNats);
    // Its own consumer name with the victim's filter, and the victim's consumer name: both refused.
    for (const durable_name of [jobsConsumerOf(rival.address), jobsConsumerOf(SUPPLIER)]) {
      await expect(
        jsm.consumers.add(JOBS_STREAM, { durable_name, filter_subject: subjects.jobs(SUPPLIER), ack_policy: AckPolicy.Explicit }),
      ).rejects.toThrow();
    }
    await expect(jetstream(rivalNats).publish(subjects.jobs(rival.address), new Uint8Array([1]), { timeout: 2_000 })).rejects.toThrow();
  } finally {
    await rivalNats.close();
  }
});
