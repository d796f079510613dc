/**
 * `sibyl stake`, `sibyl unbond`, `sibyl withdraw`: an account's bond per role (the stakes pallet).
 * `stake` registers the role with its first bond and configuration, or adds to the bond of a role
 * already held; `unbond` starts releasing part or all of it; `withdraw` frees what has finished
 * unbonding (docs/actors.md has each role's minimum and what it can lose).
 */
import { findEvent, type ApiPromise, type SubmittableExtrinsic } from '@sibyl/chain-client';
import type { ParsedArgs } from '../args.js';
import type { Command } from '../command.js';
import { parseSbl, sblLabel, sblText } from '../amounts.js';
import { CliError } from '../errors.js';
import { findModel } from '../model-lookup.js';
import { chainRole, parseRole, type RoleName } from '../roles.js';
import type { Signer } from '../signer.js';

/** Options that only make sense when a role is first registered, by role. */
const REGISTRATION_OPTIONS: Record<RoleName, readonly string[]> = {
  supplier: ['model', 'subject', 'capacity', 'devices'],
  validator: [],
  gateway: ['url'],
  application: ['gateway', 'spend-limit'],
};

function given(args: ParsedArgs, option: string): boolean {
  return args.string(option) !== undefined || args.strings(option).length > 0;
}

/** The registration call for `role` with its configuration from the options. */
async function registration(api: ApiPromise, args: ParsedArgs, role: RoleName, amount: bigint, signer: Signer): Promise<SubmittableExtrinsic<'promise'>> {
  switch (role) {
    case 'supplier': {
      const wanted = args.strings('model');
      if (!wanted.length) throw args.usageError('a new supplier declares what it serves: --model <id|name> (repeatable; `sibyl model list`)');
      const models = await Promise.all(wanted.map((m) => findModel(api, m)));
      const capacity = args.integer('capacity', 1, 2 ** 32 - 1);
      if (capacity === undefined) throw args.usageError('a new supplier declares its capacity: --capacity <generated tokens per second>');
      const devices = args.integer('devices', 1, 65_535) ?? 1;
      const { subjects } = await import('@sibyl/protocol');
      const subject = args.string('subject') ?? subjects.relay(signer.address);
      const device = devices === 1 ? { Single: null } : { Cluster: { devices } };
      return api.tx.stakes.registerSupplier(amount, models.map((m) => m.id), subject, capacity, device);
    }
    case 'validator':
      return api.tx.stakes.registerValidator(amount);
    case 'gateway':
      return api.tx.stakes.registerGateway(amount, args.requiredString('url'));
    case 'application': {
      const spendLimit = parseSbl(args.requiredString('spend-limit'), '--spend-limit', stake.usage);
      return api.tx.stakes.registerApplication(amount, args.strings('gateway'), spendLimit);
    }
  }
}

/** The active bond of `address` for `role`, or undefined when it does not hold the role. */
async function activeBond(api: ApiPromise, role: RoleName, address: string): Promise<bigint | undefined> {
  const bond = await api.query.stakes.bonds(chainRole(role), address);
  return bond.isSome ? bond.unwrap().active.toBigInt() : undefined;
}

const stake: Command = {
  words: ['stake'],
  usage:
    'sibyl stake <supplier|validator|gateway|application> <amount SBL> [--model <id|name>… --capacity <tps> [--subject <nats>] [--devices <n>]] [--url <gateway url>] [--gateway <address>… --spend-limit <SBL>]',
  summary: 'register a role with a first bond, or add to the bond of a role held',
  details: [
    'A first stake registers the role, with what the role declares:',
    '  supplier     --model <id|name> (repeat for several), --capacity <generated tokens/s>,',
    '               --subject <NATS subject> (default sibyl.relay.<address>), --devices <n> (a cluster of n ≥ 2 devices)',
    '  validator    nothing more',
    '  gateway      --url <public base URL of its OpenAI API>',
    '  application  --spend-limit <SBL per session, at most the deposit>, --gateway <address> (repeat; may be none)',
    'A later stake adds <amount> to the active bond (stakes.bondExtra); the options above are then refused.',
  ],
  options: {
    model: { type: 'string', multiple: true },
    capacity: { type: 'string' },
    subject: { type: 'string' },
    devices: { type: 'string' },
    url: { type: 'string' },
    gateway: { type: 'string', multiple: true },
    'spend-limit': { type: 'string' },
  },
  async run(ctx, args) {
    const role = parseRole(args.positionals[0], stake.usage);
    const amount = parseSbl(args.positional(1, 'amount SBL'), '<amount>', stake.usage);
    args.atMostPositionals(2);
    for (const [other, options] of Object.entries(REGISTRATION_OPTIONS)) {
      if (other === role) continue;
      const stray = options.find((o) => given(args, o) && !REGISTRATION_OPTIONS[role].includes(o));
      if (stray) throw args.usageError(`--${stray} is for a ${other}, not a ${role}`);
    }
    const signer = await ctx.signer();
    const api = await ctx.chain();
    const before = await activeBond(api, role, signer.address);
    let action: 'registered' | 'bonded';
    if (before === undefined) {
      action = 'registered';
      await ctx.submit(await registration(api, args, role, amount, signer), signer);
    } else {
      const stray = REGISTRATION_OPTIONS[role].find((o) => given(args, o));
      if (stray) throw new CliError(`${signer.label} is a ${role} already, so --${stray} does not apply: stake adds to the bond`, 'to change what the role declares, use stakes.updateSupplier / updateGateway / delegate (Polkadot.js)');
      action = 'bonded';
      await ctx.submit(api.tx.stakes.bondExtra(chainRole(role), amount), signer);
    }
    const active = (await activeBond(api, role, signer.address)) ?? 0n;
    ctx.out.result({ role, action, address: signer.address, amount: sblText(amount), active: sblText(active) }, () =>
      `${action === 'registered' ? `registered ${signer.label} as a ${role}` : `bonded ${sblLabel(amount)} more as a ${role}`}; active bond ${sblLabel(active)}`,
    );
  },
};

const unbond: Command = {
  words: ['unbond'],
  usage: 'sibyl unbond <supplier|validator|gateway|application> <amount SBL|all>',
  summary: 'start unbonding part or all of a role’s active bond (held and slashable until withdrawn)',
  async run(ctx, args) {
    const role = parseRole(args.positionals[0], unbond.usage);
    const amountText = args.positional(1, 'amount SBL|all');
    args.atMostPositionals(2);
    const all = amountText === 'all';
    const requested = all ? undefined : parseSbl(amountText, '<amount>', unbond.usage);
    const signer = await ctx.signer();
    const api = await ctx.chain();
    let amount = requested;
    if (all) {
      const active = await activeBond(api, role, signer.address);
      if (active === undefined) throw new CliError(`${signer.label} (${signer.address}) is not a ${role}`, `\`sibyl status\` shows its roles`);
      if (active === 0n) throw new CliError(`${signer.label}'s ${role} bond is all unbonding already`, `\`sibyl withdraw ${role}\` once it unlocks`);
      amount = active;
    }
    const { events } = await ctx.submit(api.tx.stakes.unbond(chainRole(role), amount!), signer);
    const record = findEvent(events, 'stakes', 'Unbonding');
    const unlockAt = record && api.events.stakes.Unbonding.is(record.event) ? record.event.data.unlockAt.toNumber() : undefined;
    const active = (await activeBond(api, role, signer.address)) ?? 0n;
    ctx.out.result({ role, address: signer.address, amount: sblText(amount!), unlockAt, active: sblText(active) }, () =>
      `unbonding ${sblLabel(amount!)} of ${signer.label}'s ${role} bond; withdraw from block #${unlockAt} (\`sibyl withdraw ${role}\`); still active ${sblLabel(active)}`,
    );
  },
};

const withdraw: Command = {
  words: ['withdraw'],
  usage: 'sibyl withdraw <supplier|validator|gateway|application>',
  summary: 'release every unbonding chunk of a role that has unlocked; the role ends when nothing is left',
  async run(ctx, args) {
    const role = parseRole(args.positionals[0], withdraw.usage);
    args.atMostPositionals(1);
    const signer = await ctx.signer();
    const api = await ctx.chain();
    const { events } = await ctx.submit(api.tx.stakes.withdrawUnbonded(chainRole(role)), signer);
    const record = findEvent(events, 'stakes', 'Withdrawn');
    const amount = record && api.events.stakes.Withdrawn.is(record.event) ? record.event.data.amount.toBigInt() : 0n;
    const deregistered = findEvent(events, 'stakes', 'Deregistered') !== undefined;
    ctx.out.result({ role, address: signer.address, withdrawn: sblText(amount), deregistered }, () =>
      `withdrew ${sblLabel(amount)} from ${signer.label}'s ${role} bond${deregistered ? `; ${signer.label} is no longer a ${role}` : ''}`,
    );
  },
};

export const stakeCommands: readonly Command[] = [stake, unbond, withdraw];

