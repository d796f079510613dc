/**
 * The pages' views of the indexed history: plain selections and sums, no chain access. Lists come
 * newest first and cut to a page's worth, so a response's size does not grow with the history's.
 */
import { addAmount, addPayout, zeroPayout } from './amounts.js';
import type { ClaimRecord, History, JobRecord, ModelUsage, Payout, QualityPoint, SessionRecord, SettlementRecord, SlashRecord, SupplierRecord } from './model.js';

/** Most entries a list in a response holds. */
export const PAGE = 100;

const newest = <T>(list: readonly T[], n = PAGE): T[] => list.slice(-n).reverse();

export interface SessionTotals {
  estimatedRelays: number;
  minedRelays: number;
  claimedCu: string;
  jobCu: string;
  settledCu: string;
  charged: string;
  payout: Payout;
}

export function sessionTotals(session: SessionRecord): SessionTotals {
  const totals: SessionTotals = { estimatedRelays: 0, minedRelays: 0, claimedCu: '0', jobCu: '0', settledCu: '0', charged: '0', payout: zeroPayout() };
  for (const usage of Object.values(session.models)) {
    totals.estimatedRelays += usage.estimatedRelays;
    totals.minedRelays += usage.minedRelays;
    totals.claimedCu = addAmount(totals.claimedCu, usage.claimedCu);
    totals.jobCu = addAmount(totals.jobCu, usage.jobCu);
    totals.settledCu = addAmount(totals.settledCu, usage.settledCu);
    totals.charged = addAmount(totals.charged, usage.charged);
    addPayout(totals.payout, usage.payout);
  }
  return totals;
}

export interface UsageView {
  /** Oldest first (charts read left to right). */
  sessions: (SessionRecord & { totals: SessionTotals })[];
  settlement: { count: number; gross: string; charged: string; payout: Payout };
  recentSettlements: SettlementRecord[];
  jobs: { recent: JobRecord[]; byStatus: Record<string, number> };
}

export function usageView(history: History): UsageView {
  const settlement = { count: 0, gross: '0', charged: '0', payout: zeroPayout() };
  for (const session of history.sessions) {
    for (const usage of Object.values(session.models)) {
      settlement.count += usage.settlements;
      settlement.gross = addAmount(settlement.gross, usage.gross);
      settlement.charged = addAmount(settlement.charged, usage.charged);
      addPayout(settlement.payout, usage.payout);
    }
  }
  const byStatus: Record<string, number> = {};
  for (const job of history.jobs) byStatus[job.status] = (byStatus[job.status] ?? 0) + 1;
  return {
    sessions: history.sessions.map((s) => ({ ...s, totals: sessionTotals(s) })),
    settlement,
    recentSettlements: newest(history.settlements),
    jobs: { recent: newest(history.jobs), byStatus },
  };
}

export interface QualityView {
  /** Each supplier's α and reputation after each finalized round, oldest first. */
  suppliers: { address: string; points: QualityPoint[] }[];
  rounds: History['rounds'];
  slashes: SlashRecord[];
}

/** Suppliers charted on the quality page (the most recently seen), and points per supplier. */
export const QUALITY_SUPPLIERS = 20;
export const QUALITY_POINTS = 200;

export function qualityView(history: History): QualityView {
  return {
    suppliers: Object.values(history.suppliers)
      .filter((s) => s.quality.length > 0)
      .slice(-QUALITY_SUPPLIERS)
      .map((s) => ({ address: s.address, points: s.quality.slice(-QUALITY_POINTS) })),
    rounds: newest(history.rounds),
    slashes: newest(history.slashes),
  };
}

export interface SupplierHistoryView {
  record?: SupplierRecord;
  claims: ClaimRecord[];
  settlements: SettlementRecord[];
  slashes: SlashRecord[];
  jobs: JobRecord[];
  rounds: History['rounds'];
}

export function supplierHistory(history: History, address: string): SupplierHistoryView {
  const mine = <T>(list: readonly T[], who: (item: T) => string | undefined) => newest(list.filter((item) => who(item) === address));
  return {
    record: history.suppliers[address],
    claims: mine(history.claims, (c) => c.supplier),
    settlements: mine(history.settlements, (s) => s.supplier),
    slashes: mine(history.slashes, (s) => s.who),
    jobs: mine(history.jobs, (j) => j.supplier),
    rounds: mine(history.rounds, (r) => r.supplier),
  };
}

export function hasSupplierHistory(view: SupplierHistoryView): boolean {
  return view.record !== undefined || view.claims.length > 0 || view.slashes.length > 0 || view.rounds.length > 0;
}

export interface ModelHistoryView {
  /** The model's usage per kept session, oldest first. */
  sessions: (ModelUsage & { session: number })[];
  settlements: SettlementRecord[];
  jobs: JobRecord[];
}

export function modelHistory(history: History, model: number): ModelHistoryView {
  const key = String(model);
  return {
    sessions: history.sessions.flatMap((s) => (s.models[key] ? [{ session: s.session, ...s.models[key] }] : [])),
    settlements: newest(history.settlements.filter((s) => s.model === model)),
    jobs: newest(history.jobs.filter((j) => j.model === model)),
  };
}

export function jobHistory(history: History, job: number): JobRecord | undefined {
  return history.jobs.find((j) => j.job === job);
}
