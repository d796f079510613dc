import { describe, expect, test } from '@jest/globals';
import type { ApplicationStanding } from '@sibyl/chain-client';
import { budgetOf, checkStanding, fitToContext } from './admission.js';
import type { CatalogModel } from './model-catalog.js';
import { OpenAIError } from './openai-error.js';

const model = { name: 'm', id: 0, contextLength: 100 } as CatalogModel;
const sampling = { maxTokens: 512, temperatureMilli: 0, topPMilli: 1000, seed: null };
const standing = (over: Partial<ApplicationStanding> = {}): ApplicationStanding => ({
  registered: true,
  active: true,
  delegations: [
    { gateway: 'G1', from: 3n, until: null },
    { gateway: 'G2', from: 5n, until: null },
    { gateway: 'G3', from: 1n, until: 4n },
  ],
  spendLimit: 600n,
  nextLimit: { from: 6n, limit: 300n },
  payable: 1_200n,
  ...over,
});

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return error as OpenAIError;
  }
  throw new Error('not refused');
};

describe('admission', () => {
  test('max_tokens is clamped to what the prompt leaves of the context; no room is refused', () => {
    expect(fitToContext(model, 30, sampling).sampling.maxTokens).toBe(70);
    expect(fitToContext(model, 30, { ...sampling, maxTokens: 8 }).sampling.maxTokens).toBe(8);
    expect(refusal(() => fitToContext(model, 100, sampling)).code).toBe('context_length_exceeded');
  });

  test('only an active application delegating to this gateway in the session is served', () => {
    expect(() => checkStanding('A', 'G1', standing(), 4n)).not.toThrow();
    // G2 counts from session 5 on; G3 was withdrawn after session 4.
    expect(refusal(() => checkStanding('A', 'G2', standing(), 4n)).message).toMatch(/from session 5/);
    expect(refusal(() => checkStanding('A', 'G3', standing(), 5n)).code).toBe('invalid_api_key');
    expect(refusal(() => checkStanding('A', 'G1', standing({ active: false }), 4n)).code).toBe('application_inactive');
    expect(refusal(() => checkStanding('A', 'G1', standing({ registered: false }), 4n)).code).toBe('invalid_api_key');
  });

  test('the session’s gateways share its spend limit and the deposit equally', () => {
    // Session 4: G1 and G3 stand (G2 from 5): halves of 600 and of 1 200.
    expect(budgetOf(standing(), 4n, 2n)).toEqual({ sessionShare: 300n, backingShare: 600n, unsettledFrom: 2n });
    // Session 6: G1 and G2, and the lower limit of 300 applies.
    expect(budgetOf(standing(), 6n, 2n).sessionShare).toBe(150n);
  });
});
