import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isOverBudget, SpendLedger, type Reservation, type SpendBudget } from './spend-ledger.js';

const budget = (over: Partial<SpendBudget> = {}): SpendBudget => ({ sessionShare: 100n, backingShare: 250n, unsettledFrom: 0n, ...over });

function reserved(outcome: ReturnType<SpendLedger['reserve']>): Reservation {
  if (isOverBudget(outcome)) throw new Error(`refused: ${outcome.kind}`);
  return outcome;
}

describe('spend ledger', () => {
  test('concurrent requests cannot all pass one check: each reserves its most possible cost', () => {
    const ledger = new SpendLedger();
    const first = reserved(ledger.reserve('app', 3n, 60n, budget()));
    // The second arrives before the first ended: 60 + 60 exceeds the session share of 100.
    expect(ledger.reserve('app', 3n, 60n, budget())).toEqual({ kind: 'session', booked: 60n, limit: 100n });
    first.settle(20n);
    expect(ledger.bookedIn('app', 3n)).toBe(20n);
    reserved(ledger.reserve('app', 3n, 60n, budget())).release();
    expect(ledger.bookedIn('app', 3n)).toBe(20n);
  });

  test('a relay that ends in the next session books into its own session and resets nothing', () => {
    const ledger = new SpendLedger();
    const straddling = reserved(ledger.reserve('app', 3n, 50n, budget()));
    reserved(ledger.reserve('other', 4n, 10n, budget()));
    straddling.settle(40n);
    expect(ledger.bookedIn('app', 3n)).toBe(40n);
    expect(ledger.bookedIn('other', 4n)).toBe(10n);
  });

  test('unsettled sessions together stay within the deposit share', () => {
    const ledger = new SpendLedger();
    for (const session of [1n, 2n]) reserved(ledger.reserve('app', session, 100n, budget())).settle(100n);
    // Two sessions of 100 unsettled: a third 100 would exceed the backing of 250.
    expect(ledger.reserve('app', 3n, 100n, budget())).toEqual({ kind: 'backing', booked: 200n, limit: 250n });
    // Once session 1 is settled on chain it no longer counts.
    reserved(ledger.reserve('app', 3n, 100n, budget({ unsettledFrom: 2n })));
  });

  test('survives a restart, reservations in flight included, and forgets settled sessions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
    try {
      const ledger = new SpendLedger(join(dir, 'l.json'));
      reserved(ledger.reserve('app', 3n, 30n, budget())).settle(10n);
      reserved(ledger.reserve('app', 3n, 40n, budget()));
      reserved(ledger.reserve('app', 5n, 5n, budget()));
      ledger.flush();
      const again = new SpendLedger(join(dir, 'l.json'));
      expect(again.bookedIn('app', 3n)).toBe(50n);
      again.prune(4n);
      expect(again.bookedIn('app', 3n)).toBe(0n);
      expect(again.bookedIn('app', 5n)).toBe(5n);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
