/**
 * What the chain says of the applications this gateway serves: whether each is registered and
 * active (its deposit at least the minimum), which gateways it delegates to, its spend limit per
 * session and the deposit that backs it. Read once when an application is first seen, then
 * refreshed in the background with every new block, so no request waits for the chain; at most
 * `maxApplications` are followed (the least recently used are dropped).
 */
import type { ApiPromise } from '@polkadot/api';

/** A gateway an application delegates to: from session `from`, through `until` if withdrawn. */
export interface Delegation {
  gateway: string;
  from: bigint;
  until: bigint | null;
}

/** An application's standing on chain, as of the last block read. */
export interface ApplicationStanding {
  /** Registered as an application. */
  registered: boolean;
  /** Its active deposit is at least the minimum: it may be served. */
  active: boolean;
  /** Its delegations, live and recently withdrawn. */
  delegations: Delegation[];
  /** The spend limit from the current session on, and a lower one from a later session. */
  spendLimit: bigint;
  nextLimit: { from: bigint; limit: bigint } | null;
  /** Active deposit plus what is unbonding: everything that still pays its charges. */
  payable: bigint;
}

const UNREGISTERED: ApplicationStanding = { registered: false, active: false, delegations: [], spendLimit: 0n, nextLimit: null, payable: 0n };

/** The spend limit in force in `session`. */
export function limitIn(standing: ApplicationStanding, session: bigint): bigint {
  return standing.nextLimit && session >= standing.nextLimit.from ? standing.nextLimit.limit : standing.spendLimit;
}

/**
 * The gateways that may sign relays for the application in `session`: the chain pays relays of
 * no other (`StakeInspect::is_delegated`). This set is fixed when the session starts (a new
 * delegation counts from the next session), so the gateways in it can share the session's spend
 * limit.
 */
export function gatewaysIn(standing: ApplicationStanding, session: bigint): string[] {
  return standing.delegations.filter((d) => d.from <= session && (d.until === null || session <= d.until)).map((d) => d.gateway);
}

export class ApplicationDirectory {
  private readonly standings = new Map<string, ApplicationStanding>();
  private readonly loading = new Map<string, Promise<ApplicationStanding>>();
  /** When each application was last re-read on demand (see `reread`), oldest first. */
  private readonly rereadAt = new Map<string, number>();
  private unsubscribe: (() => void) | undefined;
  private refreshing = false;
  private minDeposit = 0n;
  /** The oldest session whose relay-mining claims are not yet closed. */
  private openFrom = 0n;

  constructor(
    private readonly api: ApiPromise,
    private readonly maxApplications = 10_000,
  ) {}

  async start(): Promise<void> {
    await this.refresh();
    this.unsubscribe = await this.api.rpc.chain.subscribeNewHeads(() => void this.refresh().catch(() => undefined));
  }

  stop(): void {
    this.unsubscribe?.();
  }

  /** Applications followed now. */
  get size(): number {
    return this.standings.size;
  }

  /**
   * The oldest session whose charges may still be unsettled: claims of sessions from
   * `nextToClose` on may still be made or proven, and the session before may still be waiting
   * for its TIQE+ rounds.
   */
  get unsettledFrom(): bigint {
    return this.openFrom > 0n ? this.openFrom - 1n : 0n;
  }

  /** `app`'s standing: from memory, or read from the chain the first time (one read). */
  async standing(app: string): Promise<ApplicationStanding> {
    const known = this.standings.get(app);
    if (known) {
      // Most recently used last: the first key is the one to drop when full.
      this.standings.delete(app);
      this.standings.set(app, known);
      return known;
    }
    return this.load(app);
  }

  /**
   * `app`'s standing read from the chain now, for a caller about to refuse it on what memory
   * says: a refusal of a staked gateway's relay should rest on the chain, not on a copy that may
   * be a block old. Concurrent calls share one read, and an application is re-read at most once
   * per `minRereadMs`, so refused envelopes cannot turn into a stream of chain reads.
   */
  async reread(app: string, minRereadMs = 1_000): Promise<ApplicationStanding> {
    const last = this.rereadAt.get(app);
    const known = this.standings.get(app);
    if (known && last !== undefined && Date.now() - last < minRereadMs) return known;
    if (!this.loading.has(app)) {
      this.rereadAt.delete(app);
      this.rereadAt.set(app, Date.now());
      while (this.rereadAt.size > this.maxApplications) this.rereadAt.delete(this.rereadAt.keys().next().value as string);
    }
    return this.load(app);
  }

  /** Reads `app` from the chain and remembers it; concurrent calls share the read in flight. */
  private load(app: string): Promise<ApplicationStanding> {
    let pending = this.loading.get(app);
    if (!pending) {
      pending = this.read([app]).then(([standing]) => {
        this.remember(app, standing!);
        return standing!;
      });
      pending.finally(() => this.loading.delete(app)).catch(() => undefined);
      this.loading.set(app, pending);
    }
    return pending;
  }

  /** Re-reads every followed application (and the chain values budgets depend on) now. */
  async refresh(): Promise<void> {
    if (this.refreshing) return;
    this.refreshing = true;
    try {
      const [params, nextToClose] = await Promise.all([this.api.query.stakes.parameters(), this.api.query.relayMining.nextToClose()]);
      this.minDeposit = params.minApplicationDeposit.toBigInt();
      this.openFrom = nextToClose.toBigInt();
      const apps = [...this.standings.keys()];
      if (apps.length === 0) return;
      const fresh = await this.read(apps);
      apps.forEach((app, i) => this.standings.has(app) && this.standings.set(app, fresh[i]!));
    } finally {
      this.refreshing = false;
    }
  }

  private remember(app: string, standing: ApplicationStanding): void {
    this.standings.set(app, standing);
    while (this.standings.size > this.maxApplications) this.standings.delete(this.standings.keys().next().value as string);
  }

  private async read(apps: string[]): Promise<ApplicationStanding[]> {
    // Both reads at one named block: a query at "the head" can land while a dev node builds the
    // next block and has been seen to answer None for a registered application.
    const at = await this.api.at(await this.api.rpc.chain.getBlockHash());
    const [configs, bonds] = await Promise.all([
      at.query.stakes.applications.multi(apps),
      at.query.stakes.bonds.multi(apps.map((app) => ['Application', app] as [string, string])),
    ]);
    return apps.map((_, i) => {
      const config = configs[i]!;
      const bond = bonds[i]!;
      if (config.isNone || bond.isNone) return UNREGISTERED;
      const c = config.unwrap();
      const b = bond.unwrap();
      const active = b.active.toBigInt();
      const unbonding = b.unlocking.reduce((sum, chunk) => sum + chunk.value.toBigInt(), 0n);
      const next = c.nextLimit.isSome ? c.nextLimit.unwrap() : undefined;
      return {
        registered: true,
        active: active > 0n && active >= this.minDeposit,
        delegations: c.delegations.map((d) => ({
          gateway: d.gateway.toString(),
          from: d.from.toBigInt(),
          until: d.until.isSome ? d.until.unwrap().toBigInt() : null,
        })),
        spendLimit: c.spendLimit.toBigInt(),
        nextLimit: next ? { from: next[0].toBigInt(), limit: next[1].toBigInt() } : null,
        payable: active + unbonding,
      };
    });
  }
}
