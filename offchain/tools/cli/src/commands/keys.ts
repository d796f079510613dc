/**
 * `sibyl keys …`: the node runner's keys, kept in the keystore (docs/cli.md, "Keys"). A secret is
 * printed only when asked for with --show-secret.
 */
import { u8aToHex } from '@polkadot/util';
import type { Command } from '../command.js';
import { confirm } from '../confirm.js';
import { CliError, UsageError } from '../errors.js';
import { newMnemonic, pairFromUri, secretUriProblem } from '../key-pairs.js';
import { Keystore, type StoredKey } from '../keystore.js';

const create: Command = {
  words: ['keys', 'create'],
  usage: 'sibyl keys create <name> [--suri <secret uri>]',
  summary: 'create a key (a new mnemonic, or the secret URI given) and store it',
  details: [
    '--suri <uri>   import this secret URI (a mnemonic, with an optional //hard/soft path, or //Alice on dev chains)',
    'Without --suri a new 12-word mnemonic is generated; back it up with `sibyl keys inspect <name> --show-secret`.',
  ],
  options: { suri: { type: 'string' } },
  async run(ctx, args) {
    const name = Keystore.checkName(args.positional(0, 'name'));
    args.atMostPositionals(1);
    if (ctx.keystore.has(name)) throw new CliError(`a key named ${name} exists already (${ctx.keystore.fileOf(name)})`, 'pick another name, or `sibyl keys remove` it first');
    const given = args.string('suri');
    const suri = given ?? (await newMnemonic());
    const problem = await secretUriProblem(suri);
    if (problem) throw new UsageError(`--suri is not a secret URI: ${problem}`, create.usage);
    const address = (await pairFromUri(suri)).address;
    const key: StoredKey = { name, address, type: 'sr25519', suri, createdAt: new Date().toISOString() };
    const file = ctx.keystore.add(key);
    ctx.out.result({ name, address, type: key.type, generated: given === undefined, file }, () => `${name}  ${address}`);
    if (given === undefined && !ctx.options.json) {
      ctx.out.note(`A new mnemonic was generated. Back it up now: sibyl keys inspect ${name} --show-secret`);
    }
  },
};

const list: Command = {
  words: ['keys', 'list'],
  usage: 'sibyl keys list',
  summary: 'list the stored keys (names and addresses)',
  async run(ctx, args) {
    args.atMostPositionals(0);
    const keys = ctx.keystore.list();
    ctx.out.result({ home: ctx.keystore.home, keys }, () =>
      keys.length ? keys.map((k) => `${k.name.padEnd(16)} ${k.address}`) : [`no keys in ${ctx.keystore.dir}`],
    );
  },
};

const inspect: Command = {
  words: ['keys', 'inspect'],
  usage: 'sibyl keys inspect <name> [--show-secret]',
  summary: 'show a key’s address, public key and file (and its secret with --show-secret)',
  options: { 'show-secret': { type: 'boolean' } },
  async run(ctx, args) {
    const name = Keystore.checkName(args.positional(0, 'name'));
    args.atMostPositionals(1);
    const key = ctx.keystore.get(name);
    const publicKey = u8aToHex((await pairFromUri(key.suri)).publicKey);
    const shown = { ...Keystore.public(key), publicKey, file: ctx.keystore.fileOf(name) };
    const secret = args.flag('show-secret') ? key.suri : undefined;
    ctx.out.result(secret === undefined ? shown : { ...shown, secret }, () => [
      `name        ${key.name}`,
      `address     ${key.address}`,
      `public key  ${publicKey}`,
      `type        ${key.type}`,
      `created     ${key.createdAt}`,
      `file        ${shown.file}`,
      ...(secret === undefined ? [] : [`secret      ${secret}`]),
    ]);
  },
};

const remove: Command = {
  words: ['keys', 'remove'],
  usage: 'sibyl keys remove <name> [--yes]',
  summary: 'delete a stored key (asks first on a terminal; --yes otherwise)',
  options: { yes: { type: 'boolean', short: 'y' } },
  async run(ctx, args) {
    const name = Keystore.checkName(args.positional(0, 'name'));
    args.atMostPositionals(1);
    const key = ctx.keystore.get(name);
    if (!args.flag('yes')) {
      if (!process.stdin.isTTY) throw args.usageError('not on a terminal: pass --yes to remove a key without being asked');
      const sure = await confirm(`Remove key ${name} (${key.address})? Its secret is gone unless you backed it up.`);
      if (!sure) {
        ctx.out.note('kept');
        return 1;
      }
    }
    ctx.keystore.remove(name);
    ctx.out.result({ removed: name, address: key.address }, () => `removed ${name} (${key.address})`);
  },
};

export const keyCommands: readonly Command[] = [create, list, inspect, remove];
