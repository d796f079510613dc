/**
 * Everything `sibyl status` shows of one account, read from chain storage at one block so the
 * parts agree: balance, bonds per role (active and unbonding), the current session, its claims of
 * recent sessions with their windows, its α and reputation, what awaits settlement, and — from the
 * events of the last few blocks only (a bounded lookback, never a history scan) — what settled
 * for it and any slash.
 */
import { u8aToString } from '@polkadot/util';
import type { ApiPromise } from '@sibyl/chain-client';
import { sblText } from './amounts.js';
import { chainRole, ROLES, type RoleName } from './roles.js';

export interface StatusOptions {
  /** Ended sessions to show claims and α for (the chain keeps a few). */
  sessions: number;
  /** Blocks whose events are read for settlements and slashes. */
  blocks: number;
}

export interface UnbondingChunk {
  amount: string;
  unlockAt: number;
  unlocked: boolean;
}

export interface RoleStake {
  active: string;
  unbonding: UnbondingChunk[];
  /** What `sibyl withdraw` would release now. */
  withdrawable: string;
  /** The role's minimum active bond. */
  minimum: string;
  config?: Record<string, unknown>;
}

export interface ClaimStatus {
  session: number;
  app: string;
  model: number;
  relays: number;
  computeUnits: number;
  paths: number;
  claimedAt: number;
  proven: boolean;
  windows?: { claimOpen: number; claimClose: number; proofClose: number };
}

export interface StatusReport {
  address: string;
  block: { number: number; hash: string };
  balance: { free: string; reserved: string; frozen: string };
  session: { current: number; start?: number; end?: number; length?: number; blocksLeft?: number };
  stakes: Record<RoleName, RoleStake | null>;
  claims: ClaimStatus[];
  quality: { lastAlpha: number | null; reputation: number | null; sessions: { session: number; meanAlpha: number; rounds: number }[] };
  settlement: { awaitingEvaluation: number; outstandingAsApplication: number; spentThisSession: string };
  recent: {
    fromBlock: number;
    toBlock: number;
    asSupplier: { settled: number; earned: string };
    asApplication: { settled: number; charged: string };
    slashes: { block: number; role: string; amount: string; reason: string }[];
  };
}

const PERMILL = 1_000_000;

/** Runs `work` over `items`, at most `limit` at a time, keeping their order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

type At = Awaited<ReturnType<ApiPromise['at']>>;

async function roleConfiguration(at: At, role: RoleName, address: string): Promise<Record<string, unknown> | undefined> {
  switch (role) {
    case 'supplier': {
      const c = await at.query.stakes.suppliers(address);
      if (c.isNone) return undefined;
      const s = c.unwrap();
      return {
        models: s.models.map((m) => m.toNumber()),
        subject: u8aToString(s.natsSubject),
        capacityTps: s.capacityTps.toNumber(),
        devices: s.device.isCluster ? s.device.asCluster.devices.toNumber() : 1,
      };
    }
    case 'gateway': {
      const c = await at.query.stakes.gateways(address);
      return c.isNone ? undefined : { url: u8aToString(c.unwrap().url) };
    }
    case 'application': {
      const c = await at.query.stakes.applications(address);
      if (c.isNone) return undefined;
      const a = c.unwrap();
      const next = a.nextLimit.isSome ? a.nextLimit.unwrap() : undefined;
      return {
        gateways: a.delegations.filter((d) => d.until.isNone).map((d) => d.gateway.toString()),
        spendLimit: sblText(a.spendLimit.toBigInt()),
        ...(next ? { nextSpendLimit: { fromSession: next[0].toNumber(), limit: sblText(next[1].toBigInt()) } } : {}),
      };
    }
    case 'validator':
      return undefined;
  }
}

async function readStakes(at: At, address: string, best: number): Promise<Record<RoleName, RoleStake | null>> {
  const params = await at.query.stakes.parameters();
  const minimum: Record<RoleName, bigint> = {
    supplier: params.minSupplierStake.toBigInt(),
    validator: params.minValidatorStake.toBigInt(),
    gateway: params.minGatewayStake.toBigInt(),
    application: params.minApplicationDeposit.toBigInt(),
  };
  const entries = await Promise.all(
    ROLES.map(async (role): Promise<[RoleName, RoleStake | null]> => {
      const bond = await at.query.stakes.bonds(chainRole(role), address);
      if (bond.isNone) return [role, null];
      const b = bond.unwrap();
      const unbonding = b.unlocking.map((c) => ({ amount: c.value.toBigInt(), unlockAt: c.unlockAt.toNumber() }));
      const withdrawable = unbonding.filter((c) => c.unlockAt <= best).reduce((sum, c) => sum + c.amount, 0n);
      const config = await roleConfiguration(at, role, address);
      return [
        role,
        {
          active: sblText(b.active.toBigInt()),
          unbonding: unbonding.map((c) => ({ amount: sblText(c.amount), unlockAt: c.unlockAt, unlocked: c.unlockAt <= best })),
          withdrawable: sblText(withdrawable),
          minimum: sblText(minimum[role]),
          ...(config ? { config } : {}),
        },
      ];
    }),
  );
  return Object.fromEntries(entries) as Record<RoleName, RoleStake | null>;
}

async function readClaims(api: ApiPromise, at: At, address: string, sessions: number[]): Promise<ClaimStatus[]> {
  const perSession = await Promise.all(
    sessions.map(async (session) => {
      const entries = await at.query.relayMining.claims.entries(session);
      const mine = entries.filter(([key]) => key.args[1][0].toString() === address);
      if (!mine.length) return [];
      const w = await api.call.relayMiningApi.claimWindows(session);
      const windows = w.isSome
        ? { claimOpen: w.unwrap().claimOpen.toNumber(), claimClose: w.unwrap().claimClose.toNumber(), proofClose: w.unwrap().proofClose.toNumber() }
        : undefined;
      return mine
        .filter(([, claim]) => claim.isSome)
        .map(([key, claim]): ClaimStatus => {
          const c = claim.unwrap();
          return {
            session,
            app: key.args[1][1].toString(),
            model: key.args[1][2].toNumber(),
            relays: c.root.count.toNumber(),
            computeUnits: c.root.sum.toNumber(),
            paths: c.paths.toNumber(),
            claimedAt: c.claimedAt.toNumber(),
            proven: c.proven.isTrue,
            ...(windows ? { windows } : {}),
          };
        });
    }),
  );
  return perSession.flat();
}

async function readRecentEvents(api: ApiPromise, address: string, best: number, blocks: number): Promise<StatusReport['recent']> {
  const from = Math.max(1, best - blocks + 1);
  const numbers = Array.from({ length: Math.max(0, best - from + 1) }, (_, i) => from + i);
  let supplierSettled = 0;
  let earned = 0n;
  let appSettled = 0;
  let charged = 0n;
  const slashes: StatusReport['recent']['slashes'] = [];
  await mapLimited(numbers, 8, async (n) => {
    const hash = await api.rpc.chain.getBlockHash(n);
    const events = await (await api.at(hash)).query.system.events();
    for (const { event } of events) {
      if (api.events.settlement.Settled.is(event)) {
        const d = event.data;
        if (d.supplier.toString() === address) {
          supplierSettled++;
          earned += d.payout.supplier.toBigInt();
        }
        if (d.app.toString() === address) {
          appSettled++;
          charged += d.charged.toBigInt();
        }
      } else if (api.events.stakes.Slashed.is(event) && event.data.who.toString() === address) {
        slashes.push({ block: n, role: event.data.role.type, amount: sblText(event.data.amount.toBigInt()), reason: event.data.reason.type });
      }
    }
  });
  slashes.sort((a, b) => a.block - b.block);
  return {
    fromBlock: from,
    toBlock: best,
    asSupplier: { settled: supplierSettled, earned: sblText(earned) },
    asApplication: { settled: appSettled, charged: sblText(charged) },
    slashes,
  };
}

/** Reads `address`'s status at the best block. */
export async function readStatus(api: ApiPromise, address: string, options: StatusOptions): Promise<StatusReport> {
  const header = await api.rpc.chain.getHeader();
  const best = header.number.toNumber();
  const hash = header.hash.toHex();
  const at = await api.at(hash);
  const current = (await at.query.sessions.currentSession()).toNumber();
  const info = await at.query.sessions.sessions(current);
  const session: StatusReport['session'] = { current };
  if (info.isSome) {
    const start = info.unwrap().start.toNumber();
    const length = info.unwrap().length.toNumber();
    Object.assign(session, { start, length, end: start + length - 1, blocksLeft: Math.max(0, start + length - best) });
  }
  const ended = Array.from({ length: Math.min(options.sessions, current) }, (_, i) => current - 1 - i);
  const [account, stakes, claims, quality, reputation, sessionScores, awaiting, outstanding, spent, recent] = await Promise.all([
    at.query.system.account(address),
    readStakes(at, address, best),
    readClaims(api, at, address, ended),
    at.query.tiqe.quality(address),
    at.query.tiqe.reputation(address),
    Promise.all([current, ...ended].map(async (s) => ({ session: s, score: await at.query.tiqe.sessionQuality(address, s) }))),
    at.query.settlement.awaitingEvaluation.entries(),
    at.query.settlement.outstanding(address),
    at.query.settlement.spent(current, address),
    readRecentEvents(api, address, best, options.blocks),
  ]);
  return {
    address,
    block: { number: best, hash },
    balance: {
      free: sblText(account.data.free.toBigInt()),
      reserved: sblText(account.data.reserved.toBigInt()),
      frozen: sblText(account.data.frozen.toBigInt()),
    },
    session,
    stakes,
    claims,
    quality: {
      lastAlpha: quality.isSome ? quality.unwrap().toNumber() / PERMILL : null,
      reputation: reputation.isSome ? reputation.unwrap().toNumber() / PERMILL : null,
      sessions: sessionScores
        .filter(({ score }) => score.isSome)
        .map(({ session: s, score }) => ({ session: s, meanAlpha: score.unwrap().mean.toNumber() / PERMILL, rounds: score.unwrap().rounds.toNumber() })),
    },
    settlement: {
      awaitingEvaluation: awaiting.filter(([, p]) => p.isSome && (p.unwrap().supplier.toString() === address || p.unwrap().app.toString() === address)).length,
      outstandingAsApplication: outstanding.toNumber(),
      spentThisSession: sblText(spent.toBigInt()),
    },
    recent,
  };
}
