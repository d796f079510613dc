/**
 * The attack suite's harness (docs/attacks.md): the local network with real processes — the
 * runtime in Chopsticks, nats-server, a supplier process running the real model, the gateway and
 * a TIQE+ validator daemon — plus funded attacker accounts, a log of every chain event, and the
 * table each attack adds a row to.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { EventRecord } from '@polkadot/types/interfaces';
import { ChainError, accountFromUri, sbl, signAndWait, type ApiPromise } from '@sibyl/chain-client';
import { inProcessGateway, setParameters, startLocalNetwork, type LocalNetwork, type LocalNetworkOptions, type TunablePallet } from '@sibyl/localnet';
import type { NatsConnection } from '@nats-io/transport-node';
import { RawGateway } from '../support/raw-gateway.js';
import OpenAI from 'openai';
import { Mallory } from './mallory.js';

/** One attack's outcome, a row of the table. */
export interface AttackRow {
  /** Short name of the attack. */
  attack: string;
  /** The hole of issue 12 it exercises (1–10). */
  hole: number;
  /** How many times the attacker tried. */
  tries: number;
  /** Whether every try was refused, or cost the attacker (slashed) instead of an honest party. */
  blocked: boolean;
  /** Planck honest parties lost (slashed, or served without being paid). */
  honest_loss_planck: string;
  /** Planck the attacker lost doing it (slashes, fees are not counted). */
  attacker_cost_planck: string;
  /** What happened, in a line. */
  detail: string;
}

export interface Attack {
  name: string;
  hole: number;
  run(ctx: AttackContext): Promise<Omit<AttackRow, 'attack' | 'hole'>>;
}

/** The chain error a promise rejected with (`pallet.Error`), its message otherwise, or `ok`. */
export async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return error instanceof ChainError ? error.name : (error as Error).message;
  }
}

/** A chain event as recorded: section, method, its JSON data and the block it was in. */
export interface RecordedEvent {
  section: string;
  method: string;
  data: unknown[];
  block: number;
}

export class AttackContext {
  readonly events: RecordedEvent[] = [];
  private unsubscribe: (() => void) | undefined;

  private malloryPromise: Promise<Mallory> | undefined;
  /** Where the supplier serves Prometheus metrics. */
  supplierMetricsPort = 0;

  private constructor(
    readonly net: LocalNetwork,
    /** The local operator's bus connection (watches heartbeats, reads the jobs stream). */
    readonly nats: NatsConnection,
    /** The dev gateway's key on its own bus connection, for hand-made relays. */
    readonly gateway: RawGateway,
    private readonly dataDir: string,
    readonly log: (line: string) => void,
  ) {}

  /** The dev application (Dave). */
  get app(): string {
    return this.net.actors.app.address;
  }

  /**
   * Mallory, the dishonest supplier, staked for the dev model and serving, in a session that
   * draws her for the dev application (created once, by the first attack that needs her).
   */
  mallory(): Promise<Mallory> {
    this.malloryPromise ??= (async () => {
      const model = this.net.modelId;
      const mallory = new Mallory(await this.account('Mallory'), (account) => this.net.connectBus(account));
      await mallory.register(this.api, model);
      const weights = (await this.api.query.models.registry(model)).unwrap().computeWeights;
      await mallory.serve(model, [weights.promptToken.toBigInt(), weights.completionToken.toBigInt()]);
      await this.untilBlock('a session drawing Mallory', async () => {
        const drawn = await this.api.call.sessionsApi.sessionSuppliers(await this.session(), this.app, model);
        return drawn.some((a) => a.toString() === mallory.address) || undefined;
      });
      await inProcessGateway(this.net).refresh();
      return mallory;
    })();
    return this.malloryPromise;
  }

  /** Builds blocks until `session`'s claim window (or its proof window) is open. */
  async untilWindow(session: bigint, window: 'claim' | 'proof'): Promise<void> {
    await this.untilBlock(`session ${session}'s ${window} window`, async () => {
      const windows = await this.api.call.relayMiningApi.claimWindows(session);
      if (windows.isNone) return undefined;
      const w = windows.unwrap();
      const opens = window === 'claim' ? w.claimOpen.toNumber() : w.claimClose.toNumber();
      return (await this.block()) >= opens || undefined;
    });
  }

  get api(): ApiPromise {
    return this.net.api;
  }

  /** The dev application's OpenAI client (Dave, through Charlie's gateway). */
  get client(): OpenAI {
    return new OpenAI({ baseURL: this.net.gateway, apiKey: this.net.apiKey, maxRetries: 0, timeout: 120_000 });
  }

  static async start(options: Omit<LocalNetworkOptions, 'dataDir'>, log: (line: string) => void): Promise<AttackContext> {
    const dataDir = mkdtempSync(join(tmpdir(), 'sibyl-attacks-'));
    const net = await startLocalNetwork({
      chainPort: 0,
      natsPort: 0,
      gatewayPort: 0,
      log,
      ...options,
      dataDir,
    });
    const gateway = new RawGateway(await net.connectBus(net.actors.gateway), net.actors.gateway);
    const ctx = new AttackContext(net, net.busClient, gateway, dataDir, log);
    // Every block's events, in order, with the block's number.
    let chain = Promise.resolve();
    ctx.unsubscribe = await net.api.rpc.chain.subscribeNewHeads((header) => {
      chain = chain.then(async () => {
        const records = (await (await net.api.at(header.hash)).query.system.events()) as unknown as EventRecord[];
        const block = header.number.toNumber();
        ctx.bestBlock = Math.max(ctx.bestBlock, block);
        for (const r of records) {
          ctx.events.push({ section: r.event.section, method: r.event.method, data: r.event.data.toJSON() as unknown[], block });
        }
      }).catch(() => undefined);
    });
    return ctx;
  }

  private bestBlock = 0;

  async stop(): Promise<void> {
    this.unsubscribe?.();
    (await this.malloryPromise?.catch(() => undefined))?.stop();
    await this.gateway.nats.drain().catch(() => undefined);
    await this.net.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** Where the network keeps its state (the supplier's archive and trees are under `supplier/`). */
  get stateDir(): string {
    return this.dataDir;
  }

  /** A new account funded by Alice with `amount` SBL. */
  async account(name: string, amount = 100_000): Promise<KeyringPair> {
    const pair = await accountFromUri(`//Attacks/${name}`);
    await signAndWait(this.api, this.api.tx.balances.transferKeepAlive(pair.address, sbl(amount)), this.net.actors.source);
    return pair;
  }

  /** Builds `count` blocks. */
  async blocks(count = 1): Promise<void> {
    await this.net.chain.newBlocks(count);
    this.bestBlock = (await this.api.rpc.chain.getHeader()).number.toNumber();
  }

  async block(): Promise<number> {
    this.bestBlock = (await this.api.rpc.chain.getHeader()).number.toNumber();
    return this.bestBlock;
  }

  async session(): Promise<bigint> {
    return (await this.api.query.sessions.currentSession()).toBigInt();
  }

  /**
   * Waits until `check` returns a value, for at most about `maxBlocks` blocks. Blocks come on their
   * own (one a second, and one per transaction), never faster: the validator daemon's commit and
   * reveal deadlines are counted in blocks, and rushing them would slash it for the harness's
   * haste, not for anything it did.
   */
  untilBlock<T>(what: string, check: () => T | undefined | Promise<T | undefined>, maxBlocks = 200): Promise<T> {
    return this.until(what, check, maxBlocks * 1_200);
  }

  /** Waits (in real time, blocks keep coming on their own) until `check` returns a value. */
  async until<T>(what: string, check: () => T | undefined | Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const value = await check();
      if (value !== undefined) return value;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  /** Recorded events `section.method`, optionally only those `where` accepts. */
  eventsOf(section: string, method: string, where: (data: unknown[]) => boolean = () => true): RecordedEvent[] {
    return this.events.filter((e) => e.section === section && e.method === method && where(e.data));
  }

  /** Sets a pallet's parameters with the dev chain's sudo key (a Council motion elsewhere). */
  setParameters(pallet: TunablePallet, changes: Record<string, number | string>): Promise<void> {
    return setParameters(this.api, this.net.actors.source, pallet, changes);
  }

  /** Dispatches `call` as Root through sudo; returns the events of its block's transaction. */
  async sudo(call: Parameters<ApiPromise['tx']['sudo']['sudo']>[0]): Promise<EventRecord[]> {
    return (await signAndWait(this.api, this.api.tx.sudo.sudo(call), this.net.actors.source)).events;
  }

  /** `who`'s active plus unbonding bond for `role`, in planck (0 if none). */
  async bond(who: string, role: 'Supplier' | 'Validator' | 'Gateway' | 'Application'): Promise<bigint> {
    const bond = await this.api.query.stakes.bonds(role, who);
    if (bond.isNone) return 0n;
    const b = bond.unwrap();
    return b.active.toBigInt() + b.unlocking.reduce((sum, c) => sum + c.value.toBigInt(), 0n);
  }

  /** Planck slashed from `who` (any role) according to the recorded `stakes.Slashed` events. */
  slashedFrom(who: string, since = 0): bigint {
    return this.events
      .filter((e) => e.section === 'stakes' && e.method === 'Slashed' && e.data[0] === who && e.block >= since)
      .reduce((sum, e) => sum + BigInt(e.data[2] as number | string), 0n);
  }
}

/** The table, then the one-line JSON summary that is always the output's last line. */
export function report(rows: AttackRow[]): { table: string; summary: string; ok: boolean } {
  const headers = ['attack', 'hole', 'tries', 'blocked', 'honest funds lost (planck)', 'attacker cost (planck)'];
  const cells = rows.map((r) => [r.attack, String(r.hole), String(r.tries), r.blocked ? 'yes' : 'NO', r.honest_loss_planck, r.attacker_cost_planck]);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  const table = [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line), '', ...rows.map((r) => `- ${r.attack}: ${r.detail}`)].join('\n');
  const honestLoss = rows.reduce((sum, r) => sum + BigInt(r.honest_loss_planck), 0n);
  const blocked = rows.filter((r) => r.blocked).length;
  const summary = JSON.stringify({ attacks: rows.length, blocked, honest_loss_planck: Number(honestLoss), rows });
  return { table, summary, ok: blocked === rows.length && honestLoss === 0n };
}

/** `stakes.Slashed` of the network's honest actors (its supplier and validator) since event `from`. */
function honestSlashes(ctx: AttackContext, from: number): { total: bigint; lines: string[] } {
  const honest = new Set([ctx.net.actors.supplier.address, ctx.net.actors.validator.address]);
  const slashes = ctx.events.slice(from).filter((e) => e.section === 'stakes' && e.method === 'Slashed' && honest.has(e.data[0] as string));
  return {
    total: slashes.reduce((sum, e) => sum + BigInt(e.data[2] as number | string), 0n),
    lines: slashes.map((e) => `${e.data[0]} ${JSON.stringify(e.data[1])} ${e.data[2]} for ${JSON.stringify(e.data[3])} in block ${e.block}`),
  };
}

/** Runs `attacks` in order; an attack that throws is a row that was not blocked. */
export async function runAttacks(ctx: AttackContext, attacks: Attack[]): Promise<AttackRow[]> {
  const rows: AttackRow[] = [];
  for (const attack of attacks) {
    const started = Date.now();
    ctx.log(`attack: ${attack.name} (hole ${attack.hole})…`);
    const from = ctx.events.length;
    try {
      const outcome = await attack.run(ctx);
      // Whatever the attack itself measures, an honest party slashed meanwhile is a loss.
      const collateral = honestSlashes(ctx, from);
      const honestLoss = BigInt(outcome.honest_loss_planck) + collateral.total;
      rows.push({
        attack: attack.name,
        hole: attack.hole,
        ...outcome,
        blocked: outcome.blocked && collateral.total === 0n,
        honest_loss_planck: String(honestLoss),
        detail: collateral.total === 0n ? outcome.detail : `${outcome.detail}; HONEST PARTIES SLASHED: ${collateral.lines.join(', ')}`,
      });
    } catch (error) {
      rows.push({
        attack: attack.name,
        hole: attack.hole,
        tries: 0,
        blocked: false,
        honest_loss_planck: '0',
        attacker_cost_planck: '0',
        detail: `the attack run failed: ${(error as Error).stack ?? error}`,
      });
    }
    ctx.log(`attack: ${attack.name} done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  return rows;
}
