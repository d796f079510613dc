/**
 * Puts the dev network's actors on chain, idempotently: the default model registered by its
 * Source, a supplier staked for it, a gateway, an application delegating to the gateway, and a
 * validator. Development accounts only (their keys are public); a real network registers with
 * its operators' own keys through Polkadot.js or the CLIs.
 */
import type { KeyringPair } from '@polkadot/keyring/types';
import { devAccount, dispatchAsRoot, sbl, signAndWait, type ApiPromise } from '@sibyl/chain-client';
import { DEFAULT_DEV_MODEL } from '@sibyl/model-runtime';
import { subjects } from '@sibyl/protocol';

export interface DevActors {
  source: KeyringPair;
  supplier: KeyringPair;
  gateway: KeyringPair;
  app: KeyringPair;
  validator: KeyringPair;
}

/** The dev accounts and what each plays: Alice publishes, Bob supplies, Charlie runs the gateway, Dave is the app, Eve validates. */
export async function devActors(): Promise<DevActors> {
  return {
    source: await devAccount('Alice'),
    supplier: await devAccount('Bob'),
    gateway: await devAccount('Charlie'),
    app: await devAccount('Dave'),
    validator: await devAccount('Eve'),
  };
}

export interface ProvisionOptions {
  gatewayUrl: string;
  /** Per-session spend limit of the dev application (default 10 SBL). */
  spendLimit?: bigint;
  /** Declared supplier capacity in tokens/s (default 50). */
  capacityTps?: number;
  /**
   * TIQE+ parameters to set (by Sudo or Council motion) where they differ from the chain's
   * (field names as in `tiqe.parameters`, e.g. `{ commitWindow: 20, revealWindow: 10 }`).
   */
  tiqe?: Record<string, number | string>;
  /** Session parameters to set where they differ (apply from the next session). */
  sessions?: Record<string, number | string>;
  /** Relay-mining parameters to set where they differ. */
  relayMining?: Record<string, number | string>;
}

/** Registers what is missing; returns the dev model's chain id. */
export async function provisionDevNetwork(api: ApiPromise, actors: DevActors, options: ProvisionOptions): Promise<number> {
  const m = DEFAULT_DEV_MODEL;
  let modelId: number;
  const existing = await api.query.models.modelBySha256(`0x${m.artifact.sha256}`);
  if (existing.isSome) {
    modelId = existing.unwrap().toNumber();
  } else {
    modelId = (await api.query.models.nextModelId()).toNumber();
    await signAndWait(
      api,
      api.tx.models.register({
        name: m.name,
        sha256: `0x${m.artifact.sha256}`,
        sizeBytes: m.artifact.sizeBytes,
        quantization: m.quantization,
        contextLength: m.contextLength,
        chatTemplate: m.chatTemplate,
        license: m.license,
        uris: [...m.artifact.uris],
        royalty: 100_000_000, // Perbill: 10%
        priceFloor: sbl('0.001'), // per 1k compute units
        computeWeights: { promptToken: 1, completionToken: 4 },
      }),
      actors.source,
    );
  }
  // The model's owner publishes its calibration with it; validators score its relays by it.
  if ((await api.query.tiqe.calibrations(modelId)).isNone) {
    await signAndWait(api, api.tx.tiqe.setCalibration(modelId, m.calibration), actors.source);
  }
  if ((await api.query.stakes.suppliers(actors.supplier.address)).isNone) {
    await signAndWait(
      api,
      api.tx.stakes.registerSupplier(sbl(2_000), [modelId], subjects.relay(actors.supplier.address), options.capacityTps ?? 50, {
        Single: null,
      }),
      actors.supplier,
    );
  }
  if ((await api.query.stakes.gateways(actors.gateway.address)).isNone) {
    await signAndWait(api, api.tx.stakes.registerGateway(sbl(500), options.gatewayUrl), actors.gateway);
  }
  if ((await api.query.stakes.applications(actors.app.address)).isNone) {
    await signAndWait(
      api,
      api.tx.stakes.registerApplication(sbl(100), [actors.gateway.address], options.spendLimit ?? sbl(10)),
      actors.app,
    );
  }
  if ((await api.query.stakes.bonds('Validator', actors.validator.address)).isNone) {
    await signAndWait(api, api.tx.stakes.registerValidator(sbl(1_000)), actors.validator);
  }
  for (const pallet of ['tiqe', 'sessions', 'relayMining'] as const) {
    const changes = options[pallet];
    if (changes) await setParameters(api, actors.source, pallet, changes);
  }
  return modelId;
}

/** The pallets whose governance-set `parameters` the dev network tunes. */
export type TunablePallet = 'tiqe' | 'sessions' | 'relayMining' | 'pricing' | 'settlement' | 'jobs';

/** The development Council (Alice, Bob, Charlie), who pass motions on chains without Sudo. */
export async function devCouncil(): Promise<KeyringPair[]> {
  return Promise.all((['Alice', 'Bob', 'Charlie'] as const).map((name) => devAccount(name)));
}

/**
 * Sets a pallet's parameters where they differ: with Sudo when `admin` holds the chain's sudo
 * key (the dev chain), otherwise by a motion of the development Council (the `local` chain).
 */
export async function setParameters(
  api: ApiPromise,
  admin: KeyringPair,
  pallet: TunablePallet,
  changes: Record<string, number | string>,
): Promise<void> {
  const current = (await api.query[pallet].parameters()).toJSON() as Record<string, unknown>;
  const wanted = { ...current, ...changes };
  if (JSON.stringify(wanted) === JSON.stringify(current)) return;
  await dispatchAsRoot(api, api.tx[pallet].setParameters(wanted as never), admin, await devCouncil());
}
