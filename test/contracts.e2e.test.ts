/**
 * ink! contracts for dApps (docs/contracts.md), on the real runtime in Chopsticks through
 * `@polkadot/api-contract`: the job broker (`contracts-ink/job-broker`, built by `npm run
 * build:contracts`) is deployed and staked as an application through the Sibyl precompile; a user
 * who is not an application buys credits; the contract submits the user's job as its own
 * application; the assigned supplier answers on chain (played here with the supplier's key, as in
 * jobs.e2e; jobs-network.e2e runs the same flow with the real supplier daemon and validator); once
 * the chain has settled the job, the contract pays for it from the user's credits; a job nobody
 * answers expires and the contract refunds it in full.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { bnToU8a, stringToHex, u8aConcat, u8aToBigInt, u8aToHex } from '@polkadot/util';
import { keccakAsU8a } from '@polkadot/util-crypto';
import { startDevChain, type DevChain } from '@sibyl/devchain';
import { connect, ContractError, devAccount, sbl, signAndWait, type ApiPromise, type InkContract } from '@sibyl/chain-client';
import { devActors, provisionDevNetwork, startSessionWith, type DevActors } from '@sibyl/localnet';
import type { KeyringPair } from '@polkadot/keyring/types';
import { creditsOf, deployJobBroker } from './support/job-broker.js';

let chain: DevChain;
let api: ApiPromise;
let actors: DevActors;
let model: number;
let user: KeyringPair;
let broker: InkContract;

beforeAll(async () => {
  chain = await startDevChain({ port: 0, blockMode: 'Instant' });
  api = await connect(chain.endpoint);
  actors = await devActors();
  model = await provisionDevNetwork(api, actors, { gatewayUrl: 'http://127.0.0.1:8080/v1' });
  user = await devAccount('Ferdie');
  broker = await deployJobBroker(api, actors.source);
  await startSessionWith(api, chain, broker.accountId, model, [actors.supplier.address]);
}, 180_000);

afterAll(async () => {
  await api?.disconnect();
  await chain?.close();
});

// As `Vec<u8>`, a hex string is the raw bytes (a Uint8Array would be read as length-prefixed).
const input = stringToHex(JSON.stringify({ kind: 'completion', prompt: 'The capital of France is', stop: [] }));
const credits = () => creditsOf(broker, api, user);
const jobStatus = async (job: number) => (await api.query.jobs.jobs(job)).unwrap().status;

test('the broker is an application staked by its deployer; its users are not', async () => {
  const stake = await api.query.stakes.applications(broker.accountId);
  expect(stake.isSome).toBe(true);
  expect((await api.query.stakes.applications(user.address)).isNone).toBe(true);
  expect(String(await broker.query('owner', user.address))).toBe((await api.call.reviveApi.address(actors.source.address)).toHex());
});

test('any account reads a model and its price from the precompile, Solidity ABI', async () => {
  const precompile = '0x000000000000000000000000000000005b1b0000';
  const call = u8aConcat(keccakAsU8a('model(uint32)').slice(0, 4), bnToU8a(model, { bitLength: 256, isLe: false }));
  const dry = await api.call.reviveApi.call(user.address, precompile, 0, null, null, u8aToHex(call));
  expect(dry.result.isOk).toBe(true);
  const out = dry.result.asOk.data.toU8a(true);
  const word = (i: number) => u8aToBigInt(out.slice(32 * i, 32 * (i + 1)), { isLe: false });
  const record = (await api.query.models.registry(model)).unwrap();
  expect(word(0)).toBe(1n); // servable
  expect(word(1)).toBe(BigInt(record.contextLength.toNumber()));
  expect([word(2), word(3)]).toEqual([BigInt(record.computeWeights.promptToken.toNumber()), BigInt(record.computeWeights.completionToken.toNumber())]);
  const session = await api.query.sessions.currentSession();
  const priced = await api.query.pricing.sessionPrices(session, model);
  expect(word(4)).toBe(priced.isSome ? priced.unwrap().toBigInt() : record.priceFloor.toBigInt());
  expect(word(4)).toBeGreaterThan(0n);
  // An unknown model reads as all zeros.
  const unknown = u8aConcat(call.slice(0, 4), bnToU8a(9_999, { bitLength: 256, isLe: false }));
  const none = (await api.call.reviveApi.call(user.address, precompile, 0, null, null, u8aToHex(unknown))).result.asOk.data.toU8a(true);
  expect(none.every((b) => b === 0)).toBe(true);
});

test('a user buys credits, the broker submits their job, and pays for it from their credits once settled', async () => {
  await broker.send('buy_credits', user, [], sbl('1'));
  expect(await credits()).toBe(sbl('1'));

  const maxPrice = sbl('0.0001');
  const { value } = await broker.send('submit', user, [model, input, 16, 16, maxPrice]);
  const job = Number(value);
  // Held from the user's credits while the job is open; submitted by the broker's account.
  expect(await credits()).toBe(sbl('1') - maxPrice);
  expect((await api.query.jobs.jobs(job)).unwrap().app.toString()).toBe(api.createType('AccountId', broker.accountId).toString());
  await expect(broker.send('settle', user, [job])).rejects.toThrow(ContractError);

  await chain.newBlocks(1);
  expect((await jobStatus(job)).isAssigned).toBe(true);
  await signAndWait(api, api.tx.jobs.submitResult(job, ' Paris.', 7, 3), actors.supplier);

  // No validator runs here: the TIQE+ round ends void and settlement charges at the supplier's
  // reputation, within the job's max price; the chain keeps the charge with the job.
  let charged: bigint | undefined;
  for (let i = 0; i < 40 && charged === undefined; i++) {
    await chain.newBlocks(1);
    const recorded = await api.query.jobs.jobCharges(job);
    if (recorded.isSome) charged = recorded.unwrap().toBigInt();
  }
  expect(charged).toBeDefined();
  expect(charged!).toBeGreaterThan(0n);
  expect(charged!).toBeLessThanOrEqual(maxPrice);

  // Anyone may settle it: the user pays the charge and gets the rest of the reservation back.
  const { value: paid } = await broker.send('settle', actors.source, [job]);
  expect(BigInt(String(paid))).toBe(charged);
  expect(await credits()).toBe(sbl('1') - charged!);
  await expect(broker.send('settle', actors.source, [job])).rejects.toThrow('UnknownJob');
}, 300_000);

test('a job nobody answers expires and the broker refunds it in full', async () => {
  const before = await credits();
  const maxPrice = sbl('0.0002');
  const { value } = await broker.send('submit', user, [model, input, 16, 16, maxPrice]);
  const job = Number(value);
  expect(await credits()).toBe(before - maxPrice);
  const { jobTimeout } = await api.query.jobs.parameters();
  await chain.newBlocks(jobTimeout.toNumber() + 2);
  expect((await jobStatus(job)).isFailed).toBe(true);
  expect(BigInt(String((await broker.send('settle', actors.source, [job])).value))).toBe(0n);
  expect(await credits()).toBe(before);
}, 300_000);

test('the broker refuses by name what the user cannot pay', async () => {
  const tooMuch = (await credits()) + 1n;
  await expect(broker.send('submit', user, [model, input, 16, 16, tooMuch])).rejects.toThrow('InsufficientCredits');
  await expect(broker.send('withdraw', user, [tooMuch])).rejects.toThrow('InsufficientCredits');
  // Unspent credits come back to the user's account.
  const free = async () => (await api.query.system.account(user.address)).data.free.toBigInt();
  const left = await credits();
  const beforeFree = await free();
  await broker.send('withdraw', user, [left]);
  expect(await credits()).toBe(0n);
  expect(await free()).toBeGreaterThan(beforeFree + left - sbl('0.01'));
}, 300_000);
