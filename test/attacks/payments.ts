/**
 * Attacks on who pays for what (issue 12, holes 1–3): a supplier paid for more than the payer
 * signed, an application spending beyond its deposit, and a gateway's spend ledger raced,
 * straddled or split across gateways.
 */
import { join } from 'node:path';
import { sbl, signAndWait } from '@sibyl/chain-client';
import { Gateway } from '@sibyl/gateway';
import { ModelFetcher, PromptCounter, readChainModel } from '@sibyl/model-runtime';
import OpenAI, { APIError } from 'openai';
import { outcome, type Attack, type AttackContext } from './harness.js';

/** The HTTP status a request ended with (200 if it succeeded). */
async function status(request: Promise<unknown>): Promise<number> {
  try {
    await request;
    return 200;
  } catch (error) {
    return error instanceof APIError ? (error.status ?? 0) : 0;
  }
}

const question = (i: number) => ({ role: 'user' as const, content: `Name a colour, please (${i}).` });

/** Hole 1: signed usage above what the gateway signed for, claimed on chain. */
export const supplierInflatesRelayUsage: Attack = {
  name: 'supplier inflates a relay’s prompt tokens',
  hole: 1,
  async run(ctx) {
    const { api, net } = ctx;
    const mallory = await ctx.mallory();
    const session = await ctx.session();
    // Concurrent, so that the gateway tries both suppliers drawn for the application.
    const asked = 6;
    const replies = await Promise.all(
      Array.from({ length: asked }, (_, i) =>
        ctx.client.chat.completions.create({ model: net.modelName, messages: [question(i)], max_tokens: 8, temperature: 0 }).catch(() => undefined),
      ),
    );
    // Every client got an answer, with the usage Bob served, not Mallory's inflated one.
    const answered = replies.filter((r) => typeof r?.choices[0]?.message.content === 'string' && r.usage!.prompt_tokens < 100).length;
    const envelopes = mallory.relays.filter((r) => r.envelope.session === session && r.envelope.app === ctx.app).length;
    if (envelopes === 0) throw new Error('the gateway sent Mallory no relay');
    // She claims the gateway-signed envelopes with her inflated usage.
    await ctx.untilWindow(session, 'claim');
    const tree = await mallory.claim(api, session, ctx.app, net.modelId);
    await ctx.untilWindow(session, 'proof');
    const proofs: string[] = [];
    for (let i = 0; i < 2; i++) {
      proofs.push(await outcome(mallory.prove(api, tree, session, ctx.app, net.modelId)));
      await ctx.blocks(1);
    }
    const voided = await ctx.untilBlock('Mallory’s claim voided', () =>
      ctx.eventsOf('relayMining', 'ClaimVoid', (d) => d[1] === mallory.address && BigInt(d[0] as number) === session)[0],
    );
    const paid = ctx
      .eventsOf('settlement', 'Settled', (d) => d[1] === mallory.address)
      .reduce((sum, e) => sum + BigInt(e.data[10] as number), 0n);
    const refused = proofs.every((p) => p === 'relayMining.PromptTokensAboveSigned');
    return {
      tries: envelopes + proofs.length,
      blocked: refused && paid === 0n && answered === asked,
      honest_loss_planck: String(paid),
      attacker_cost_planck: String(BigInt(voided.data[4] as number)),
      detail: `the gateway refused ${envelopes} answer(s) signed for 500 more prompt tokens than it counted and served ${answered} of ${asked} from Bob; her claim's proof: ${proofs.join(', ')}; claim void, Mallory slashed`,
    };
  },
};

/** Hole 1, jobs: a result whose usage exceeds what the submitter declared. */
export const supplierInflatesJobUsage: Attack = {
  name: 'supplier inflates a job’s usage',
  hole: 1,
  async run(ctx) {
    const { api, net } = ctx;
    const mallory = await ctx.mallory();
    const input = JSON.stringify({ kind: 'chat', messages: [{ role: 'user', content: 'Say hello.' }], stop: [] });
    const sampling = { maxTokens: 8, temperatureMilli: 0, topPMilli: 1000, seed: null };
    const results: string[] = [];
    // The chain draws the supplier by stake among those with room: Bob, heavier, takes most.
    const tries = 24;
    for (let i = 0; i < tries && results.length === 0; i++) {
      const submitted = await signAndWait(api, api.tx.jobs.submit(net.modelId, input, 32, sampling, sbl('0.001')), net.actors.app);
      const job = BigInt(submitted.events.find((r) => r.event.method === 'JobSubmitted')!.event.data[0]!.toString());
      await ctx.blocks(1);
      const entry = (await api.query.jobs.jobs(job)).unwrap();
      if (!entry.status.isAssigned || entry.status.asAssigned.supplier.toString() !== mallory.address) continue;
      // More prompt tokens than declared, then more completion tokens than max_tokens.
      results.push(await outcome(signAndWait(api, api.tx.jobs.submitResult(job, 'Hello!', 400, 2), mallory.account)));
      results.push(await outcome(signAndWait(api, api.tx.jobs.submitResult(job, 'Hello!', 10, 500), mallory.account)));
      // She gives up on it, at no cost.
      results.push(await outcome(signAndWait(api, api.tx.jobs.refuse(job, 'Unrenderable'), mallory.account)));
    }
    if (results.length === 0) throw new Error(`no job was assigned to Mallory in ${tries} tries`);
    const blocked = results[0] === 'jobs.PromptTokensAboveDeclared' && results[1] === 'jobs.TooManyTokens';
    return {
      tries: 2,
      blocked,
      honest_loss_planck: '0',
      attacker_cost_planck: '0',
      detail: `results refused: ${results.slice(0, 2).join(', ')}; her refusal: ${results[2]}`,
    };
  },
};

/** Hole 2: a spend limit above the deposit, and a deposit unbonded while relaying. */
export const applicationOutspendsDeposit: Attack = {
  name: 'application spends beyond its deposit',
  hole: 2,
  async run(ctx) {
    const { api, net } = ctx;
    const trudy = await ctx.account('Trudy', 1_000);
    const gateway = net.actors.gateway.address;
    const tries: string[] = [];
    tries.push(await outcome(signAndWait(api, api.tx.stakes.registerApplication(sbl(20), [gateway], sbl(50)), trudy)));
    await signAndWait(api, api.tx.stakes.registerApplication(sbl(20), [gateway], sbl(10)), trudy);
    tries.push(await outcome(signAndWait(api, api.tx.stakes.setSpendLimit(sbl(30)), trudy)));
    const client = new OpenAI({ baseURL: net.gateway, apiKey: net.createApiKey(trudy.address, 'trudy'), maxRetries: 0, timeout: 120_000 });
    const session = await ctx.session();
    for (let i = 0; i < 2; i++) await client.chat.completions.create({ model: net.modelName, messages: [question(i)], max_tokens: 8, temperature: 0 });
    // Everything unbonded: she is no longer served, and cannot take the funds back early.
    await signAndWait(api, api.tx.stakes.unbond('Application', sbl(20)), trudy);
    await ctx.blocks(1);
    await new Promise((r) => setTimeout(r, 2_000)); // the gateway re-reads her standing on the new block
    tries.push(`HTTP ${await status(client.chat.completions.create({ model: net.modelName, messages: [question(9)], max_tokens: 8 }))}`);
    tries.push(await outcome(signAndWait(api, api.tx.stakes.withdrawUnbonded('Application'), trudy)));
    // What she was served is still paid, from the unbonding deposit.
    const settled = await ctx.until(
      'the settlement of Trudy’s relays',
      () => ctx.eventsOf('settlement', 'Settled', (d) => d[2] === trudy.address && BigInt(d[0] as number) === session)[0],
      300_000,
    );
    const [gross, charged, payout] = [BigInt(settled.data[9] as number), BigInt(settled.data[10] as number), settled.data[11] as Record<string, number>];
    const shortfall = gross - BigInt(payout.refunded!) - charged;
    const expected = ['stakes.SpendLimitAboveDeposit', 'stakes.SpendLimitAboveDeposit', 'HTTP 403', 'stakes.NothingToWithdraw'];
    return {
      tries: tries.length,
      blocked: tries.every((t, i) => t === expected[i]) && shortfall === 0n && BigInt(payout.supplier!) > 0n,
      honest_loss_planck: String(shortfall > 0n ? shortfall : 0n),
      attacker_cost_planck: '0',
      detail: `${tries.join(', ')}; her session's relays settled in full from the unbonding deposit (${charged} planck, supplier ${payout.supplier})`,
    };
  },
};

/** The most a chat request of `maxTokens` costs at the model's current price, as gateways reserve it. */
async function maxCostOf(ctx: AttackContext, content: string, maxTokens: number): Promise<bigint> {
  const { api, net } = ctx;
  const record = await readChainModel(api, net.modelId);
  const counter = await PromptCounter.load(await new ModelFetcher().ensure(record.artifact));
  const prompt = counter.count({ kind: 'chat', messages: [{ role: 'user', content }], stop: [] });
  await counter.close();
  const model = (await api.query.models.registry(net.modelId)).unwrap();
  const price = (await api.query.pricing.prices(net.modelId)).unwrapOr(model.priceFloor).toBigInt();
  const cu = BigInt(prompt) * model.computeWeights.promptToken.toBigInt() + BigInt(maxTokens) * model.computeWeights.completionToken.toBigInt();
  return (cu * price + 999n) / 1000n;
}

/** Hole 3: concurrent requests against one check, and two gateways each keeping a ledger. */
export const gatewayLedgerRace: Attack = {
  name: 'spend ledger raced by concurrent requests at two gateways',
  hole: 3,
  async run(ctx) {
    const { api, net } = ctx;
    const ursula = await ctx.account('Ursula', 1_000);
    // A second gateway, Ferdie's, in this process.
    const ferdie = await ctx.account('Ferdie-gateway', 2_000);
    await signAndWait(api, api.tx.stakes.registerGateway(sbl(500), 'http://127.0.0.1:1/v1'), ferdie);
    const second = await Gateway.start({
      rpc: net.rpc,
      nats: net.nats,
      suri: '//Attacks/Ferdie-gateway',
      port: 0,
      dataDir: join(ctx.stateDir, 'gateway-ferdie'),
      log: () => undefined,
    });
    try {
      const content = 'Tell me about the sea.';
      const maxCost = await maxCostOf(ctx, content, 16);
      // Enough for three such requests in a session, shared by the two gateways: one each.
      const limit = 3n * maxCost;
      await signAndWait(api, api.tx.stakes.registerApplication(sbl(20), [net.actors.gateway.address, ferdie.address], limit), ursula);
      await ctx.blocks(1);
      const clients = [
        { baseURL: net.gateway, apiKey: net.createApiKey(ursula.address, 'ursula') },
        { baseURL: second.baseUrl, apiKey: second.createApiKey(ursula.address, 'ursula') },
      ].map((endpoint) => new OpenAI({ ...endpoint, maxRetries: 0, timeout: 180_000 }));
      const statuses = await Promise.all(
        clients.flatMap((client) =>
          Array.from({ length: 6 }, () => status(client.chat.completions.create({ model: net.modelName, messages: [{ role: 'user', content }], max_tokens: 16, temperature: 0 }))),
        ),
      );
      const admitted = statuses.filter((s) => s === 200).length;
      const refused = statuses.filter((s) => s === 429).length;
      const committed = BigInt(admitted) * maxCost;
      return {
        tries: statuses.length,
        blocked: committed <= limit && admitted + refused === statuses.length && admitted >= 1,
        honest_loss_planck: String(committed > limit ? committed - limit : 0n),
        attacker_cost_planck: '0',
        detail: `12 concurrent requests, 6 at each of two gateways, each costing up to ${maxCost} planck against a limit of ${limit}: ${admitted} admitted, ${refused} refused (429)`,
      };
    } finally {
      await second.stop();
    }
  },
};
