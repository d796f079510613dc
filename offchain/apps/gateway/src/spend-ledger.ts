/**
 * What this gateway has committed each application to pay, per session (docs/gateway.md,
 * "Spending"). A request's most possible cost (its prompt and `max_tokens` at the model's price)
 * is reserved before it is relayed, synchronously, so concurrent requests cannot all pass one
 * check; when the relay ends the reservation becomes its actual cost, or is released if nothing
 * was served. A request is admitted only if, with it, the application stays within
 *
 *   - its share of the session's spend limit, and
 *   - its share of the deposit that pays for every session not yet settled,
 *
 * where a share is the amount divided among the gateways the application delegates to, each of
 * which keeps its own ledger: together they can never commit more than the chain will pay.
 *
 * Entries are kept per session, so a relay that ends after its session cannot reset anything,
 * and saved to disk, so a restart forgets nothing (reservations in flight at a crash stay booked:
 * the safe side).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** What bounds one application's spending through this gateway now. */
export interface SpendBudget {
  /** This gateway's share of the session's spend limit. */
  sessionShare: bigint;
  /** This gateway's share of the deposit backing every unsettled session. */
  backingShare: bigint;
  /** The oldest session whose charges may still be unsettled. */
  unsettledFrom: bigint;
}

/** Why a reservation was refused. */
export type OverBudget =
  | { kind: 'session'; booked: bigint; limit: bigint }
  | { kind: 'backing'; booked: bigint; limit: bigint };

/** An admitted request's hold on the budget: settle with the actual cost, or release. */
export interface Reservation {
  settle(actual: bigint): void;
  release(): void;
}

export class SpendLedger {
  /** session → app → planck booked (costs of ended relays plus reservations in flight). */
  private readonly booked = new Map<bigint, Map<string, bigint>>();
  private saveTimer: NodeJS.Timeout | undefined;

  constructor(private readonly path?: string) {
    if (!path) return;
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as { sessions: Record<string, Record<string, string>> };
      for (const [session, apps] of Object.entries(data.sessions)) {
        this.booked.set(BigInt(session), new Map(Object.entries(apps).map(([app, v]) => [app, BigInt(v)])));
      }
    } catch {
      // No ledger yet.
    }
  }

  /** What `app` has booked in `session`. */
  bookedIn(app: string, session: bigint): bigint {
    return this.booked.get(session)?.get(app) ?? 0n;
  }

  /** What `app` has booked over the sessions from `from` on. */
  bookedFrom(app: string, from: bigint): bigint {
    let sum = 0n;
    for (const [session, apps] of this.booked) if (session >= from) sum += apps.get(app) ?? 0n;
    return sum;
  }

  /**
   * Reserves `amount` for `app` in `session` if the budget allows it; returns the reservation,
   * or why it does not fit.
   */
  reserve(app: string, session: bigint, amount: bigint, budget: SpendBudget): Reservation | OverBudget {
    const inSession = this.bookedIn(app, session);
    if (inSession + amount > budget.sessionShare) return { kind: 'session', booked: inSession, limit: budget.sessionShare };
    const unsettled = this.bookedFrom(app, budget.unsettledFrom);
    if (unsettled + amount > budget.backingShare) return { kind: 'backing', booked: unsettled, limit: budget.backingShare };
    this.add(app, session, amount);
    let open = true;
    return {
      settle: (actual: bigint) => {
        if (!open) return;
        open = false;
        this.add(app, session, actual - amount);
      },
      release: () => {
        if (!open) return;
        open = false;
        this.add(app, session, -amount);
      },
    };
  }

  /** Forgets sessions before `oldest`: their charges are settled. */
  prune(oldest: bigint): void {
    let changed = false;
    for (const session of this.booked.keys()) {
      if (session < oldest) {
        this.booked.delete(session);
        changed = true;
      }
    }
    if (changed) this.scheduleSave();
  }

  private add(app: string, session: bigint, delta: bigint): void {
    let apps = this.booked.get(session);
    if (!apps) this.booked.set(session, (apps = new Map()));
    const next = (apps.get(app) ?? 0n) + delta;
    if (next > 0n) apps.set(app, next);
    else apps.delete(app);
    this.scheduleSave();
  }

  private scheduleSave(): void {
    if (!this.path || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.flush();
    }, 200);
  }

  flush(): void {
    if (!this.path) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    mkdirSync(dirname(this.path), { recursive: true });
    const sessions: Record<string, Record<string, string>> = {};
    for (const [session, apps] of this.booked) {
      sessions[session.toString()] = Object.fromEntries([...apps].map(([app, v]) => [app, v.toString()]));
    }
    writeFileSync(`${this.path}.tmp`, JSON.stringify({ sessions }));
    renameSync(`${this.path}.tmp`, this.path);
  }
}

/** Whether `outcome` is a refusal rather than a reservation. */
export function isOverBudget(outcome: Reservation | OverBudget): outcome is OverBudget {
  return 'kind' in outcome;
}
