/**
 * @jest-environment ./test/support/native-arrays-environment.js
 *
 * On-chain jobs across the local network (issue 5 acceptance): a dApp submits a job with
 * @polkadot/api; the chain assigns a supplier by chain randomness; the dispatcher delivers it over
 * NATS JetStream; the supplier daemon generates with the real model and posts the output on
 * chain; the dApp reads it back; the dev validator scores the job (reading input and output from
 * chain) in a TIQE+ round, and the job settles with the round's α, within its max price. Then the
 * same for a user who is not an application, through the job broker contract (docs/contracts.md):
 * the contract submits the job, the network answers and scores it, and the contract pays from the
 * user's credits what the chain charged.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { EventRecord } from '@polkadot/types/interfaces';
import { stringToHex, u8aToString } from '@polkadot/util';
import { devAccount, findEvent, sbl, signAndWait } from '@sibyl/chain-client';
import { startSessionWith, type LocalNetwork } from '@sibyl/localnet';
import { creditsOf, deployJobBroker } from './support/job-broker.js';
import { startTestNetwork } from './support/test-network.js';
import { until } from './support/until.js';

let net: LocalNetwork;
const events: EventRecord[] = [];
let unsubscribe: (() => void) | undefined;

beforeAll(async () => {
  net = await startTestNetwork({ blockIntervalMs: 1_000, validator: true, tiqe: { commitWindow: 20, revealWindow: 10 } });
  unsubscribe = (await net.api.query.system.events((records) => {
    for (const r of records) if (['jobs', 'settlement', 'tiqe'].includes(r.event.section)) events.push(r);
  })) as unknown as () => void;
}, 300_000);

afterAll(async () => {
  unsubscribe?.();
  await net?.stop();
});


const data = (method: string) => events.filter((r) => r.event.method === method).map((r) => r.event.data.toJSON() as unknown[]);

/** An upper bound on the chat prompt's tokens under the dev model's template: what the dApp pays for at most. */
const PROMPT_TOKENS = 64;

test('a job submitted with @polkadot/api is delivered, answered, scored by TIQE+ and settled', async () => {
  const input = JSON.stringify({ kind: 'chat', messages: [{ role: 'user', content: 'What is the capital of France?' }], stop: [] });
  const maxPrice = sbl('0.001');
  const { events: submittedEvents } = await signAndWait(
    net.api,
    net.api.tx.jobs.submit(net.modelId, input, PROMPT_TOKENS, { maxTokens: 16, temperatureMilli: 0, topPMilli: 1000, seed: null }, maxPrice),
    net.actors.app,
  );
  const job = Number(findEvent(submittedEvents, 'jobs', 'JobSubmitted')!.event.data[0]!.toString());

  const completed = await until('the supplier’s answer', () => data('JobCompleted').find((d) => d[0] === job), 180_000);
  expect(completed[1]).toBe(net.actors.supplier.address);
  const entry = (await net.api.query.jobs.jobs(job)).unwrap();
  const output = u8aToString(entry.result.unwrap().output);
  expect(output.length).toBeGreaterThan(0);

  const round = await until('the TIQE+ round', () => data('AwaitingEvaluation').find((d) => d[2] === net.actors.supplier.address)?.[0], 60_000);
  const finalized = await until('the round’s end', () => data('RoundFinalized').find((d) => d[0] === round), 240_000);
  const settled = await until('the settlement', () => data('Settled').find((d) => d[1] === net.actors.supplier.address && d[4] === completed[4]), 60_000);
  expect(settled[6]).toBe(finalized[2]);
  expect(BigInt(settled[9] as number)).toBeLessThanOrEqual(maxPrice);
  const payout = settled[11] as Record<string, number>;
  // No gateway carried a job: the gateways' share is nobody's.
  expect(BigInt(payout.gateways!)).toBe(0n);
}, 600_000);

test('a contract submits a job for its user; the network answers and scores it; the contract pays the charge from the user’s credits', async () => {
  const { api, actors } = net;
  const broker = await deployJobBroker(api, actors.source);
  await startSessionWith(api, net.chain, broker.accountId, net.modelId, [actors.supplier.address]);
  const user = await devAccount('Ferdie');
  expect((await api.query.stakes.applications(user.address)).isNone).toBe(true);
  await broker.send('buy_credits', user, [], sbl('1'));

  const input = stringToHex(JSON.stringify({ kind: 'chat', messages: [{ role: 'user', content: 'What is the capital of Italy?' }], stop: [] }));
  const maxPrice = sbl('0.001');
  const job = Number((await broker.send('submit', user, [net.modelId, input, PROMPT_TOKENS, 16, maxPrice])).value);
  expect((await api.query.jobs.jobs(job)).unwrap().app.toString()).toBe(api.createType('AccountId', broker.accountId).toString());

  const completed = await until('the supplier’s answer to the contract’s job', () => data('JobCompleted').find((d) => d[0] === job), 180_000);
  expect(completed[1]).toBe(actors.supplier.address);
  const charged = await until(
    'the job’s settlement',
    async () => {
      const recorded = await api.query.jobs.jobCharges(job);
      return recorded.isSome ? recorded.unwrap().toBigInt() : undefined;
    },
    300_000,
  );
  expect(charged).toBeGreaterThan(0n);
  expect(charged).toBeLessThanOrEqual(maxPrice);
  expect(BigInt(String((await broker.send('settle', actors.source, [job])).value))).toBe(charged);
  expect(await creditsOf(broker, api, user)).toBe(sbl('1') - charged);
}, 600_000);
