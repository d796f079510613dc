/**
 * On-chain jobs on the real runtime in Chopsticks, through @polkadot/api as a dApp would use it:
 * the application submits a job, the chain assigns a supplier from the session's set by chain
 * randomness, the supplier posts the output, the dApp reads it back from chain state, and the job
 * settles after TIQE+ with the charge capped at the job's `max_price`. The supplier's side is
 * played by this test with the supplier's key; the off-chain dispatcher that delivers jobs over
 * NATS JetStream is not built yet (issue 5).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startDevChain, type DevChain } from '@sibyl/devchain';
import { ChainError, connect, findEvent, sbl, signAndWait, type ApiPromise } from '@sibyl/chain-client';
import { devActors, provisionDevNetwork, startSessionWith, type DevActors } from '@sibyl/localnet';
import { stringToU8a, u8aToString } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';

let chain: DevChain;
let api: ApiPromise;
let actors: DevActors;
let model: number;

beforeAll(async () => {
  chain = await startDevChain({ port: 0, blockMode: 'Instant' });
  api = await connect(chain.endpoint);
  actors = await devActors();
  model = await provisionDevNetwork(api, actors, { gatewayUrl: 'http://127.0.0.1:8080/v1' });
  await startSessionWith(api, chain, actors.app.address, model, [actors.supplier.address]);
}, 120_000);

afterAll(async () => {
  await api?.disconnect();
  await chain?.close();
});

const input = JSON.stringify({ kind: 'completion', prompt: 'The capital of France is', stop: [] });
const sampling = { maxTokens: 16, temperatureMilli: 0, topPMilli: 1000, seed: null };
/** What the dApp declares the prompt to be, in tokens (an upper bound is fine: it pays for no more). */
const promptTokens = 16;

test('a job submitted with @polkadot/api is assigned, answered on chain, read back and settled', async () => {
  const maxPrice = sbl('0.0001');
  const submitted = await signAndWait(api, api.tx.jobs.submit(model, input, promptTokens, sampling, maxPrice), actors.app);
  const job = (findEvent(submitted.events, 'jobs', 'JobSubmitted')!.event.data[0] as unknown as { toBigInt(): bigint }).toBigInt();
  // Assigned in a later block, from randomness the submitter could not know.
  await chain.newBlocks(1);
  const entry = (await api.query.jobs.jobs(job)).unwrap();
  expect(entry.status.isAssigned).toBe(true);
  expect(entry.status.asAssigned.supplier.toString()).toBe(actors.supplier.address);

  const output = ' Paris.';
  const answered = await signAndWait(api, api.tx.jobs.submitResult(job, output, 7, 3), actors.supplier);
  const completed = findEvent(answered.events, 'jobs', 'JobCompleted')!.event.data.toJSON() as unknown[];
  expect(completed[2]).toBe(blake2AsHex(stringToU8a(output)));
  expect(findEvent(answered.events, 'settlement', 'AwaitingEvaluation')).toBeDefined();

  // The dApp reads the result and its commitment from chain state.
  const done = (await api.query.jobs.jobs(job)).unwrap();
  expect(u8aToString(done.result.unwrap().output)).toBe(output);
  expect(done.status.isCompleted).toBe(true);

  // No validator daemon runs here: the TIQE+ round ends void and the job settles at the
  // supplier's reputation, within the job's max price.
  let settled: unknown[] | undefined;
  for (let i = 0; i < 30 && !settled; i++) {
    await chain.newBlocks(1);
    const events = await api.query.system.events();
    settled = events.find((r) => r.event.section === 'settlement' && r.event.method === 'Settled')?.event.data.toJSON() as unknown[] | undefined;
  }
  expect(settled).toBeDefined();
  const [session, supplier, app, , estimatedCu, , , , , gross, charged] = settled!;
  expect([supplier, app]).toEqual([actors.supplier.address, actors.app.address]);
  expect(BigInt(session as number)).toBe(entry.session.toBigInt());
  // 7 prompt tokens × 1 + 3 completion tokens × 4.
  expect(estimatedCu).toBe(19);
  expect(BigInt(gross as number)).toBeLessThanOrEqual(maxPrice);
  expect(BigInt(charged as number)).toBeLessThanOrEqual(BigInt(gross as number));
  // What the application paid for this job stays readable with the job (contracts settle on it).
  const recorded = await api.query.jobs.jobCharges(job);
  expect(recorded.unwrap().toBigInt()).toBe(BigInt(charged as number));
});

test('only the assigned supplier answers, and bad jobs are refused by name', async () => {
  const expectError = async (promise: Promise<unknown>, name: string) => {
    const error = await promise.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ChainError);
    expect((error as ChainError).name).toBe(name);
  };
  const price = sbl('0.0001');
  const submit = (who: typeof actors.app, m: number, text: string, prompt: number, s: typeof sampling, max: bigint) =>
    signAndWait(api, api.tx.jobs.submit(m, text, prompt, s, max), who);
  await expectError(submit(actors.validator, model, input, promptTokens, sampling, price), 'jobs.NotApplication');
  await expectError(submit(actors.app, model, '', promptTokens, sampling, price), 'jobs.EmptyInput');
  await expectError(submit(actors.app, model, '{"kind":"poem"}', promptTokens, sampling, price), 'jobs.MalformedInput');
  await expectError(submit(actors.app, model, input, promptTokens, { ...sampling, maxTokens: 0 }, price), 'jobs.InvalidMaxTokens');
  await expectError(submit(actors.app, model, input, 0, sampling, price), 'jobs.InvalidPromptTokens');
  await expectError(submit(actors.app, model, input, 32_768, sampling, price), 'jobs.ExceedsContext');
  await expectError(submit(actors.app, model, input, promptTokens, sampling, 0n), 'jobs.PriceTooLow');
  await expectError(submit(actors.app, 99, input, promptTokens, sampling, price), 'jobs.UnknownModel');
  const submitted = await submit(actors.app, model, input, promptTokens, sampling, price);
  const job = (findEvent(submitted.events, 'jobs', 'JobSubmitted')!.event.data[0] as unknown as { toBigInt(): bigint }).toBigInt();
  await chain.newBlocks(1);
  await expectError(signAndWait(api, api.tx.jobs.submitResult(job, 'x', 1, 1), actors.gateway), 'jobs.NotAssigned');
  await expectError(signAndWait(api, api.tx.jobs.submitResult(job, 'x', 1, 17), actors.supplier), 'jobs.TooManyTokens');
  await expectError(signAndWait(api, api.tx.jobs.submitResult(job, 'x', promptTokens + 1, 1), actors.supplier), 'jobs.PromptTokensAboveDeclared');
});
