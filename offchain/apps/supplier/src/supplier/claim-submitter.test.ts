import { expect, test } from '@jest/globals';
import { claimWaitsUntil } from './claim-submitter.js';

test('a claim waits for relays in flight through the first half of its window at most', () => {
  // The dev network's 10-block window: waiting ends halfway, five blocks before the close.
  expect(claimWaitsUntil({ claimOpen: 11, claimClose: 21 })).toBe(16);
  // The runtime's 3-block window: one block of waiting, two left to land the claim.
  expect(claimWaitsUntil({ claimOpen: 11, claimClose: 14 })).toBe(12);
  // A window too short to wait in: the claim goes at once.
  expect(claimWaitsUntil({ claimOpen: 11, claimClose: 12 })).toBeLessThanOrEqual(11);
});
