/**
 * What the pages read from the chain's current state (the best block): models, stakes, the
 * session, governance, one supplier, model or job. Each read is cached briefly by
 * {@link ChainWatch} (bounded, concurrent requests share one read), so a page polled by many
 * browsers costs the node one read per few seconds. Storage items read: docs/dashboard.md.
 */
import { readModels, type ApiPromise, type ChainWatch } from '@sibyl/chain-client';
import type { Planck } from './model.js';

export const ROLES = ['Supplier', 'Validator', 'Gateway', 'Application'] as const;
export type Role = (typeof ROLES)[number];

/** Members listed per role at most (all are counted and summed). */
const MAX_LISTED_MEMBERS = 500;

/** A registry record (decoded by `@sibyl/chain-client`) with its amounts as planck strings. */
export interface ModelSummary {
  id: number;
  name: string;
  owner: string;
  status: string;
  /** Lowercase hex, no 0x. */
  sha256: string;
  sizeBytes: number;
  quantization: string;
  contextLength: number;
  license: string;
  uris: string[];
  /** Parts per billion of a charge. */
  royalty: number;
  priceFloor: Planck;
  /** Current price per 1k CU (`pricing.prices`), when priced. */
  price?: Planck;
  computeWeights: { promptToken: number; completionToken: number };
  deposit: Planck;
  registeredAt: number;
}

export interface RoleSummary {
  count: number;
  totalStake: Planck;
  /** Heaviest first, at most {@link MAX_LISTED_MEMBERS}. */
  members: { address: string; stake: Planck; unlocking: Planck }[];
}

export interface ChainSummary {
  chain: string;
  specVersion: number;
  bestBlock: number;
  finalizedBlock: number;
  session: { current: number; start?: number; length?: number };
  models: ModelSummary[];
  roles: Record<Role, RoleSummary>;
}

export interface SupplierState {
  address: string;
  bond?: { active: Planck; unlocking: { value: Planck; unlockAt: number }[] };
  config?: { models: number[]; capacityTps: number; device: string; natsSubject: string };
  /** α of its last finalized round and its reputation (parts per million). */
  quality?: number;
  reputation?: number;
}

export interface GovernanceState {
  /** Each pallet's `parameters` storage item, as plain values. */
  parameters: Record<string, unknown>;
  authorities: { authorities: string[]; sessionPeriod: number };
  council: {
    members: string[];
    prime?: string;
    proposalCount: number;
    motions: { hash: string; index?: number; call?: { section: string; method: string; args: unknown }; threshold?: number; ayes: string[]; nays: string[]; end?: number }[];
  };
  sudoKey?: string;
}

/** A storage value's plain form (numbers, or strings past 2⁵³). */
interface Plain {
  toPrimitive(): unknown;
}

export class ChainReads {
  constructor(
    private readonly api: ApiPromise,
    private readonly watch: ChainWatch,
  ) {}

  /** Every registered model with its current price. */
  models(): Promise<ModelSummary[]> {
    return this.watch.cached('models', async () => {
      const [records, priced] = await Promise.all([readModels(this.api), this.api.query.pricing.prices.entries()]);
      const prices = new Map(priced.filter(([, p]) => p.isSome).map(([key, p]) => [key.args[0].toNumber(), p.unwrap().toString()]));
      return records.map(({ chatTemplate: _template, priceFloor, deposit, ...m }) => ({
        ...m,
        priceFloor: priceFloor.toString(),
        price: prices.get(m.id),
        deposit: deposit.toString(),
      }));
    });
  }

  /** Members and stake of `role` (`stakes.bonds` under the role's prefix). */
  role(role: Role): Promise<RoleSummary> {
    return this.watch.cached(`role:${role}`, async () => {
      const entries = await this.api.query.stakes.bonds.entries(role);
      let total = 0n;
      const members = entries.flatMap(([key, bond]) => {
        if (bond.isNone) return [];
        const { active, unlocking } = bond.unwrap();
        total += active.toBigInt();
        const unlockingSum = unlocking.reduce((sum, chunk) => sum + chunk.value.toBigInt(), 0n);
        return [{ address: key.args[1].toString(), active: active.toBigInt(), unlocking: unlockingSum }];
      });
      members.sort((a, b) => (a.active === b.active ? 0 : a.active > b.active ? -1 : 1));
      return {
        count: members.length,
        totalStake: total.toString(),
        members: members.slice(0, MAX_LISTED_MEMBERS).map((m) => ({ address: m.address, stake: m.active.toString(), unlocking: m.unlocking.toString() })),
      };
    });
  }

  async summary(): Promise<ChainSummary> {
    const [chain, version, session, models, ...roles] = await Promise.all([
      this.watch.cached('chain', async () => (await this.api.rpc.system.chain()).toString(), { lasting: () => true }),
      this.watch.cached('version', async () => (await this.api.rpc.state.getRuntimeVersion()).specVersion.toNumber()),
      this.session(),
      this.models(),
      ...ROLES.map((r) => this.role(r)),
    ]);
    return {
      chain,
      specVersion: version,
      bestBlock: this.watch.bestBlock,
      finalizedBlock: this.watch.finalizedBlock,
      session,
      models,
      roles: Object.fromEntries(ROLES.map((r, i) => [r, roles[i]!])) as Record<Role, RoleSummary>,
    };
  }

  session(): Promise<ChainSummary['session']> {
    return this.watch.cached('session', async () => {
      const [current, info] = await this.api.call.sessionsApi.currentSession();
      const kept = info.isSome ? info.unwrap() : undefined;
      return { current: current.toNumber(), start: kept?.start.toNumber(), length: kept?.length.toNumber() };
    });
  }

  /** `address` in canonical SS58 form, or undefined when it is not an account id. */
  account(address: string): string | undefined {
    try {
      const id = this.api.createType('AccountId32', address);
      return id.isEmpty ? undefined : id.toString();
    } catch {
      return undefined;
    }
  }

  supplier(address: string): Promise<SupplierState> {
    return this.watch.cached(`supplier:${address}`, async () => {
      const [bond, config, quality, reputation] = await Promise.all([
        this.api.query.stakes.bonds('Supplier', address),
        this.api.query.stakes.suppliers(address),
        this.api.query.tiqe.quality(address),
        this.api.query.tiqe.reputation(address),
      ]);
      const state: SupplierState = { address };
      if (bond.isSome) {
        const b = bond.unwrap();
        state.bond = { active: b.active.toString(), unlocking: b.unlocking.map((c) => ({ value: c.value.toString(), unlockAt: c.unlockAt.toNumber() })) };
      }
      if (config.isSome) {
        const c = config.unwrap();
        state.config = {
          models: c.models.map((m) => m.toNumber()),
          capacityTps: c.capacityTps.toNumber(),
          device: c.device.isCluster ? `cluster of ${c.device.asCluster.devices.toNumber()}` : 'single',
          natsSubject: c.natsSubject.toUtf8(),
        };
      }
      if (quality.isSome) state.quality = quality.unwrap().toNumber();
      if (reputation.isSome) state.reputation = reputation.unwrap().toNumber();
      return state;
    });
  }

  /** The suppliers serving `model` (`stakes.suppliersByModel`). */
  suppliersOf(model: number): Promise<string[]> {
    return this.watch.cached(`suppliersOf:${model}`, async () => {
      const keys = await this.api.query.stakes.suppliersByModel.keys(model);
      return keys.slice(0, MAX_LISTED_MEMBERS).map((k) => k.args[1].toString());
    });
  }

  /** A job's on-chain record (`jobs.jobs`, until pruned) and charge (`jobs.jobCharges`). */
  job(id: number): Promise<Record<string, unknown> | undefined> {
    return this.watch.cached(`job:${id}`, async () => {
      const [job, charge] = await Promise.all([this.api.query.jobs.jobs(id), this.api.query.jobs.jobCharges(id)]);
      if (job.isNone) return undefined;
      const j = job.unwrap();
      const result = j.result.isSome ? j.result.unwrap() : undefined;
      return {
        app: j.app.toString(),
        model: j.model.toNumber(),
        session: j.session.toNumber(),
        promptTokens: j.promptTokens.toNumber(),
        maxTokens: j.sampling.maxTokens.toNumber(),
        maxPrice: j.maxPrice.toString(),
        deposit: j.deposit.toString(),
        submittedAt: j.submittedAt.toNumber(),
        status: j.status.type,
        supplier: j.status.isAssigned ? j.status.asAssigned.supplier.toString() : j.status.isCompleted ? j.status.asCompleted.supplier.toString() : j.status.isRefused ? j.status.asRefused.supplier.toString() : undefined,
        input: j.input.toUtf8(),
        output: result ? result.output.toUtf8() : undefined,
        completionTokens: result?.completionTokens.toNumber(),
        charged: charge.isSome ? charge.unwrap().toString() : undefined,
      };
    });
  }

  governance(): Promise<GovernanceState> {
    return this.watch.cached('governance', async () => {
      const query = this.api.query as unknown as Record<string, Record<string, unknown>>;
      const parameters: Record<string, unknown> = {};
      for (const [pallet, items] of Object.entries(query)) {
        const read = items.parameters;
        if (typeof read === 'function') parameters[pallet] = ((await (read as () => Promise<Plain>)()) as Plain).toPrimitive();
      }
      const [authorities, sessionPeriod, members, prime, proposalCount, hashes] = await Promise.all([
        this.api.query.authorities.authorities(),
        this.api.query.authorities.sessionPeriod(),
        this.api.query.council.members(),
        this.api.query.council.prime(),
        this.api.query.council.proposalCount(),
        this.api.query.council.proposals(),
      ]);
      const motions = await Promise.all(
        hashes.map(async (hash) => {
          const [call, voting] = await Promise.all([this.api.query.council.proposalOf(hash), this.api.query.council.voting(hash)]);
          const c = call.isSome ? call.unwrap() : undefined;
          const v = voting.isSome ? voting.unwrap() : undefined;
          return {
            hash: hash.toHex(),
            index: v?.index.toNumber(),
            call: c ? { section: c.section, method: c.method, args: c.toHuman() } : undefined,
            threshold: v?.threshold.toNumber(),
            ayes: v?.ayes.map((a) => a.toString()) ?? [],
            nays: v?.nays.map((a) => a.toString()) ?? [],
            end: v?.end.toNumber(),
          };
        }),
      );
      const sudo = this.api.query.sudo ? await this.api.query.sudo.key() : undefined;
      return {
        parameters,
        authorities: { authorities: authorities.map((a) => a.toString()), sessionPeriod: sessionPeriod.toNumber() },
        council: { members: members.map((m) => m.toString()), prime: prime.isSome ? prime.unwrap().toString() : undefined, proposalCount: proposalCount.toNumber(), motions },
        sudoKey: sudo?.isSome ? sudo.unwrap().toString() : undefined,
      };
    });
  }

  /** Drops cached reads (after a block changed governance, say). */
  invalidate(): void {
    this.watch.invalidate();
  }
}
