import { expect, test } from '@jest/globals';
import { MachineLoad } from './machine-load.js';

test('the busy share of the cores is a fraction of their time, above 0 while this process spins', () => {
  const load = new MachineLoad();
  const spinUntil = Date.now() + 200;
  while (Date.now() < spinUntil) {
    // keep one core busy
  }
  const busy = load.busyFraction();
  expect(busy).toBeGreaterThan(0);
  expect(busy).toBeLessThanOrEqual(1);
  expect(load.busyFraction()).toBeGreaterThanOrEqual(0);
});
