/**
 * Blocks from session end to settlement (issue 5; POKT takes about 16 minutes): the local network
 * with the runtime's default relay-mining and TIQE+ windows, a few relays through the gateway,
 * then the chain's own events: the session's end, the claim, the proof seed, the proof, the TIQE+
 * round's end and `Settled`, each as blocks after the session's end. Blocks come every
 * `--block-ms` (default 6000, the runtime's block time, so the validator has the commit window's
 * real 24 s to score) and the dev chain also makes one per transaction, so blocks are the figure
 * that carries over to a 6-second chain; seconds are reported too.
 *
 *   npx tsx bench/relay-miner/settlement-latency.ts [--relays 3] [--session-length 10] [--block-ms 6000] [--json] [--no-record]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import OpenAI from 'openai';
import { startLocalNetwork } from '@sibyl/localnet';
import { report } from '../lib/results.js';

const { values } = parseArgs({
  options: {
    relays: { type: 'string', default: '3' },
    'session-length': { type: 'string', default: '10' },
    'block-ms': { type: 'string', default: '6000' },
    json: { type: 'boolean', default: false },
    'no-record': { type: 'boolean', default: false },
  },
});
const log = (line: string) => values.json || console.error(line);
const dataDir = mkdtempSync(join(tmpdir(), 'sibyl-latency-'));
const net = await startLocalNetwork({
  chainPort: 0,
  natsPort: 0,
  gatewayPort: 0,
  dataDir,
  // The validator in its own process, as `npm start` runs it.
  ownProcesses: true,
  blockIntervalMs: Number(values['block-ms']),
  sessions: { sessionLength: Number(values['session-length']) },
  // The runtime's defaults, not the dev network's wider windows.
  relayMining: { claimDelay: 1, claimWindow: 3, proofWindow: 4 },
  tiqe: { commitWindow: 4, revealWindow: 4 },
  log: values.json ? () => undefined : (line) => console.error(line),
});
try {
  const marks = new Map<string, { block: number; at: number }>();
  const session = (await net.api.query.sessions.currentSession()).toBigInt();
  let round: bigint | undefined;
  // Only this session's events, and the TIQE+ round its proof queued.
  const ours = (name: string, data: unknown[]): boolean => {
    if (name === 'settlement.AwaitingEvaluation') {
      if (BigInt(data[1] as number) !== session) return false;
      round = BigInt(data[0] as number);
      return true;
    }
    if (name.startsWith('relayMining.') || name === 'settlement.Settled') return data.length > 0 && String(data[0]) === String(session);
    if (name.startsWith('tiqe.')) return round !== undefined && BigInt(data[0] as number) === round;
    return false;
  };
  const unsubscribe = await net.api.rpc.chain.subscribeNewHeads(async (header) => {
    const records = await (await net.api.at(header.hash)).query.system.events();
    for (const r of records) {
      const name = `${r.event.section}.${r.event.method}`;
      if (!marks.has(name) && ours(name, r.event.data.toJSON() as unknown[])) marks.set(name, { block: header.number.toNumber(), at: Date.now() });
    }
  });
  const client = new OpenAI({ baseURL: net.gateway, apiKey: net.apiKey, maxRetries: 0 });
  for (let i = 0; i < Number(values.relays); i++) {
    await client.chat.completions.create({ model: net.modelName, messages: [{ role: 'user', content: `Count to ${i + 3}.` }], max_tokens: 12 });
  }
  const info = (await net.api.query.sessions.sessions(session)).unwrap();
  const end = info.start.toNumber() + info.length.toNumber();
  log(`relays served in session ${session}, which ends before block ${end}`);
  let endAt = 0;
  const deadline = Date.now() + 600_000;
  while (!marks.has('settlement.Settled')) {
    if (Date.now() > deadline) throw new Error(`no settlement within 10 minutes; events seen: ${[...marks.keys()].join(', ')}`);
    if (!endAt && (await net.api.rpc.chain.getHeader()).number.toNumber() >= end) endAt = Date.now();
    await new Promise((r) => setTimeout(r, 250));
  }
  unsubscribe();
  const step = (name: string) => {
    const mark = marks.get(name);
    return mark ? { blocks: mark.block - end + 1, seconds: endAt ? Math.round((mark.at - endAt) / 100) / 10 : null } : null;
  };
  const steps = Object.fromEntries(
    [
      'relayMining.Claimed',
      'relayMining.ProofSeedDrawn',
      'relayMining.ClaimProven',
      'tiqe.RoundOpened',
      'tiqe.ScoreCommitted',
      'tiqe.CommitsComplete',
      'tiqe.ScoreRevealed',
      'tiqe.RevealsComplete',
      'tiqe.RoundFinalized',
      'tiqe.RoundVoid',
      'settlement.Settled',
    ].map((n) => [n, step(n)]),
  );
  // What the honest validator used of each window: blocks from the round's opening to its
  // commit, and from its commit to its reveal (both counting the block that took it).
  const blockOf = (name: string) => marks.get(name)?.block;
  const [opened, committed, revealed] = ['tiqe.RoundOpened', 'tiqe.ScoreCommitted', 'tiqe.ScoreRevealed'].map(blockOf);
  const validatorBlocks =
    opened !== undefined && committed !== undefined && revealed !== undefined
      ? { commit: committed - opened + 1, reveal: revealed - committed }
      : null;
  log(`blocks after the session's end: ${JSON.stringify(steps)}`);
  report(
    'relay-mining-settlement-latency',
    {
      session_length: Number(values['session-length']),
      block_ms: Number(values['block-ms']),
      windows: { claim_delay: 1, claim_window: 3, proof_window: 4, tiqe_commit: 4, tiqe_reveal: 4 },
      blocks_to_settlement: steps['settlement.Settled']?.blocks,
      validator_blocks_needed: validatorBlocks,
      // Void if no committee member revealed within the 4-block windows (with short --block-ms
      // they pass before the validator has scored); settlement then uses the reputation.
      round_outcome: marks.has('tiqe.RoundFinalized') ? 'finalized' : marks.has('tiqe.RoundVoid') ? 'void' : 'none',
      steps,
      pokt_reference: 'about 16 minutes from session end to settlement (160 blocks of 6 s)',
    },
    !values['no-record'],
  );
} finally {
  await net.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
