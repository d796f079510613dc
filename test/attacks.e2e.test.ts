/**
 * @jest-environment ./validator/src/relevance/native-arrays-environment.js
 *
 * Issue 12's acceptance: every attack (test/attacks/) run against the local network with real
 * processes is blocked — refused, or paid for by the attacker — and no honest party loses
 * anything. The table and the JSON summary `npm run attacks` prints are printed here too.
 */
import { expect, test } from '@jest/globals';
import { runSuite } from './attacks/suite.js';

test('every attack is blocked and no honest party loses funds', async () => {
  const result = await runSuite((line) => process.env.SIBYL_TEST_LOG && console.error(line));
  console.log(`${result.table}\n${result.summary}`);
  for (const row of result.rows) expect({ attack: row.attack, blocked: row.blocked, detail: row.detail }).toEqual({ attack: row.attack, blocked: true, detail: row.detail });
  expect(result.rows.length).toBeGreaterThanOrEqual(10);
  expect(new Set(result.rows.map((r) => r.hole)).size).toBe(10);
  expect(JSON.parse(result.summary).honest_loss_planck).toBe(0);
}, 3_600_000);
