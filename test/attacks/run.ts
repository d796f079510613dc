/**
 * `npm run attacks [-- --only <name part>[,<name part>…]]`: every attack of issue 12 against the local network
 * (docs/attacks.md). Prints the table and, as its last line, one JSON object
 * `{"attacks", "blocked", "honest_loss_planck", "rows"}`; exits 1 unless every attack was blocked
 * and no honest party lost anything.
 */
import { parseArgs } from 'node:util';
import { runSuite } from './suite.js';

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const result = await runSuite((line) => console.error(line), values.only);
console.log(result.table);
console.log(result.summary);
process.exit(result.ok ? 0 : 1);
