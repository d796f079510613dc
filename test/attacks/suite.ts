/**
 * Every attack of issue 12 against one local network, in an order where each leaves the network
 * as the next expects it (the restart first, before any round needs the supplier; the
 * evaluation-queue flood last: it leaves the queue full).
 */
import { freePort } from '@sibyl/localnet';
import { AttackContext, report, runAttacks, type Attack, type AttackRow } from './harness.js';
import { abusiveJobs, crossRequestInterference, strangerEnvelopes, supplierKilledBetweenClaimAndProof } from './operations.js';
import { applicationOutspendsDeposit, gatewayLedgerRace, supplierInflatesJobUsage, supplierInflatesRelayUsage } from './payments.js';
import { floodedEvaluationQueue, liarWithoutQuorum, slowRevealsOverloadValidator } from './verdicts.js';

export const ATTACKS: Attack[] = [
  // First, while no TIQE+ round needs the supplier's reveals during its restart.
  supplierKilledBetweenClaimAndProof,
  supplierInflatesRelayUsage,
  supplierInflatesJobUsage,
  applicationOutspendsDeposit,
  gatewayLedgerRace,
  abusiveJobs,
  strangerEnvelopes,
  crossRequestInterference,
  liarWithoutQuorum,
  slowRevealsOverloadValidator,
  floodedEvaluationQueue,
];

export interface SuiteResult {
  rows: AttackRow[];
  table: string;
  summary: string;
  ok: boolean;
}

/** Starts the network, runs the attacks (all, or those whose name includes a comma-separated part of `only`), stops it. */
export async function runSuite(log: (line: string) => void, only?: string): Promise<SuiteResult> {
  const supplierMetricsPort = await freePort();
  const ctx = await AttackContext.start(
    {
      validator: true,
      blockIntervalMs: 1_000,
      supplierCapacity: 2,
      supplierMetricsPort,
      sessions: { sessionLength: 20 },
      // A restarted supplier (model reload included) still proves within the proof window.
      relayMining: { claimWindow: 10, proofWindow: 40 },
      tiqe: { commitWindow: 20, revealWindow: 10 },
    },
    log,
  );
  ctx.supplierMetricsPort = supplierMetricsPort;
  try {
    const parts = only?.split(',').filter((p) => p !== '');
    const attacks = parts ? ATTACKS.filter((a) => parts.some((p) => a.name.includes(p))) : ATTACKS;
    const rows = await runAttacks(ctx, attacks);
    return { rows, ...report(rows) };
  } finally {
    await ctx.stop();
  }
}
