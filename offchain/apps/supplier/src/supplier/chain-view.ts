/**
 * What a supplier needs to know from the chain to accept a relay: the session, which gateways are
 * staked, each application's standing (active, delegating to the gateway), whether this supplier
 * was drawn for the application's model in the envelope's session (a relay it was not drawn for
 * could never be claimed), and until when a relay of the session before may still start.
 *
 * Gateways and applications are refreshed with every block in the background, and a new
 * session's draws and the ended session's claim windows are read as it starts; the check itself
 * reads the chain only for an application or (app, model) seen for the first time, and only for
 * envelopes a staked gateway signed.
 */
import { ApplicationDirectory, ChainWatch, ClaimWindowBook, GatewayRegistry, gatewaysIn, type ApiPromise, type ApplicationStanding } from '@sibyl/chain-client';

export class RelayAuthorizationError extends Error {
  override readonly name = 'RelayAuthorizationError';
}

/** A relay envelope's parties, as the chain checks them. */
export interface RelayParties {
  session: bigint;
  gateway: string;
  app: string;
  supplier: string;
  model: number;
}

/** Whether `standing` lets `relay`'s gateway relay for its application in its session. */
function admits(standing: ApplicationStanding, relay: RelayParties): boolean {
  return standing.registered && standing.active && gatewaysIn(standing, relay.session).includes(relay.gateway);
}

export class ChainView {
  private readonly watch: ChainWatch;
  readonly gateways: GatewayRegistry;
  readonly applications: ApplicationDirectory;
  /** Ended sessions' claim and proof windows (the claim submitter reads them too). */
  readonly claimWindows: ClaimWindowBook;

  constructor(
    api: ApiPromise,
    ttlMs = 6_000,
    /** Told when a re-read from the chain overturned what memory said. */
    private readonly onStale?: (line: string) => void,
  ) {
    this.watch = new ChainWatch(api, ttlMs);
    this.gateways = new GatewayRegistry(api);
    this.applications = new ApplicationDirectory(api);
    this.claimWindows = new ClaimWindowBook(api);
    // A relay of the session just ended may still come (its gateway a block behind): have that
    // session's windows in memory before it does.
    this.watch.onNewSession((session) => void this.claimWindows.get(session - 1n).catch(() => undefined));
  }

  async start(): Promise<void> {
    await Promise.all([this.watch.start(), this.gateways.start(), this.applications.start(), this.claimWindows.start()]);
  }

  stop(): void {
    this.watch.stop();
    this.gateways.stop();
    this.applications.stop();
    this.claimWindows.stop();
  }

  get session(): bigint {
    return this.watch.session;
  }

  get bestBlock(): number {
    return this.watch.bestBlock;
  }

  /** Chain reads held in memory to admit relays (session sets and applications). */
  get cachedEntries(): number {
    return this.watch.size + this.applications.size;
  }

  /**
   * Whether a relay of `session` may start now: one of the current session, or of the session
   * before until its claim window opens (a gateway may still be a block behind; the claim waits
   * for relays in flight).
   */
  async acceptsSession(session: bigint): Promise<boolean> {
    const current = this.session;
    if (session === current) return true;
    if (session !== current - 1n) return false;
    const windows = await this.claimWindows.get(session);
    return windows !== undefined && this.bestBlock < windows.claimOpen;
  }

  /** Throws {@link RelayAuthorizationError} unless the chain allows this relay. */
  async authorize(relay: RelayParties): Promise<void> {
    // Cheap, local checks first: a stranger's envelope costs no chain read.
    if (!this.gateways.isActive(relay.gateway)) throw new RelayAuthorizationError(`gateway ${relay.gateway} is not staked`);
    if (!(await this.acceptsSession(relay.session))) {
      throw new RelayAuthorizationError(`session ${relay.session} is not open for relays (current ${this.session})`);
    }
    let standing = await this.applications.standing(relay.app);
    if (!admits(standing, relay)) {
      // Memory says no: ask the chain before refusing a staked gateway's relay.
      const fresh = await this.applications.reread(relay.app);
      if (admits(fresh, relay) && this.onStale) this.onStale(`application ${relay.app}: the remembered standing was stale; the chain admits the relay`);
      standing = fresh;
    }
    if (!standing.registered) throw new RelayAuthorizationError(`application ${relay.app} is not registered`);
    if (!gatewaysIn(standing, relay.session).includes(relay.gateway)) {
      throw new RelayAuthorizationError(`application ${relay.app} has not delegated to gateway ${relay.gateway} in session ${relay.session}`);
    }
    if (!standing.active) throw new RelayAuthorizationError(`application ${relay.app} has less than the minimum deposit bonded`);
    const drawn = await this.watch.sessionSuppliers(relay.session, relay.app, relay.model);
    if (!drawn.includes(relay.supplier)) {
      throw new RelayAuthorizationError(`supplier ${relay.supplier} is not drawn for application ${relay.app}'s model ${relay.model} in session ${relay.session}`);
    }
  }
}
