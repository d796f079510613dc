/**
 * Admission: whether a request may be relayed, for how many prompt and completion tokens
 * at most, and at what most possible cost (docs/gateway.md, "What a request may cost").
 *
 * 1. The application behind the API key must be registered, active (its deposit at least the
 *    minimum) and delegate to this gateway.
 * 2. The prompt is counted under the model's tokenizer and chat template; it and at least one
 *    completion token must fit the model's registered context, and `max_tokens` is clamped to
 *    what is left. The count and the clamped `max_tokens` go into the signed envelope: the chain
 *    pays a supplier for no more than that.
 * 3. The most the request can cost, at the model's current price, is reserved in the spend
 *    ledger against this gateway's share of the session's spend limit and of the deposit.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { encodeMessage, requestSeed, type RelayBody, type SamplingParams } from '@sibyl/protocol';
import { formatSbl, gatewaysIn, limitIn, type ApplicationDirectory, type ApplicationStanding, type ChainWatch } from '@sibyl/chain-client';
import type { ApiKeyStore } from './api-keys.js';
import { bearerToken, readJsonBody } from './http-io.js';
import { ModelCatalog, type CatalogModel } from './model-catalog.js';
import { OpenAIError } from './openai-error.js';
import { parseChatRequest, parseCompletionRequest, type ParsedRequest } from './openai-request.js';
import type { PromptCounters } from './prompt-counters.js';
import type { RelayJob } from './relay-router.js';
import { isOverBudget, type Reservation, type SpendBudget, type SpendLedger } from './spend-ledger.js';

/** A request admitted: the relay to send, and the most it may cost, reserved. */
export interface AdmittedRequest {
  model: CatalogModel;
  /** The relay, but for the signal that aborts it. */
  job: Omit<RelayJob, 'signal'>;
  stream: boolean;
  includeUsage: boolean;
  /** The request's most possible cost, reserved. */
  maxCost: bigint;
  reservation: Reservation;
}

/** What admission reads: the gateway's keys, chain views and ledger. */
export interface AdmissionParts {
  gateway: string;
  keys: ApiKeyStore;
  catalog: ModelCatalog;
  watch: ChainWatch;
  applications: ApplicationDirectory;
  counters: PromptCounters;
  ledger: SpendLedger;
  /** Whether any of the session's suppliers is live for the model. */
  canServe: (model: number, suppliers: readonly string[]) => boolean;
  /** The largest body accepted, in bytes. */
  bodyLimit: () => number;
  /** `max_tokens` when a request sets none. */
  defaultMaxTokens: number;
}

export class Admission {
  constructor(private readonly parts: AdmissionParts) {}

  /** The application behind the request's API key. */
  applicationOf(req: IncomingMessage): string {
    const record = this.parts.keys.lookup(bearerToken(req));
    if (!record) throw OpenAIError.invalidApiKey();
    return record.app;
  }

  /**
   * Admits a completion request, each step refusing with its own OpenAI error: key → body →
   * request → model → the application's standing → the suppliers its session drew, one live →
   * the prompt counted and fitted to the context → the seed → the most it can cost, reserved
   * (the last step: a refusal before it holds nothing).
   */
  async admit(req: IncomingMessage, kind: 'chat' | 'completion'): Promise<AdmittedRequest> {
    const p = this.parts;
    const app = this.applicationOf(req);
    const raw = await readJsonBody(req, p.bodyLimit());
    const parsed: ParsedRequest = kind === 'chat' ? parseChatRequest(raw, p.defaultMaxTokens) : parseCompletionRequest(raw, p.defaultMaxTokens);
    const model = p.catalog.get(parsed.model);
    if (!model) throw OpenAIError.modelNotFound(parsed.model);
    const session = p.watch.session;
    checkStanding(app, p.gateway, await p.applications.standing(app), session);
    // Only the suppliers the session drew for this app and model may serve it (and claim it).
    const suppliers = await p.watch.sessionSuppliers(session, app, model.id);
    if (!p.canServe(model.id, suppliers)) throw OpenAIError.noSupplier(`No supplier is serving \`${model.name}\` right now. Try again shortly.`);
    const text = bodyText(parsed.body);
    // The body is re-encoded as JSON: check what will travel, not what arrived.
    if (Buffer.byteLength(encodeMessage({ envelope: { payload: '0x', signature: '0x' }, body: text })) > p.bodyLimit()) {
      throw OpenAIError.bodyTooLarge(p.bodyLimit());
    }
    const counter = await p.counters.get(model.id).catch(() => {
      throw OpenAIError.modelUnavailable(`The gateway cannot load \`${model.name}\`'s vocabulary to count the prompt yet. Try again shortly.`);
    });
    const seed = seedOf(parsed, model.id, text);
    const { promptTokens, sampling } = fitToContext(model, counter.count(parsed.body), { ...parsed.sampling, seed });
    p.ledger.prune(p.applications.unsettledFrom);
    // Admission may have waited; the standing read now is the one the budget is taken from.
    const standing = await p.applications.standing(app);
    const budget = budgetOf(standing, session, p.applications.unsettledFrom);
    const { reservation, maxCost } = reserve(p.ledger, app, session, model, { promptTokens, maxTokens: sampling.maxTokens }, budget);
    return {
      model,
      job: { app, session, suppliers, model: model.id, modelName: model.name, bodyText: text, promptTokens, sampling },
      stream: parsed.stream,
      includeUsage: parsed.includeUsage,
      maxCost,
      reservation,
    };
  }
}

/**
 * The relay's seed. A relay without one could not be replayed by validators (docs/validator.md):
 * the gateway draws one, and it travels in the signed envelope. A client's own seed is bound to
 * the request, so no cached answer to another prompt holds this relay's draws.
 */
function seedOf(parsed: ParsedRequest, model: number, text: string): bigint {
  const { seed, temperatureMilli, topPMilli } = parsed.sampling;
  return seed === null ? randomBytes(8).readBigUInt64LE() : requestSeed(seed, { model, bodyText: text, temperatureMilli, topPMilli });
}

/** Refuses unless `app` may be served by `gateway` in `session`. */
export function checkStanding(app: string, gateway: string, standing: ApplicationStanding, session: bigint): void {
  if (!standing.registered) throw OpenAIError.invalidApiKey(`The application ${app} behind this key is not registered on chain.`);
  if (!gatewaysIn(standing, session).includes(gateway)) {
    const pending = standing.delegations.find((d) => d.gateway === gateway && d.until === null);
    throw OpenAIError.invalidApiKey(
      pending
        ? `The application ${app} delegates to this gateway (${gateway}) from session ${pending.from}; this is session ${session}.`
        : `The application ${app} has not delegated to this gateway (${gateway}).`,
    );
  }
  if (!standing.active) {
    throw OpenAIError.applicationInactive(
      `The application ${app} has less than the minimum deposit bonded (it is leaving or was slashed); bond more with stakes.bondExtra.`,
    );
  }
}

/** The request's prompt tokens and clamped sampling; refuses prompts that do not fit. */
export function fitToContext(model: CatalogModel, promptTokens: number, sampling: SamplingParams): { promptTokens: number; sampling: SamplingParams } {
  const room = model.contextLength - promptTokens;
  if (room < 1) {
    throw OpenAIError.contextLengthExceeded(
      `This model's maximum context length is ${model.contextLength} tokens; the prompt is ${promptTokens} tokens, leaving no room for an answer.`,
    );
  }
  return { promptTokens, sampling: { ...sampling, maxTokens: Math.min(sampling.maxTokens, room) } };
}

/** Reserves the most the request can cost, or refuses with 429 saying which budget it would exceed. */
export function reserve(
  ledger: SpendLedger,
  app: string,
  session: bigint,
  model: CatalogModel,
  usage: { promptTokens: number; maxTokens: number },
  budget: SpendBudget,
): { reservation: Reservation; maxCost: bigint } {
  const maxCost = ModelCatalog.cost(model, ModelCatalog.computeUnits(model, usage.promptTokens, usage.maxTokens));
  const outcome = ledger.reserve(app, session, maxCost, budget);
  if (!isOverBudget(outcome)) return { reservation: outcome, maxCost };
  const needs = `this request may cost up to ${formatSbl(maxCost)}`;
  if (outcome.kind === 'session') {
    throw OpenAIError.spendLimit(
      `Application ${app} reached its spend limit for session ${session} through this gateway: ${formatSbl(outcome.booked)} of ${formatSbl(outcome.limit)} committed and ${needs}. ` +
        'Raise it with stakes.setSpendLimit, send fewer max_tokens, or wait for the next session.',
    );
  }
  throw OpenAIError.spendLimit(
    `Application ${app}'s deposit does not cover more unsettled spending through this gateway: ${formatSbl(outcome.booked)} of ${formatSbl(outcome.limit)} committed and ${needs}. ` +
      'Bond more with stakes.bondExtra or wait for earlier sessions to settle.',
  );
}

/**
 * This gateway's share of `standing`'s budget in `session`: the session's gateways divide it
 * equally (that set cannot grow during a session, so the shares add up to the whole).
 */
export function budgetOf(standing: ApplicationStanding, session: bigint, unsettledFrom: bigint): SpendBudget {
  const gateways = BigInt(Math.max(1, gatewaysIn(standing, session).length));
  return {
    sessionShare: limitIn(standing, session) / gateways,
    backingShare: standing.payable / gateways,
    unsettledFrom,
  };
}

/** The relay body's JSON text, as it is hashed and sent. */
export function bodyText(body: RelayBody): string {
  return JSON.stringify(body);
}
