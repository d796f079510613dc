/**
 * @jest-environment ./test/support/native-arrays-environment.js
 *
 * Issue 12's acceptance: every attack (test/attacks/) run against the local network with real
 * processes is blocked — refused, or paid for by the attacker — and no honest party loses
 * anything. The table and the JSON summary `npm run attacks` prints are printed here too.
 */
import { expect, test } from '@jest/globals';
import { runSuite } from './attacks/suite.js';

test('every attack is blocked and no honest party loses funds', async () => {
  // The honest supplier's and validator's latest log lines, printed when an attack gets
  // through: CI keeps no other trace of why.
  const recent: string[] = [];
  const result = await runSuite((line) => {
    if (process.env.SIBYL_TEST_LOG) console.error(line);
    if (!/^(supplier|validator): /.test(line)) return;
    recent.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
    if (recent.length > 1_200) recent.splice(0, recent.length - 1_000);
  });
  console.log(`${result.table}\n${result.summary}`);
  if (!result.ok) console.error(`the honest supplier's and validator's last ${recent.length} log lines:\n${recent.join('\n')}`);
  for (const row of result.rows) expect({ attack: row.attack, blocked: row.blocked, detail: row.detail }).toEqual({ attack: row.attack, blocked: true, detail: row.detail });
  expect(result.rows.length).toBeGreaterThanOrEqual(10);
  expect(new Set(result.rows.map((r) => r.hole)).size).toBe(10);
  expect(JSON.parse(result.summary).honest_loss_planck).toBe(0);
}, 3_600_000);
