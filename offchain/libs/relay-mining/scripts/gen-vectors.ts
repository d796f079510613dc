/**
 * Writes test-vectors/smst.json, the vectors the chain's Rust verifier checks itself against.
 *   npx tsx offchain/libs/relay-mining/scripts/gen-vectors.ts
 * Deterministic: rerunning it must leave the file unchanged (the tests check that it does).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blake2Ready } from '../src/index.js';
import { buildSmstVectors } from './smst-vectors.js';

await blake2Ready();
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-vectors', 'smst.json');
writeFileSync(out, `${JSON.stringify(buildSmstVectors(), null, 2)}\n`);
console.error(`wrote ${out}`);
