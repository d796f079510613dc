/**
 * Folds one finalized block's events into the history: per-session usage, prices and payouts,
 * claims, TIQE+ rounds, α per supplier, slashes and jobs. Pure (no chain access), so a block
 * applied twice is the caller's mistake, and the numbers can be checked without a chain.
 */
import { addAmount, addPayout, estimatedRelays, zeroPayout } from './amounts.js';
import { pushBounded, trimRecord } from './bounded.js';
import type {
  BlockFacts,
  ClaimRecord,
  DashboardEvent,
  History,
  HistoryBounds,
  JobRecord,
  JobStatus,
  ModelUsage,
  RoundRecord,
  SessionRecord,
  SupplierRecord,
} from './model.js';

type EventOf<K extends DashboardEvent['kind']> = Extract<DashboardEvent, { kind: K }>;

/** Applies `block` (the next after `history.lastBlock`) to `history`. */
export function applyBlock(history: History, block: BlockFacts, bounds: HistoryBounds): void {
  const fold = new BlockFold(history, block, bounds);
  for (const event of block.events) fold.apply(event);
  history.firstBlock ??= block.number;
  history.lastBlock = block.number;
  history.lastHash = block.hash;
}

/** The session a record of `session` lives in, created (and the oldest dropped) when new. */
export function sessionRecord(history: History, session: number, bounds: HistoryBounds): SessionRecord {
  const sessions = history.sessions;
  for (let i = sessions.length - 1; i >= 0; i--) {
    const s = sessions[i]!;
    if (s.session === session) return s;
    if (s.session < session) {
      const record = newSession(session);
      sessions.splice(i + 1, 0, record);
      if (sessions.length > bounds.sessions) sessions.splice(0, sessions.length - bounds.sessions);
      return record;
    }
  }
  const record = newSession(session);
  // Older than every kept session: kept only while there is room (else counted nowhere).
  if (sessions.length < bounds.sessions) sessions.unshift(record);
  return record;
}

function newSession(session: number): SessionRecord {
  return {
    session,
    models: {},
    jobs: { submitted: 0, completed: 0, settled: 0, failed: 0, expired: 0, refused: 0 },
    rounds: { opened: 0, finalized: 0, void: 0 },
    slashes: 0,
    slashed: '0',
  };
}

function modelUsage(session: SessionRecord, model: number): ModelUsage {
  const key = String(model);
  let usage = session.models[key];
  if (!usage) {
    usage = {
      claims: 0,
      minedRelays: 0,
      estimatedRelays: 0,
      claimedCu: '0',
      jobCu: '0',
      jobs: 0,
      settledCu: '0',
      settlements: 0,
      gross: '0',
      charged: '0',
      payout: zeroPayout(),
    };
    session.models[key] = usage;
  }
  return usage;
}

const sameClaim = (c: ClaimRecord, e: { session: number; supplier: string; app: string; model: number }) =>
  c.session === e.session && c.supplier === e.supplier && c.app === e.app && c.model === e.model;

/** The work of applying one block: keeps the block's number and time at hand for every record. */
class BlockFold {
  constructor(
    private readonly history: History,
    private readonly block: BlockFacts,
    private readonly bounds: HistoryBounds,
  ) {}

  apply(event: DashboardEvent): void {
    switch (event.kind) {
      case 'SessionStarted':
        return this.sessionStarted(event);
      case 'PriceUpdated': {
        const usage = modelUsage(this.session(event.session), event.model);
        usage.price = event.price;
        usage.utilization = event.utilization;
        return;
      }
      case 'Claimed':
        return this.claimed(event);
      case 'ClaimProven':
        return this.claimProven(event);
      case 'ClaimVoid':
        return this.claimVoid(event);
      case 'AwaitingEvaluation': {
        const claim = this.findClaim(event);
        if (claim) {
          claim.status = 'evaluating';
          claim.round = event.round;
        }
        return;
      }
      case 'Settled':
        return this.settled(event);
      case 'RoundOpened':
        return this.roundOpened(event);
      case 'RoundFinalized':
        return this.roundFinalized(event);
      case 'RoundVoid': {
        const round = this.round(event.round, event.supplier);
        round.status = 'void';
        round.voidReason = event.reason;
        round.revealed = event.revealed;
        round.endedAt = this.block.number;
        if (round.session !== undefined) this.session(round.session).rounds.void++;
        return;
      }
      case 'Slashed':
        return this.slashed(event);
      case 'RoundSlash': {
        // stakes.Slashed of the same slash comes first in the block: it gets the round.
        const slash = [...this.history.slashes].reverse().find((s) => s.block === this.block.number && s.who === event.who && s.amount === event.amount && s.round === undefined);
        if (slash) slash.round = event.round;
        return;
      }
      case 'JobSubmitted':
        return this.jobSubmitted(event);
      case 'JobAssigned':
        return this.jobUpdate(event.job, 'assigned', { supplier: event.supplier });
      case 'JobCompleted':
        return this.jobCompleted(event);
      case 'JobRefused':
        this.countJob('refused', event.job);
        return this.jobUpdate(event.job, 'refused', { supplier: event.supplier, reason: event.reason });
      case 'JobFailed':
        this.countJob('failed', event.job);
        return this.jobUpdate(event.job, 'failed', { reason: event.reason });
      case 'JobExpired':
        this.countJob('expired', event.job);
        return this.jobUpdate(event.job, 'expired', { supplier: event.supplier });
      case 'JobSettled':
        this.countJob('settled', event.job);
        return this.jobUpdate(event.job, 'settled', { charged: event.charged });
      case 'GovernanceChanged':
        return;
    }
  }

  private session(session: number): SessionRecord {
    return sessionRecord(this.history, session, this.bounds);
  }

  private supplier(address: string): SupplierRecord {
    const suppliers = this.history.suppliers;
    let record = suppliers[address];
    if (record) {
      // Re-inserted: the record's key order is least recently seen first.
      delete suppliers[address];
    } else {
      record = { address, firstBlock: this.block.number, lastBlock: this.block.number, sessions: [], claims: 0, proven: 0, void: 0, settled: 0, earned: '0', slashed: '0', jobsCompleted: 0, quality: [] };
    }
    record.lastBlock = this.block.number;
    suppliers[address] = record;
    trimRecord(suppliers, this.bounds.suppliers);
    return record;
  }

  private served(record: SupplierRecord, session: number): void {
    if (record.sessions.includes(session)) return;
    record.sessions.push(session);
    record.sessions.sort((a, b) => a - b);
    if (record.sessions.length > this.bounds.perSupplier) record.sessions.splice(0, record.sessions.length - this.bounds.perSupplier);
  }

  private sessionStarted(event: EventOf<'SessionStarted'>): void {
    const record = this.session(event.session);
    record.start = event.start;
    record.length = event.length;
    this.history.currentSession = event.session;
    for (const [model, price] of Object.entries(this.block.sessionPrices ?? {})) modelUsage(record, Number(model)).price = price;
  }

  private claimed(event: EventOf<'Claimed'>): void {
    const usage = modelUsage(this.session(event.session), event.model);
    usage.claims++;
    usage.minedRelays += event.relays;
    usage.estimatedRelays += estimatedRelays(event.relays, this.block.probabilities?.[`${event.session}:${event.model}`]);
    usage.claimedCu = addAmount(usage.claimedCu, event.computeUnits);
    const claim: ClaimRecord = {
      session: event.session,
      supplier: event.supplier,
      app: event.app,
      model: event.model,
      relays: event.relays,
      computeUnits: event.computeUnits,
      paths: event.paths,
      block: this.block.number,
      status: 'claimed',
    };
    pushBounded(this.history.claims, claim, this.bounds.claims);
    const supplier = this.supplier(event.supplier);
    supplier.claims++;
    this.served(supplier, event.session);
  }

  private findClaim(event: { session: number; supplier: string; app: string; model: number }): ClaimRecord | undefined {
    const claims = this.history.claims;
    for (let i = claims.length - 1; i >= 0; i--) if (sameClaim(claims[i]!, event)) return claims[i];
    return undefined;
  }

  private claimProven(event: EventOf<'ClaimProven'>): void {
    const claim = this.findClaim(event);
    if (claim) {
      claim.status = 'proven';
      claim.provenCu = event.estimatedCu;
    }
    this.supplier(event.supplier).proven++;
  }

  private claimVoid(event: EventOf<'ClaimVoid'>): void {
    const claim = this.findClaim(event);
    if (claim) {
      claim.status = 'void';
      claim.slashed = event.slashed;
    }
    this.supplier(event.supplier).void++;
  }

  private settled(event: EventOf<'Settled'>): void {
    const usage = modelUsage(this.session(event.session), event.model);
    usage.settlements++;
    usage.settledCu = addAmount(usage.settledCu, event.estimatedCu);
    usage.gross = addAmount(usage.gross, event.gross);
    usage.charged = addAmount(usage.charged, event.charged);
    addPayout(usage.payout, event.payout);
    const { kind: _kind, ...rest } = event;
    pushBounded(this.history.settlements, { block: this.block.number, time: this.block.time, ...rest, payout: { ...event.payout } }, this.bounds.settlements);
    const claim = this.findClaim(event);
    if (claim && claim.status !== 'settled') {
      claim.status = 'settled';
      claim.alpha = event.alpha;
      claim.charged = event.charged;
      claim.earned = event.payout.supplier;
      if (event.round !== null) claim.round = event.round;
    }
    const supplier = this.supplier(event.supplier);
    supplier.settled++;
    supplier.earned = addAmount(supplier.earned, event.payout.supplier);
    this.served(supplier, event.session);
  }

  private round(id: number, supplier: string): RoundRecord {
    const rounds = this.history.rounds;
    for (let i = rounds.length - 1; i >= 0; i--) if (rounds[i]!.round === id) return rounds[i]!;
    const record: RoundRecord = { round: id, supplier, status: 'open' };
    pushBounded(rounds, record, this.bounds.rounds);
    return record;
  }

  private roundOpened(event: EventOf<'RoundOpened'>): void {
    const round = this.round(event.round, event.supplier);
    Object.assign(round, {
      model: event.model,
      session: event.session,
      relays: event.relays,
      committee: event.committee,
      openedAt: this.block.number,
      commitEnd: event.commitEnd,
      revealEnd: event.revealEnd,
    });
    this.session(event.session).rounds.opened++;
  }

  private roundFinalized(event: EventOf<'RoundFinalized'>): void {
    const round = this.round(event.round, event.supplier);
    Object.assign(round, {
      status: 'finalized',
      alpha: event.alpha,
      median: event.median,
      reputation: event.reputation,
      revealed: event.revealed,
      withheld: event.withheld,
      endedAt: this.block.number,
    });
    if (round.session !== undefined) this.session(round.session).rounds.finalized++;
    const supplier = this.supplier(event.supplier);
    pushBounded(
      supplier.quality,
      { block: this.block.number, time: this.block.time, round: event.round, session: round.session, alpha: event.alpha, reputation: event.reputation, withheld: event.withheld },
      this.bounds.perSupplier,
    );
  }

  private slashed(event: EventOf<'Slashed'>): void {
    pushBounded(
      this.history.slashes,
      { block: this.block.number, time: this.block.time, who: event.who, role: event.role, amount: event.amount, reason: event.reason },
      this.bounds.slashes,
    );
    if (this.history.currentSession !== undefined) {
      const session = this.session(this.history.currentSession);
      session.slashes++;
      session.slashed = addAmount(session.slashed, event.amount);
    }
    if (event.role === 'Supplier') {
      const supplier = this.supplier(event.who);
      supplier.slashed = addAmount(supplier.slashed, event.amount);
    }
  }

  private job(id: number): JobRecord | undefined {
    const jobs = this.history.jobs;
    for (let i = jobs.length - 1; i >= 0; i--) if (jobs[i]!.job === id) return jobs[i];
    return undefined;
  }

  private jobSubmitted(event: EventOf<'JobSubmitted'>): void {
    const record: JobRecord = {
      job: event.job,
      app: event.app,
      model: event.model,
      maxPrice: event.maxPrice,
      session: this.history.currentSession,
      status: 'submitted',
      submittedAt: this.block.number,
      updatedAt: this.block.number,
    };
    pushBounded(this.history.jobs, record, this.bounds.jobs);
    if (record.session !== undefined) this.session(record.session).jobs.submitted++;
  }

  private jobUpdate(id: number, status: JobStatus, fields: Partial<JobRecord>): void {
    let record = this.job(id);
    if (!record) {
      // Submitted before the indexed blocks: known from here on.
      record = { job: id, status, updatedAt: this.block.number };
      pushBounded(this.history.jobs, record, this.bounds.jobs);
    }
    Object.assign(record, fields, { status, updatedAt: this.block.number });
  }

  /** Counts a job's outcome in the session it was submitted in (else the current one). */
  private countJob(outcome: 'settled' | 'failed' | 'expired' | 'refused' | 'completed', id: number): void {
    const session = this.job(id)?.session ?? this.history.currentSession;
    if (session !== undefined) this.session(session).jobs[outcome]++;
  }

  private jobCompleted(event: EventOf<'JobCompleted'>): void {
    this.countJob('completed', event.job);
    this.jobUpdate(event.job, 'completed', { supplier: event.supplier, computeUnits: event.computeUnits });
    const record = this.job(event.job);
    const session = record?.session ?? this.history.currentSession;
    if (session !== undefined && record?.model !== undefined) {
      const usage = modelUsage(this.session(session), record.model);
      usage.jobs++;
      usage.jobCu = addAmount(usage.jobCu, event.computeUnits);
    }
    const supplier = this.supplier(event.supplier);
    supplier.jobsCompleted++;
    if (session !== undefined) this.served(supplier, session);
  }
}
