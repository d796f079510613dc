/**
 * The dashboard's data: the chain events it indexes, decoded into plain values, and the bounded
 * history it keeps of them (in memory and as JSON in the data directory). Amounts are planck as
 * decimal strings and α / reputation are parts per million, so every value survives JSON as is.
 * What each field comes from: docs/dashboard.md.
 */

/** Planck (10⁻¹² SBL) as a decimal string. */
export type Planck = string;

/** How a settled charge was split (`settlement.Settled`'s `payout`). */
export interface Payout {
  supplier: Planck;
  royalty: Planck;
  validators: Planck;
  gateways: Planck;
  treasury: Planck;
  refunded: Planck;
}

export const PAYOUT_PARTS = ['supplier', 'royalty', 'validators', 'gateways', 'treasury', 'refunded'] as const;

/** The chain events the indexer reads, as plain values. */
export type DashboardEvent =
  | { kind: 'SessionStarted'; session: number; start: number; length: number }
  | { kind: 'PriceUpdated'; session: number; model: number; price: Planck; utilization: number }
  | { kind: 'Claimed'; session: number; supplier: string; app: string; model: number; relays: number; computeUnits: string; paths: number }
  | { kind: 'ClaimProven'; session: number; supplier: string; app: string; model: number; estimatedCu: string }
  | { kind: 'ClaimVoid'; session: number; supplier: string; app: string; model: number; slashed: Planck }
  | { kind: 'AwaitingEvaluation'; round: number; session: number; supplier: string; app: string; model: number }
  | ({ kind: 'Settled' } & Omit<SettlementRecord, 'block' | 'time'>)
  | { kind: 'RoundOpened'; round: number; supplier: string; model: number; session: number; relays: number; committee: string[]; commitEnd: number; revealEnd: number }
  | { kind: 'RoundFinalized'; round: number; supplier: string; alpha: number; median: number; reputation: number; revealed: number; withheld: boolean }
  | { kind: 'RoundVoid'; round: number; supplier: string; reason: string; revealed: number }
  | { kind: 'Slashed'; who: string; role: string; amount: Planck; reason: string }
  | { kind: 'RoundSlash'; round: number; who: string; reason: string; amount: Planck }
  | { kind: 'JobSubmitted'; job: number; app: string; model: number; maxPrice: Planck }
  | { kind: 'JobAssigned'; job: number; supplier: string; deadline: number }
  | { kind: 'JobCompleted'; job: number; supplier: string; computeUnits: string }
  | { kind: 'JobRefused'; job: number; supplier: string; reason: string }
  | { kind: 'JobFailed'; job: number; reason: string }
  | { kind: 'JobExpired'; job: number; supplier: string; slashed: Planck }
  | { kind: 'JobSettled'; job: number; charged: Planck }
  | { kind: 'GovernanceChanged'; pallet: string; method: string };

/** One finalized block as the aggregation sees it: its events plus the chain reads they need. */
export interface BlockFacts {
  number: number;
  hash: string;
  /** Milliseconds since the epoch (`timestamp.now`), when read. */
  time?: number;
  events: DashboardEvent[];
  /** Prices per 1k CU in force for the session that started in this block, by model id. */
  sessionPrices?: Record<string, Planck>;
  /** `relayMining.sessionProbability` (×2⁶⁴) of each claimed (session, model) in this block; absent: every relay mined. */
  probabilities?: Record<string, string>;
}

/** Usage of one model in one session. */
export interface ModelUsage {
  /** Relay-mining claims made. */
  claims: number;
  /** Mined relays claimed (the claims' `root.count`). */
  minedRelays: number;
  /** Relays the claims stand for: mined relays ÷ the session's mining probability. */
  estimatedRelays: number;
  /** Compute units claimed (the claims' `root.sum`). */
  claimedCu: string;
  /** Compute units of answered on-chain jobs. */
  jobCu: string;
  jobs: number;
  /** Compute units settled. */
  settledCu: string;
  /** Price per 1k CU in force (`pricing.sessionPrices`). */
  price?: Planck;
  /** Utilization that set this session's price (`PriceUpdated`), parts per million. */
  utilization?: number;
  settlements: number;
  gross: Planck;
  charged: Planck;
  payout: Payout;
}

export interface SessionRecord {
  session: number;
  /** First block and length, when its start was indexed. */
  start?: number;
  length?: number;
  /** By model id. */
  models: Record<string, ModelUsage>;
  jobs: { submitted: number; completed: number; settled: number; failed: number; expired: number; refused: number };
  rounds: { opened: number; finalized: number; void: number };
  slashes: number;
  slashed: Planck;
}

export type ClaimStatus = 'claimed' | 'proven' | 'evaluating' | 'settled' | 'void';

export interface ClaimRecord {
  session: number;
  supplier: string;
  app: string;
  model: number;
  relays: number;
  computeUnits: string;
  paths: number;
  block: number;
  status: ClaimStatus;
  provenCu?: string;
  round?: number;
  alpha?: number;
  charged?: Planck;
  earned?: Planck;
  slashed?: Planck;
}

export interface RoundRecord {
  round: number;
  supplier: string;
  model?: number;
  session?: number;
  relays?: number;
  committee?: string[];
  openedAt?: number;
  commitEnd?: number;
  revealEnd?: number;
  status: 'open' | 'finalized' | 'void';
  alpha?: number;
  median?: number;
  reputation?: number;
  revealed?: number;
  withheld?: boolean;
  voidReason?: string;
  endedAt?: number;
}

/** A supplier's α and reputation after a finalized round. */
export interface QualityPoint {
  block: number;
  time?: number;
  round: number;
  session?: number;
  alpha: number;
  reputation: number;
  withheld: boolean;
}

export interface SlashRecord {
  block: number;
  time?: number;
  who: string;
  role: string;
  amount: Planck;
  reason: string;
  /** The TIQE+ round it was for, when TIQE+ slashed. */
  round?: number;
}

export type JobStatus = 'submitted' | 'assigned' | 'completed' | 'settled' | 'refused' | 'failed' | 'expired';

export interface JobRecord {
  job: number;
  app?: string;
  model?: number;
  session?: number;
  maxPrice?: Planck;
  supplier?: string;
  status: JobStatus;
  submittedAt?: number;
  updatedAt: number;
  computeUnits?: string;
  charged?: Planck;
  reason?: string;
}

export interface SettlementRecord {
  block: number;
  time?: number;
  session: number;
  supplier: string;
  app: string;
  model: number;
  estimatedCu: string;
  price: Planck;
  alpha: number;
  round: number | null;
  unevaluated: string | null;
  gross: Planck;
  charged: Planck;
  payout: Payout;
}

/** What the history keeps per supplier. */
export interface SupplierRecord {
  address: string;
  firstBlock: number;
  lastBlock: number;
  /** Sessions it claimed or settled in, ascending. */
  sessions: number[];
  claims: number;
  proven: number;
  void: number;
  settled: number;
  earned: Planck;
  slashed: Planck;
  jobsCompleted: number;
  quality: QualityPoint[];
}

/** How much the history keeps; each list drops its oldest entries beyond these. */
export interface HistoryBounds {
  sessions: number;
  claims: number;
  rounds: number;
  slashes: number;
  jobs: number;
  settlements: number;
  suppliers: number;
  /** Quality points and sessions kept per supplier. */
  perSupplier: number;
}

export const DEFAULT_BOUNDS: HistoryBounds = {
  sessions: 256,
  claims: 2_000,
  rounds: 1_000,
  slashes: 1_000,
  jobs: 1_000,
  settlements: 1_000,
  suppliers: 1_024,
  perSupplier: 512,
};

/** Everything the indexer has learnt, as saved to `<data-dir>/history.json`. */
export interface History {
  version: 1;
  /** The chain's genesis hash: a history is only resumed on the chain it was made on. */
  genesis: string;
  /** The first and last block indexed, and the last one's hash (to notice a chain reset). */
  firstBlock?: number;
  lastBlock?: number;
  lastHash?: string;
  /** The session in progress at `lastBlock`, as far as the indexer knows. */
  currentSession?: number;
  /** Ranges of blocks skipped because they were further behind the head than the backfill allows. */
  gaps: { from: number; to: number }[];
  sessions: SessionRecord[];
  claims: ClaimRecord[];
  rounds: RoundRecord[];
  slashes: SlashRecord[];
  jobs: JobRecord[];
  settlements: SettlementRecord[];
  suppliers: Record<string, SupplierRecord>;
}

export function emptyHistory(genesis: string): History {
  return { version: 1, genesis, gaps: [], sessions: [], claims: [], rounds: [], slashes: [], jobs: [], settlements: [], suppliers: {} };
}
