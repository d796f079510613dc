/**
 * Admission: whether a parsed request may be relayed, for how many prompt and completion tokens
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
import type { RelayBody, SamplingParams } from '@sibyl/protocol';
import { formatSbl, gatewaysIn, limitIn, type ApplicationStanding } from '@sibyl/chain-client';
import { ModelCatalog, type CatalogModel } from './model-catalog.js';
import { OpenAIError } from './openai-error.js';
import { isOverBudget, type Reservation, type SpendBudget, type SpendLedger } from './spend-ledger.js';

/** What the gateway signs for and has reserved. */
export interface Admitted {
  promptTokens: number;
  sampling: SamplingParams;
  /** The request's most possible cost, reserved. */
  maxCost: bigint;
  reservation: Reservation;
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
