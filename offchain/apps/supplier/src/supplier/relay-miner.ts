/**
 * The supplier's relay miner (docs/relay-mining.md). Every answered relay whose mining key
 * (the hash of its gateway-signed envelope) falls under the session's mining probability goes
 * into the on-disk store of its (session, application, model) — the leaf holds both signed
 * payloads and no text — and its full record into the archive, from which a TIQE+ committee may
 * later ask for it. Relays that are not mined are neither stored nor archived: the chain never
 * asks about them, which is what keeps a busy supplier's disk and memory flat. A relay that ends
 * after its store was claimed (frozen) is late: it cannot join the claim and is only counted.
 * The mining probability and compute units come from the chain's runtime API
 * (`RelayMiningApi`), so the supplier meters exactly as the chain will.
 *
 *   <dir>/<app>/<session>-<model>.leaves   one store per (session, app, model)
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiPromise } from '@sibyl/chain-client';
import { decodeEnvelope, decodeResponseMetadata } from '@sibyl/protocol';
import { hexToU8a } from '@polkadot/util';
import { MinedRelayStore, encodeRelayLeaf, isMined, miningKey } from '@sibyl/relay-mining';
import type { RelayArchive } from './relay-archive.js';
import type { ServedRelay } from './relay-server.js';

/** Which store a mined relay belongs to. */
export interface StoreKey {
  session: bigint;
  app: string;
  model: number;
}

const STORE_FILE = /^(\d+)-(\d+)\.leaves$/;

/** What became of a served relay. */
export type MiningOutcome = 'mined' | 'not-mined' | 'late' | 'replay';

export interface RelayMinerOptions {
  api: ApiPromise;
  /** Where the stores live (one directory per application). */
  dir: string;
  archive: RelayArchive;
  log?: (line: string) => void;
}

export class RelayMiner {
  private readonly stores = new Map<string, { key: StoreKey; store: MinedRelayStore }>();
  /** Stores being opened, so that relays arriving together share one instance. */
  private readonly opening = new Map<string, Promise<MinedRelayStore>>();
  private readonly probabilities = new Map<string, Promise<bigint>>();

  private constructor(private readonly options: RelayMinerOptions) {}

  /** Opens the miner and every store a previous run left (their relays are claimed as usual). */
  static async open(options: RelayMinerOptions): Promise<RelayMiner> {
    const miner = new RelayMiner(options);
    if (!existsSync(options.dir)) return miner;
    for (const app of readdirSync(options.dir)) {
      for (const file of readdirSync(join(options.dir, app))) {
        const match = STORE_FILE.exec(file);
        if (match) await miner.storeFor({ session: BigInt(match[1]!), app, model: Number(match[2]) });
      }
    }
    return miner;
  }

  /** Stores and archives `relay` if it is mined and its session not yet claimed. */
  async mine(relay: ServedRelay): Promise<MiningOutcome> {
    const envelope = decodeEnvelope(hexToU8a(relay.record.envelope.payload));
    const usage = decodeResponseMetadata(hexToU8a(relay.record.response.payload));
    const key = miningKey(relay.record.envelope);
    if (!isMined(key, await this.probability(envelope.session, envelope.model))) return 'not-mined';
    const store = await this.storeFor({ session: envelope.session, app: envelope.app, model: envelope.model });
    if (store.frozen) return 'late';
    const computeUnits = await this.computeUnits(envelope.model, usage.promptTokens, usage.completionTokens);
    // Archived first: a relay in a claimed tree must be revealable to the committee.
    await this.options.archive.put(relay.digest, relay.record, relay.model, relay.session);
    if (store.frozen) return 'late';
    return store.add(key, computeUnits, encodeRelayLeaf(relay.record.envelope, relay.record.response)) ? 'mined' : 'replay';
  }

  /** The store of `key`, if a relay of it was mined. */
  store(key: StoreKey): MinedRelayStore | undefined {
    return this.stores.get(storeId(key))?.store;
  }

  /** The stores of sessions before `session`: what can be claimed. */
  ended(session: bigint): { key: StoreKey; store: MinedRelayStore }[] {
    return [...this.stores.values()].filter((s) => s.key.session < session);
  }

  /** Deletes a store once its claim is settled or void. */
  async discard(key: StoreKey): Promise<void> {
    const id = storeId(key);
    const entry = this.stores.get(id);
    this.stores.delete(id);
    await entry?.store.discard();
  }

  async close(): Promise<void> {
    for (const { store } of this.stores.values()) await store.close();
    this.stores.clear();
  }

  /**
   * The store of `key`, opened once: relays that arrive together for a new store wait for the
   * same opening. Two instances on one log would each write at their own offsets over the
   * other's records, and the claimed tree would hash one relay's key with another's value: a
   * claim no proof can open, and its supplier slashed.
   */
  private storeFor(key: StoreKey): Promise<MinedRelayStore> {
    const id = storeId(key);
    const open = this.stores.get(id);
    if (open) return Promise.resolve(open.store);
    let opening = this.opening.get(id);
    if (!opening) {
      opening = MinedRelayStore.open({ dir: join(this.options.dir, key.app), session: key.session, model: key.model })
        .then((store) => {
          this.stores.set(id, { key, store });
          return store;
        })
        .finally(() => this.opening.delete(id));
      this.opening.set(id, opening);
    }
    return opening;
  }

  /** The session's mining probability; fixed when the session starts, so read once. */
  private probability(session: bigint, model: number): Promise<bigint> {
    const id = `${session}/${model}`;
    let known = this.probabilities.get(id);
    if (!known) {
      known = this.options.api.call.relayMiningApi.miningProbability(session, model).then((p) => p.toBigInt());
      known.catch(() => this.probabilities.delete(id));
      this.probabilities.set(id, known);
      // A few sessions' worth: relays of older sessions are no longer accepted.
      if (this.probabilities.size > 64) this.probabilities.delete(this.probabilities.keys().next().value as string);
    }
    return known;
  }

  /** A relay's compute units, as the chain computes them (`RelayMiningApi::compute_units`). */
  private async computeUnits(model: number, promptTokens: number, completionTokens: number): Promise<bigint> {
    const units = await this.options.api.call.relayMiningApi.computeUnits(model, promptTokens, completionTokens);
    if (units.isNone) throw new Error(`model ${model} has no compute weights on chain`);
    return units.unwrap().toBigInt();
  }
}

export function storeId(key: StoreKey): string {
  return `${key.session}/${key.app}/${key.model}`;
}
