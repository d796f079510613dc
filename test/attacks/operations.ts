/**
 * Attacks on how the parts run (issue 12, holes 5 and 8–10): a supplier killed between its claim
 * and its proof, abusive jobs, work and memory a stranger can make a supplier spend, and the
 * smaller ways to make one client's request or one account's transaction hurt another.
 */
import { randomBytes } from 'node:crypto';
import { Keyring } from '@polkadot/keyring';
import { decodeDispatchError, sbl, signAndWait } from '@sibyl/chain-client';
import { JOBS_STREAM, hash256, signEnvelope, fastSigner, subjects } from '@sibyl/protocol';
import { jetstreamManager } from '@nats-io/jetstream';
import { APIError } from 'openai';
import { outcome, type Attack, type AttackContext, type AttackRow } from './harness.js';

/** Hole 5: the supplier dies (SIGKILL) after claiming and before proving. */
export const supplierKilledBetweenClaimAndProof: Attack = {
  name: 'supplier killed between claim and proof',
  hole: 5,
  async run(ctx) {
    const { net } = ctx;
    const bob = net.actors.supplier.address;
    const session = await ctx.session();
    for (let i = 0; i < 3; i++) {
      await ctx.client.chat.completions.create({ model: net.modelName, messages: [{ role: 'user', content: `Name a river (${i}).` }], max_tokens: 8, temperature: 0 });
    }
    const bondBefore = await ctx.bond(bob, 'Supplier');
    await ctx.untilWindow(session, 'claim');
    await ctx.until('Bob’s claim', () => ctx.eventsOf('relayMining', 'Claimed', (d) => d[1] === bob && d[2] === ctx.app && BigInt(d[0] as number) === session)[0]);
    net.supplier.kill();
    // A relay for the same session can no longer reach the claimed tree; the restarted supplier
    // rebuilds exactly the claimed tree from its frozen store and proves it.
    await net.supplier.start(ctx.nats);
    const proven = await ctx.until(
      'Bob’s proof',
      () =>
        ctx.eventsOf('relayMining', 'ClaimProven', (d) => d[1] === bob && d[2] === ctx.app && BigInt(d[0] as number) === session)[0] ??
        ctx.eventsOf('relayMining', 'ClaimVoid', (d) => d[1] === bob && d[2] === ctx.app && BigInt(d[0] as number) === session)[0],
      180_000,
    );
    const loss = bondBefore - (await ctx.bond(bob, 'Supplier'));
    return {
      tries: 1,
      blocked: proven.method === 'ClaimProven' && loss === 0n,
      honest_loss_planck: String(loss),
      attacker_cost_planck: '0',
      detail: `SIGKILL after the claim of session ${session}; after the restart the claim was ${proven.method === 'ClaimProven' ? 'proven' : 'VOID'}`,
    };
  },
};

/** Hole 8: jobs that are malformed, free, too long for what they declare, or a flood. */
export const abusiveJobs: Attack = {
  name: 'abusive jobs (malformed, free, under-declared, flood, no dispatcher)',
  hole: 8,
  async run(ctx) {
    const { api } = ctx;
    // The runtime's 20-block job timeout is two minutes of 6 s blocks; here a block comes every
    // second and with every transaction, so the same two minutes are given in blocks.
    const timeout = (await api.query.jobs.parameters()).jobTimeout.toNumber();
    await ctx.setParameters('jobs', { jobTimeout: 120 });
    try {
      return await abuseJobs(ctx);
    } finally {
      await ctx.setParameters('jobs', { jobTimeout: timeout });
    }
  },
};

async function abuseJobs(ctx: AttackContext): Promise<Omit<AttackRow, 'attack' | 'hole'>> {
  const { api, net } = ctx;
  const app = net.actors.app;
  const bob = net.actors.supplier.address;
  const sampling = { maxTokens: 4, temperatureMilli: 0, topPMilli: 1000, seed: null };
  const chat = (content: string) => JSON.stringify({ kind: 'chat', messages: [{ role: 'user', content }], stop: [] });
  const submit = (input: string, prompt: number, price: bigint, s = sampling) => signAndWait(api, api.tx.jobs.submit(net.modelId, input, prompt, s, price), app);
  const refused: string[] = [];
  refused.push(await outcome(submit('{"kind":"chat","messages":"hi"}', 16, sbl('0.001'))));
  refused.push(await outcome(submit(chat('Hi'), 16, 0n)));
  refused.push(await outcome(submit(chat('Hi'), 1_000_000, sbl('0.001'))));
  // A prompt far longer than declared, until one lands on Bob: he refuses it at no cost.
  const bobBefore = await ctx.bond(bob, 'Supplier');
  const long = chat('Tell me everything about '.concat('the history of the seas and the ships that sailed them, '.repeat(8)));
  let refusal: string | undefined;
  for (let i = 0; i < 8 && !refusal; i++) {
    const events = (await submit(long, 4, sbl('0.001'))).events;
    const job = BigInt(events.find((r) => r.event.method === 'JobSubmitted')!.event.data[0]!.toString());
    await ctx.blocks(1);
    const entry = (await api.query.jobs.jobs(job)).unwrap();
    if (!entry.status.isAssigned || entry.status.asAssigned.supplier.toString() !== bob) continue;
    const e = await ctx.until('Bob’s refusal', () => ctx.eventsOf('jobs', 'JobRefused', (d) => BigInt(d[0] as number) === job)[0] ?? ctx.eventsOf('jobs', 'JobCompleted', (d) => BigInt(d[0] as number) === job)[0], 120_000);
    refusal = e.method === 'JobRefused' ? JSON.stringify(e.data[2]) : 'answered';
  }
  const bobLoss = bobBefore - (await ctx.bond(bob, 'Supplier'));
  // A flood in one block, before any of it can be assigned (or fail for want of a free
  // supplier): every open job holds a deposit, and an application has only so many open.
  const cap = api.consts.jobs.maxOpenJobsPerApp.toNumber();
  const open = (await api.query.jobs.openJobs(app.address)).toNumber();
  const floodSize = cap - open + 1;
  const floodTx = api.tx.utility.batch(Array.from({ length: floodSize }, () => api.tx.jobs.submit(net.modelId, chat('1'), 8, { ...sampling, maxTokens: 1 }, sbl('0.001'))));
  const { events: floodEvents, blockHash: floodBlock } = await signAndWait(api, floodTx, app);
  const held = (await (await api.at(floodBlock)).query.balances.holds(app.address)).find((h) => JSON.stringify(h.id.toJSON()).toLowerCase().includes('jobs'));
  const interrupted = floodEvents.find((r) => api.events.utility.BatchInterrupted.is(r.event));
  const flood: string[] = Array.from({ length: floodSize }, (_, i) => {
    if (!interrupted || !api.events.utility.BatchInterrupted.is(interrupted.event)) return 'ok';
    const { index, error } = interrupted.event.data;
    if (i < index.toNumber()) return 'ok';
    return i === index.toNumber() ? decodeDispatchError(api, error).name : 'not tried';
  });
  // With the dispatcher stopped, Bob still finds and answers his jobs from chain state.
  net.dispatcher.stop();
  let answeredWithout = false;
  for (let i = 0; i < 8 && !answeredWithout; i++) {
    await ctx.until('room for a job', async () => ((await api.query.jobs.openJobs(app.address)).toNumber() < cap ? true : undefined), 300_000);
    const submitted = await outcome(submit(chat('Say yes.'), 16, sbl('0.001')));
    if (submitted !== 'ok') continue;
    const job = BigInt(ctx.eventsOf('jobs', 'JobSubmitted').at(-1)!.data[0] as number);
    const assigned = await ctx.until('the assignment', () => ctx.eventsOf('jobs', 'JobAssigned', (d) => BigInt(d[0] as number) === job)[0] ?? ctx.eventsOf('jobs', 'JobFailed', (d) => BigInt(d[0] as number) === job)[0]);
    if (assigned.method !== 'JobAssigned' || assigned.data[1] !== bob) continue;
    await ctx.until('the answer', () => ctx.eventsOf('jobs', 'JobCompleted', (d) => BigInt(d[0] as number) === job)[0], 180_000);
    answeredWithout = true;
  }
  const floodRefused = flood.filter((o) => o === 'jobs.TooManyOpenJobs').length;
  const expected = ['jobs.MalformedInput', 'jobs.PriceTooLow', 'jobs.ExceedsContext'];
  return {
    tries: refused.length + 1 + flood.length + 1,
    blocked: refused.every((r, i) => r === expected[i]) && refusal !== undefined && refusal !== 'answered' && bobLoss === 0n && floodRefused >= 1 && held !== undefined && answeredWithout,
    honest_loss_planck: String(bobLoss),
    attacker_cost_planck: '0',
    detail: `${refused.join(', ')}; an under-declared prompt refused by the supplier at no cost (${refusal}); ${floodRefused} of a ${flood.length}-job flood refused (jobs.TooManyOpenJobs), each open job holding a deposit; with the dispatcher stopped a job was ${answeredWithout ? 'still answered from chain state' : 'NOT answered'}`,
  };
}

/** Reads a Prometheus gauge from the supplier's metrics endpoint. */
async function gauge(port: number, name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.slice(name.length + 1)) : Number.NaN;
}

/** Hole 9: envelopes signed by throwaway keys, to make a supplier read the chain and cache. */
export const strangerEnvelopes: Attack = {
  name: 'envelopes signed by throwaway keys',
  hole: 9,
  async run(ctx) {
    const { net } = ctx;
    const port = ctx.supplierMetricsPort;
    const before = await gauge(port, 'sibyl_supplier_chain_cache_entries');
    const keyring = new Keyring({ type: 'sr25519' });
    const body = JSON.stringify({ kind: 'completion', prompt: 'x', stop: [] });
    const tries = 300;
    const codes = await Promise.all(
      Array.from({ length: tries }, async (_, i) => {
        const stranger = fastSigner(keyring.addFromSeed(randomBytes(32)));
        const app = keyring.addFromSeed(randomBytes(32)).address;
        const envelope = signEnvelope(
          { session: await ctx.session(), app, gateway: stranger.address, supplier: net.actors.supplier.address, model: net.modelId, requestHash: hash256(body), promptTokens: 4, sampling: { maxTokens: 4, temperatureMilli: 0, topPMilli: 1000, seed: null }, nonce: BigInt(i) },
          stranger,
        );
        const { frames } = await ctx.gateway.relay(net.actors.supplier.address, { envelope, body }, { until: () => true, timeoutMs: 10_000 });
        const frame = frames[0];
        if (!frame) return 'no answer';
        return frame.t === 'error' ? frame.code : frame.t;
      }),
    );
    const after = await gauge(port, 'sibyl_supplier_chain_cache_entries');
    const unauthorized = codes.filter((c) => c === 'unauthorized').length;
    // The jobs stream is bounded too.
    const info = await (await jetstreamManager(ctx.nats)).streams.info(JOBS_STREAM);
    const bounded = info.config.max_msgs > 0 && info.config.max_bytes > 0 && info.config.max_age > 0;
    return {
      tries,
      blocked: unauthorized === tries && after - before <= 2 && bounded,
      honest_loss_planck: '0',
      attacker_cost_planck: '0',
      detail: `${unauthorized} of ${tries} refused as unauthorized with no chain read; the supplier's cached chain entries went ${before} → ${after}; the jobs stream holds at most ${info.config.max_msgs} notices, ${info.config.max_bytes} bytes, ${Number(info.config.max_age) / 1e9} s`,
    };
  },
};

/** Hole 10: one client's cancel stopping another's identical request, a body the bus cannot carry, one account's concurrent transactions, leaving before the verdict. */
export const crossRequestInterference: Attack = {
  name: 'identical prompts, oversize bodies, nonce races, early exit',
  hole: 10,
  async run(ctx) {
    const { api, net } = ctx;
    const notes: string[] = [];
    let ok = true;
    // Two clients send the same prompt; the first goes away mid-stream.
    const request = { model: net.modelName, messages: [{ role: 'user' as const, content: 'Write a short poem about the moon.' }], max_tokens: 24, temperature: 0, stream: true as const };
    const quitter = new AbortController();
    const first = (async () => {
      const stream = await ctx.client.chat.completions.create(request, { signal: quitter.signal });
      for await (const chunk of stream) if (chunk.choices[0]?.delta.content) quitter.abort();
    })().catch(() => undefined);
    const second = (async () => {
      let text = '';
      let finish: string | null | undefined;
      for await (const chunk of await ctx.client.chat.completions.create(request)) {
        text += chunk.choices[0]?.delta.content ?? '';
        finish = chunk.choices[0]?.finish_reason ?? finish;
      }
      return { text, finish };
    })();
    await first;
    const kept = await second.catch((e: Error) => ({ text: '', finish: `error ${e.message}` }));
    ok &&= kept.finish === 'length' || kept.finish === 'stop';
    notes.push(`the other client's identical stream ended with ${kept.finish}`);
    // A body the bus cannot carry is refused before it is read, and the gateway goes on serving.
    const huge = await fetch(`${net.gateway}/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${net.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: net.modelName, messages: [{ role: 'user', content: 'x'.repeat(1_500_000) }] }),
    });
    const code = ((await huge.json()) as { error: { code: string } }).error.code;
    const after = await ctx.client.chat.completions.create({ model: net.modelName, messages: [{ role: 'user', content: 'Hi' }], max_tokens: 2 }).then(() => 'ok', (e: APIError) => `${e.status}`);
    ok &&= huge.status === 413 && code === 'request_too_large' && after === 'ok';
    notes.push(`a 1.5 MB body: ${huge.status} ${code}, next request ${after}`);
    // One account, many transactions at once: the chain client queues them, no nonce collides.
    const busy = await ctx.account('Busy', 10);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => outcome(signAndWait(api, api.tx.system.remark(`r${i}`), busy))));
    ok &&= results.every((r) => r === 'ok');
    notes.push(`6 concurrent transactions from one account: ${results.filter((r) => r === 'ok').length} included`);
    // A supplier that leaves at once stays slashable until its work is settled.
    const leaver = await ctx.account('Leaver', 5_000);
    await signAndWait(api, api.tx.stakes.registerSupplier(sbl(1_000), [net.modelId], subjects.relay(leaver.address), 10, { Single: null }), leaver);
    const unbonded = await signAndWait(api, api.tx.stakes.unbond('Supplier', sbl(1_000)), leaver);
    const unlockAt = Number((unbonded.events.find((r) => r.event.method === 'Unbonding')!.event.data[3] as unknown as { toString(): string }).toString());
    const sessions = await api.query.sessions.parameters();
    const mining = await api.query.relayMining.parameters();
    const pipeline = sessions.sessionLength.toNumber() + mining.claimDelay.toNumber() + mining.claimWindow.toNumber() + mining.proofWindow.toNumber();
    const now = await ctx.block();
    const early = await outcome(signAndWait(api, api.tx.stakes.withdrawUnbonded('Supplier'), leaver));
    ok &&= unlockAt - now >= pipeline && early === 'stakes.NothingToWithdraw';
    notes.push(`a supplier unbonding at once is held ${unlockAt - now} blocks (claim → proof takes up to ${pipeline}); withdrawing early: ${early}`);
    return {
      tries: 4,
      blocked: ok,
      honest_loss_planck: '0',
      attacker_cost_planck: '0',
      detail: notes.join('; '),
    };
  },
};
