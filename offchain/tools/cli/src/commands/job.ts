/**
 * `sibyl job submit` and `sibyl job watch`: on-chain inference as an application (the jobs
 * pallet). A job's input is a chat relay body with the prompt as the user's message; its output
 * comes back on chain and `watch` prints it.
 */
import { findEvent } from '@sibyl/chain-client';
import type { Command, CommandContext } from '../command.js';
import { parseInteger } from '../args.js';
import { parseSbl, sblText } from '../amounts.js';
import { CliError, ExitCode } from '../errors.js';
import { defaultMaxPrice, currentPrice, promptTokenBound } from '../job-pricing.js';
import { hasEnded, watchJob, type JobState } from '../job-watcher.js';
import { findModel } from '../model-lookup.js';

const short = (address: string) => `${address.slice(0, 6)}…${address.slice(-4)}`;

function describe(state: JobState): string {
  switch (state.status) {
    case 'Pending':
      return `job ${state.job}: waiting to be assigned (block #${state.block})`;
    case 'Assigned':
      return `job ${state.job}: assigned to ${short(state.supplier!)}, answer due before block #${state.deadline}`;
    case 'Completed':
      return `job ${state.job}: answered by ${short(state.supplier!)} at block #${state.block} (${state.promptTokens} prompt + ${state.completionTokens} completion tokens${state.charged ? `, charged ${state.charged} SBL` : ''})`;
    default:
      return `job ${state.job}: ${state.status.toLowerCase()} (${state.reason}) at block #${state.block}`;
  }
}

/** Follows `job` to its end, printing the output (or the outcome); exit code 1 unless it was answered. */
async function follow(ctx: CommandContext, job: number, timeoutSeconds: number | undefined, submitted?: Record<string, unknown>): Promise<number> {
  const api = await ctx.chain();
  // Each state before the end is a line on stderr (kept in logs); the spinner shows the wait.
  const onChange = (state: JobState) => {
    if (hasEnded(state)) return;
    ctx.progress.stop();
    if (!ctx.options.json) ctx.out.note(describe(state));
    ctx.progress.show(`${describe(state)} — watching`);
  };
  let state: JobState;
  try {
    state = await watchJob(api, job, onChange, timeoutSeconds ? timeoutSeconds * 1000 : undefined);
  } finally {
    ctx.progress.stop();
  }
  ctx.out.result(submitted ? { ...submitted, ...state } : state, () => (state.status === 'Completed' ? state.output ?? '' : []));
  if (!ctx.options.json) ctx.out.note(describe(state));
  return state.status === 'Completed' ? ExitCode.ok : ExitCode.failed;
}

const submit: Command = {
  words: ['job', 'submit'],
  usage: 'sibyl job submit --model <id|name> --prompt "…" [--max-tokens 64] [--max-price <SBL>] [--prompt-tokens <n>] [--temperature 0] [--seed <n>] [--watch]',
  summary: 'submit an on-chain job as an application; prints the job id (--watch: then follows it)',
  details: [
    '--model          the model, by id or name (`sibyl model list`)',
    '--prompt         the user message; the input is {"kind":"chat","messages":[{"role":"user","content":…}]}',
    '--max-tokens     most tokens to generate (default 64)',
    '--prompt-tokens  the prompt’s tokens you pay for at most (default: its UTF-8 bytes + 32, a safe upper bound)',
    '--max-price      most the job may cost, in SBL (default: its worst case at the session’s price, plus a quarter)',
    '--temperature    sampling temperature (default 0: greedy); --seed fixes a sampled job’s draws',
    '--watch          follow the job until it ends and print its output, as `sibyl job watch` (--timeout <seconds> bounds it)',
  ],
  options: {
    model: { type: 'string' },
    prompt: { type: 'string' },
    'max-tokens': { type: 'string' },
    'max-price': { type: 'string' },
    'prompt-tokens': { type: 'string' },
    temperature: { type: 'string' },
    seed: { type: 'string' },
    watch: { type: 'boolean' },
    timeout: { type: 'string' },
  },
  async run(ctx, args) {
    args.atMostPositionals(0);
    const usage = submit.usage;
    const prompt = args.requiredString('prompt');
    const maxTokens = args.integer('max-tokens', 1, 2 ** 32 - 1) ?? 64;
    const temperatureText = args.string('temperature') ?? '0';
    const temperature = /^\d+(\.\d+)?$/.test(temperatureText) ? Number(temperatureText) : Number.NaN;
    if (!(temperature >= 0 && temperature <= 10)) throw args.usageError(`--temperature must be a number from 0 to 10, got "${temperatureText}"`);
    const seedText = args.string('seed');
    const seed = seedText === undefined ? null : parseInteger(seedText, '--seed', usage);
    const givenPromptTokens = args.integer('prompt-tokens', 1, 2 ** 32 - 1);
    const givenMaxPrice = args.string('max-price');
    const maxPriceGiven = givenMaxPrice === undefined ? undefined : parseSbl(givenMaxPrice, '--max-price', usage);
    const timeout = args.integer('timeout', 1);
    const signer = await ctx.signer();
    const api = await ctx.chain();
    const model = await findModel(api, args.requiredString('model'));
    if (model.status !== 'Active') throw new CliError(`model ${model.id} (${model.name}) is retired`, '`sibyl model list` shows the active models');
    let promptTokens = givenPromptTokens ?? promptTokenBound(prompt);
    if (promptTokens + maxTokens > model.contextLength) {
      if (givenPromptTokens !== undefined || maxTokens >= model.contextLength) {
        throw args.usageError(`${promptTokens} prompt tokens plus --max-tokens ${maxTokens} exceed model ${model.id}'s context of ${model.contextLength}`);
      }
      promptTokens = model.contextLength - maxTokens;
      ctx.out.note(`note: declaring ${promptTokens} prompt tokens (what the context leaves); the supplier refuses the job if the prompt is longer`);
    }
    const minimum = (await api.query.jobs.parameters()).minPrice.toBigInt();
    const maxPrice = maxPriceGiven ?? defaultMaxPrice(model, promptTokens, maxTokens, await currentPrice(api, model), minimum);
    const input = JSON.stringify({ kind: 'chat', messages: [{ role: 'user', content: prompt }], stop: [] });
    const sampling = { maxTokens, temperatureMilli: Math.round(temperature * 1000), topPMilli: 1000, seed };
    const { events, blockHash } = await ctx.submit(api.tx.jobs.submit(model.id, input, promptTokens, sampling, maxPrice), signer);
    const record = findEvent(events, 'jobs', 'JobSubmitted');
    if (!record || !api.events.jobs.JobSubmitted.is(record.event)) throw new CliError('the job was included but reported no JobSubmitted event');
    const job = record.event.data.job.toNumber();
    const submitted = { job, model: model.id, app: signer.address, promptTokens, maxTokens, maxPrice: sblText(maxPrice), blockHash };
    if (args.flag('watch')) return follow(ctx, job, timeout, submitted);
    ctx.out.result(submitted, () => String(job));
    if (!ctx.options.json) ctx.out.note(`Submitted job ${job} for model ${model.id} (${model.name}), at most ${sblText(maxPrice)} SBL; follow it with: sibyl job watch ${job}`);
  },
};

const watch: Command = {
  words: ['job', 'watch'],
  usage: 'sibyl job watch <id> [--timeout <seconds>]',
  summary: 'follow a job block by block until it is answered, refused, failed or expired; prints its output',
  details: ['Exit code 0 when the job was answered, 1 when it ended otherwise (or is unknown).'],
  options: { timeout: { type: 'string' } },
  async run(ctx, args) {
    const job = parseInteger(args.positional(0, 'id'), '<id>', watch.usage);
    args.atMostPositionals(1);
    return follow(ctx, job, args.integer('timeout', 1));
  },
};

export const jobCommands: readonly Command[] = [submit, watch];
