/**
 * The dashboard's aggregation without a chain: blocks of decoded events folded into the history,
 * its bounds, the views the pages read, the saved file and the metrics parser.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyBlock } from './aggregate.js';
import { HistoryStore } from './history-store.js';
import { parsePrometheus } from './metrics.js';
import { DEFAULT_BOUNDS, emptyHistory, type BlockFacts, type DashboardEvent, type History, type HistoryBounds } from './model.js';
import { modelHistory, qualityView, supplierHistory, usageView } from './views.js';

const SUPPLIER = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
const APP = '5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy';
const VALIDATOR = '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y';
const payout = { supplier: '700', royalty: '100', validators: '100', gateways: '50', treasury: '50', refunded: '0' };

let blockNumber = 0;
function block(events: DashboardEvent[], extra: Partial<BlockFacts> = {}): BlockFacts {
  blockNumber++;
  return { number: blockNumber, hash: `0x${blockNumber.toString(16).padStart(64, '0')}`, time: 1_700_000_000_000 + blockNumber * 1000, events, ...extra };
}

/** A session served by one supplier: started, claimed, proven, scored by TIQE+ and settled. */
function servedSession(history: History, bounds: HistoryBounds, session: number, alpha: number): void {
  const claim = { session, supplier: SUPPLIER, app: APP, model: 0 };
  const round = session * 10;
  applyBlock(history, block([{ kind: 'SessionStarted', session, start: blockNumber + 1, length: 20 }], { sessionPrices: { '0': '1000000' } }), bounds);
  // Probability ½ (2⁶³ of 2⁶⁴): each mined relay stands for two.
  applyBlock(history, block([{ kind: 'Claimed', ...claim, relays: 5, computeUnits: '600', paths: 1 }], { probabilities: { [`${session}:0`]: (1n << 63n).toString() } }), bounds);
  applyBlock(history, block([{ kind: 'ClaimProven', ...claim, estimatedCu: '1200' }]), bounds);
  applyBlock(history, block([{ kind: 'AwaitingEvaluation', round, ...claim }]), bounds);
  applyBlock(history, block([{ kind: 'RoundOpened', round, supplier: SUPPLIER, model: 0, session, relays: 2, committee: [VALIDATOR], commitEnd: 99, revealEnd: 109 }]), bounds);
  applyBlock(history, block([{ kind: 'RoundFinalized', round, supplier: SUPPLIER, alpha, median: alpha, reputation: 800_000, revealed: 1, withheld: false }]), bounds);
  applyBlock(
    history,
    block([{ kind: 'Settled', ...claim, estimatedCu: '1200', price: '1000000', alpha, round, unevaluated: null, gross: '1000', charged: '1000', payout }]),
    bounds,
  );
}

describe('applyBlock', () => {
  test('a served session: usage, prices, the claim’s path to settlement, α and the split', () => {
    const history = emptyHistory('0xgenesis');
    servedSession(history, DEFAULT_BOUNDS, 3, 900_000);

    expect(history.firstBlock).toBeDefined();
    expect(history.lastBlock).toBe(blockNumber);
    expect(history.currentSession).toBe(3);
    const usage = history.sessions[0]!.models['0']!;
    expect(usage).toMatchObject({ claims: 1, minedRelays: 5, estimatedRelays: 10, claimedCu: '600', settledCu: '1200', price: '1000000', settlements: 1, charged: '1000' });
    expect(usage.payout).toEqual(payout);
    expect(history.sessions[0]!.rounds).toEqual({ opened: 1, finalized: 1, void: 0 });

    expect(history.claims).toHaveLength(1);
    expect(history.claims[0]).toMatchObject({ status: 'settled', provenCu: '1200', round: 30, alpha: 900_000, earned: '700' });
    expect(history.rounds[0]).toMatchObject({ round: 30, status: 'finalized', alpha: 900_000, session: 3, committee: [VALIDATOR] });

    const supplier = history.suppliers[SUPPLIER]!;
    expect(supplier).toMatchObject({ sessions: [3], claims: 1, proven: 1, settled: 1, earned: '700' });
    expect(supplier.quality).toEqual([expect.objectContaining({ round: 30, session: 3, alpha: 900_000, reputation: 800_000 })]);

    const view = usageView(history);
    expect(view.settlement).toMatchObject({ count: 1, gross: '1000', charged: '1000' });
    expect(view.sessions[0]!.totals).toMatchObject({ estimatedRelays: 10, claimedCu: '600', settledCu: '1200' });
    expect(view.recentSettlements[0]).toMatchObject({ supplier: SUPPLIER, session: 3, alpha: 900_000 });
    expect(qualityView(history).suppliers).toEqual([{ address: SUPPLIER, points: supplier.quality }]);
    expect(supplierHistory(history, SUPPLIER).claims).toHaveLength(1);
    expect(supplierHistory(history, APP).record).toBeUndefined();
    expect(modelHistory(history, 0).sessions).toEqual([expect.objectContaining({ session: 3, claims: 1 })]);
    expect(modelHistory(history, 7).sessions).toEqual([]);
  });

  test('sessions, claims, suppliers and α points stay within their bounds, oldest dropped first', () => {
    const bounds: HistoryBounds = { ...DEFAULT_BOUNDS, sessions: 3, claims: 4, rounds: 2, settlements: 2, perSupplier: 2, suppliers: 1 };
    const history = emptyHistory('0xgenesis');
    for (let session = 1; session <= 6; session++) servedSession(history, bounds, session, 100_000 * session);
    expect(history.sessions.map((s) => s.session)).toEqual([4, 5, 6]);
    expect(history.claims.map((c) => c.session)).toEqual([3, 4, 5, 6]);
    expect(history.rounds.map((r) => r.round)).toEqual([50, 60]);
    expect(history.settlements.map((s) => s.session)).toEqual([5, 6]);
    const supplier = history.suppliers[SUPPLIER]!;
    expect(supplier.quality.map((p) => p.alpha)).toEqual([500_000, 600_000]);
    expect(supplier.sessions).toEqual([5, 6]);
    // A second supplier pushes out the least recently seen one.
    applyBlock(history, block([{ kind: 'RoundFinalized', round: 99, supplier: VALIDATOR, alpha: 1, median: 1, reputation: 1, revealed: 1, withheld: false }]), bounds);
    expect(Object.keys(history.suppliers)).toEqual([VALIDATOR]);
    // Usage of a session older than every kept one is not kept.
    applyBlock(history, block([{ kind: 'PriceUpdated', session: 1, model: 0, price: '5', utilization: 0 }]), bounds);
    expect(history.sessions.map((s) => s.session)).toEqual([4, 5, 6]);
  });

  test('slashes keep their reason and get the TIQE+ round that caused them', () => {
    const history = emptyHistory('0xgenesis');
    applyBlock(history, block([{ kind: 'SessionStarted', session: 1, start: 1, length: 20 }]), DEFAULT_BOUNDS);
    applyBlock(
      history,
      block([
        { kind: 'Slashed', who: VALIDATOR, role: 'Validator', amount: '250', reason: 'MissingScoreReveal' },
        { kind: 'RoundSlash', round: 4, who: VALIDATOR, reason: 'MissingScoreReveal', amount: '250' },
        { kind: 'Slashed', who: SUPPLIER, role: 'Supplier', amount: '90', reason: 'MissingProof' },
        { kind: 'RoundVoid', round: 4, supplier: SUPPLIER, reason: 'NoQuorum', revealed: 0 },
      ]),
      DEFAULT_BOUNDS,
    );
    expect(history.slashes).toEqual([
      expect.objectContaining({ who: VALIDATOR, role: 'Validator', reason: 'MissingScoreReveal', amount: '250', round: 4 }),
      expect.objectContaining({ who: SUPPLIER, role: 'Supplier', reason: 'MissingProof', amount: '90' }),
    ]);
    expect(history.slashes[1]!.round).toBeUndefined();
    expect(history.sessions[0]).toMatchObject({ slashes: 2, slashed: '340' });
    expect(history.suppliers[SUPPLIER]!.slashed).toBe('90');
    expect(history.rounds[0]).toMatchObject({ round: 4, status: 'void', voidReason: 'NoQuorum' });
  });

  test('jobs: submitted in the current session, answered with compute units, settled', () => {
    const history = emptyHistory('0xgenesis');
    applyBlock(history, block([{ kind: 'SessionStarted', session: 2, start: 1, length: 20 }]), DEFAULT_BOUNDS);
    applyBlock(history, block([{ kind: 'JobSubmitted', job: 7, app: APP, model: 0, maxPrice: '1000' }]), DEFAULT_BOUNDS);
    applyBlock(history, block([{ kind: 'JobAssigned', job: 7, supplier: SUPPLIER, deadline: 50 }]), DEFAULT_BOUNDS);
    applyBlock(history, block([{ kind: 'SessionStarted', session: 3, start: 21, length: 20 }]), DEFAULT_BOUNDS);
    applyBlock(history, block([{ kind: 'JobCompleted', job: 7, supplier: SUPPLIER, computeUnits: '321' }]), DEFAULT_BOUNDS);
    applyBlock(history, block([{ kind: 'JobSettled', job: 7, charged: '77' }]), DEFAULT_BOUNDS);
    // A job submitted before the indexed blocks is known from its first event on.
    applyBlock(history, block([{ kind: 'JobFailed', job: 3, reason: 'NoSupplier' }]), DEFAULT_BOUNDS);

    expect(history.jobs).toEqual([
      expect.objectContaining({ job: 7, session: 2, status: 'settled', supplier: SUPPLIER, computeUnits: '321', charged: '77' }),
      expect.objectContaining({ job: 3, status: 'failed', reason: 'NoSupplier' }),
    ]);
    const session2 = history.sessions.find((s) => s.session === 2)!;
    expect(session2.jobs).toMatchObject({ submitted: 1, completed: 1, settled: 1 });
    expect(session2.models['0']).toMatchObject({ jobs: 1, jobCu: '321' });
    expect(history.sessions.find((s) => s.session === 3)!.jobs.failed).toBe(1);
    expect(usageView(history).jobs.byStatus).toEqual({ settled: 1, failed: 1 });
  });
});

describe('HistoryStore', () => {
  test('saves and loads the history whole; a damaged file is set aside', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sibyl-dashboard-test-'));
    try {
      const store = new HistoryStore(dir);
      expect(store.load()).toBeUndefined();
      const history = emptyHistory('0xgenesis');
      servedSession(history, DEFAULT_BOUNDS, 1, 500_000);
      store.save(history);
      expect(new HistoryStore(dir).load()).toEqual(history);
      writeFileSync(store.path, '{"version": 1, "gen');
      expect(store.load()).toBeUndefined();
      expect(existsSync(store.path)).toBe(false);
      expect(readdirSync(dir).some((f) => f.startsWith('history.json.damaged-'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('parsePrometheus sums each family’s samples and leaves out histogram buckets', () => {
  const families = parsePrometheus(
    [
      '# HELP sibyl_supplier_relays_total Relays by outcome.',
      '# TYPE sibyl_supplier_relays_total counter',
      'sibyl_supplier_relays_total{model="m",outcome="ok"} 3',
      'sibyl_supplier_relays_total{model="m",outcome="busy"} 2',
      '# TYPE sibyl_gateway_admission_seconds histogram',
      'sibyl_gateway_admission_seconds_bucket{le="0.1"} 4',
      'sibyl_gateway_admission_seconds_sum 0.25',
      'sibyl_gateway_admission_seconds_count 4',
      'process_start_time_seconds 1700000000',
    ].join('\n'),
  );
  expect(families.find((f) => f.name === 'sibyl_supplier_relays_total')).toEqual({ name: 'sibyl_supplier_relays_total', help: 'Relays by outcome.', type: 'counter', value: 5, samples: 2 });
  expect(families.find((f) => f.name === 'sibyl_gateway_admission_seconds_count')?.value).toBe(4);
  expect(families.some((f) => f.name.endsWith('_bucket'))).toBe(false);
});
