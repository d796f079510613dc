/**
 * The inference plane end to end, with the official `openai` SDK as the client: the real
 * runtime in Chopsticks, a real nats-server, a supplier process running Gemma 3 270M through
 * node-llama-cpp, and the gateway. Covers streamed and whole chat and text completions, usage,
 * /v1/models, and every error the gateway promises.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import OpenAI, { APIError } from 'openai';
import { sbl, signAndWait } from '@sibyl/chain-client';
import { DEFAULT_DEV_MODEL } from '@sibyl/model-runtime';
import { inProcessGateway, type LocalNetwork } from '@sibyl/localnet';
import { startTestNetwork } from './support/test-network.js';

let net: LocalNetwork;
let client: OpenAI;

beforeAll(async () => {
  net = await startTestNetwork({
    supplierCapacity: 2,
    contextLength: 512,
    gateway: { maxBodyBytes: 64 * 1024, defaultMaxTokens: 64 },
  });
  client = new OpenAI({ baseURL: net.gateway, apiKey: net.apiKey, maxRetries: 0, timeout: 120_000 });
}, 300_000);

afterAll(async () => {
  await net?.stop();
});

const greedy = { temperature: 0, max_tokens: 24 } as const;

describe('chat completions', () => {
  test('whole response from the real model, with usage', async () => {
    const r = await client.chat.completions.create({
      model: net.modelName,
      messages: [{ role: 'user', content: 'List three colours of the rainbow.' }],
      ...greedy,
    });
    expect(r.object).toBe('chat.completion');
    expect(r.id).toMatch(/^chatcmpl-/);
    expect(r.model).toBe(net.modelName);
    expect(r.choices).toHaveLength(1);
    const choice = r.choices[0]!;
    expect(choice.message.role).toBe('assistant');
    expect(typeof choice.message.content).toBe('string');
    expect(choice.message.content!.length).toBeGreaterThan(0);
    expect(['stop', 'length']).toContain(choice.finish_reason);
    expect(r.usage!.prompt_tokens).toBeGreaterThan(5);
    expect(r.usage!.completion_tokens).toBeGreaterThan(0);
    expect(r.usage!.completion_tokens).toBeLessThanOrEqual(24);
    expect(r.usage!.total_tokens).toBe(r.usage!.prompt_tokens + r.usage!.completion_tokens);
  });

  test('a seed makes a sampled answer reproducible token for token', async () => {
    const ask = async (seed: number) =>
      (
        await client.chat.completions.create({
          model: net.modelName,
          messages: [{ role: 'user', content: 'Invent a name for a ship and say why.' }],
          temperature: 1.2,
          max_tokens: 24,
          seed,
        })
      ).choices[0]!.message.content;
    const first = await ask(11);
    expect(await ask(11)).toBe(first);
    expect(await ask(12)).not.toBe(first);
  });

  test('max_tokens bounds the answer and finish_reason says length', async () => {
    const r = await client.chat.completions.create({
      model: net.modelName,
      messages: [{ role: 'user', content: 'Write a long story about a lighthouse keeper.' }],
      temperature: 0,
      max_tokens: 5,
    });
    expect(r.usage!.completion_tokens).toBe(5);
    expect(r.choices[0]!.finish_reason).toBe('length');
  });

  test('streamed with include_usage: same text as the whole response, usage in the last chunk', async () => {
    const messages = [
      { role: 'system' as const, content: 'You answer briefly.' },
      { role: 'user' as const, content: 'What is the boiling point of water?' },
    ];
    const whole = await client.chat.completions.create({ model: net.modelName, messages, ...greedy });
    const stream = await client.chat.completions.create({
      model: net.modelName,
      messages,
      ...greedy,
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let chunks = 0;
    let finish: string | null = null;
    let usage: OpenAI.CompletionUsage | null | undefined;
    let sawRole = false;
    for await (const chunk of stream) {
      chunks++;
      expect(chunk.object).toBe('chat.completion.chunk');
      expect(chunk.id).toMatch(/^chatcmpl-/);
      if (chunk.choices.length === 0) {
        usage = chunk.usage;
        continue;
      }
      expect(chunk.usage).toBeNull();
      const c = chunk.choices[0]!;
      if (c.delta.role) sawRole = true;
      text += c.delta.content ?? '';
      if (c.finish_reason) finish = c.finish_reason;
    }
    expect(sawRole).toBe(true);
    expect(chunks).toBeGreaterThan(3);
    expect(text).toBe(whole.choices[0]!.message.content);
    expect(finish).toBe(whole.choices[0]!.finish_reason);
    expect(usage).toEqual(whole.usage);
  });

  test('text content parts are accepted', async () => {
    const r = await client.chat.completions.create({
      model: net.modelName,
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Say hello.' }] }],
      ...greedy,
    });
    expect(r.choices[0]!.message.content!.length).toBeGreaterThan(0);
  });

  test('concurrent requests are all answered', async () => {
    const results = await Promise.all(
      [0, 1, 2, 3].map((i) =>
        client.chat.completions.create({
          model: net.modelName,
          messages: [{ role: 'user', content: `Count from ${i} to ${i + 5}.` }],
          temperature: 0,
          max_tokens: 12,
        }),
      ),
    );
    for (const r of results) expect(r.usage!.completion_tokens).toBeGreaterThan(0);
  });
});

describe('text completions', () => {
  test('whole and streamed agree', async () => {
    const prompt = 'The three largest planets in the solar system are';
    const whole = await client.completions.create({ model: net.modelName, prompt, ...greedy });
    expect(whole.object).toBe('text_completion');
    expect(whole.choices[0]!.text.length).toBeGreaterThan(0);
    const stream = await client.completions.create({
      model: net.modelName,
      prompt,
      ...greedy,
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let usage: OpenAI.CompletionUsage | undefined | null;
    for await (const chunk of stream) {
      if (chunk.usage) usage = chunk.usage;
      text += chunk.choices[0]?.text ?? '';
    }
    expect(text).toBe(whole.choices[0]!.text);
    expect(usage).toEqual(whole.usage);
  });

  test('stop sequences end the completion', async () => {
    const r = await client.completions.create({ model: net.modelName, prompt: 'One, two, three, four, five,', stop: [','], ...greedy });
    expect(r.choices[0]!.text).not.toContain(',');
    expect(r.choices[0]!.finish_reason).toBe('stop');
  });
});

describe('models', () => {
  test('lists the registered model with its price', async () => {
    const page = await client.models.list();
    const model = page.data.find((m) => m.id === net.modelName) as (OpenAI.Model & { sibyl: Record<string, unknown> }) | undefined;
    expect(model).toBeDefined();
    expect(model!.object).toBe('model');
    expect(model!.sibyl.price_per_1k_cu).toBe(sbl('0.001').toString());
    expect(model!.sibyl.context_length).toBe(DEFAULT_DEV_MODEL.contextLength);
    const one = await client.models.retrieve(net.modelName);
    expect(one.id).toBe(net.modelName);
  });
});

describe('errors', () => {
  test('401 for an unknown API key', async () => {
    const bad = new OpenAI({ baseURL: net.gateway, apiKey: 'sk-sibyl-not-a-key', maxRetries: 0 });
    const error = await bad.chat.completions
      .create({ model: net.modelName, messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((error as APIError).code).toBe('invalid_api_key');
  });

  test('404 for an unknown model', async () => {
    const error = await client.chat.completions
      .create({ model: 'no-such-model', messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect((error as APIError).code).toBe('model_not_found');
  });

  test.each([
    ['empty messages', { messages: [] }],
    ['bad role', { messages: [{ role: 'wizard', content: 'hi' }] }],
    ['temperature out of range', { messages: [{ role: 'user', content: 'hi' }], temperature: 7 }],
    ['n > 1', { messages: [{ role: 'user', content: 'hi' }], n: 2 }],
    ['tools', { messages: [{ role: 'user', content: 'hi' }], tools: [{ type: 'function', function: { name: 'f' } }] }],
    ['image part', { messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'x' } }] }] }],
    ['non-integer max_tokens', { messages: [{ role: 'user', content: 'hi' }], max_tokens: 1.5 }],
    ['stream_options without stream', { messages: [{ role: 'user', content: 'hi' }], stream_options: { include_usage: true } }],
  ])('400 for an invalid body: %s', async (_name, body) => {
    const error = await client.chat.completions
      .create({ model: net.modelName, ...(body as object) } as unknown as OpenAI.ChatCompletionCreateParamsNonStreaming)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as APIError).param).toBeTruthy();
  });

  test('400 for a body that is not JSON, 413 for an oversized one', async () => {
    const post = (body: string) =>
      fetch(`${net.gateway}/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${net.apiKey}`, 'content-type': 'application/json' },
        body,
      });
    const notJson = await post('{"model": ');
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: { code: string } }).error.code).toBe('invalid_json');
    const huge = await post(JSON.stringify({ model: net.modelName, messages: [{ role: 'user', content: 'x'.repeat(100_000) }] }));
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: { code: string } }).error.code).toBe('request_too_large');
  });

  test('413 for a prompt over the model context, streamed or not', async () => {
    const long = 'the quick brown fox jumps over the lazy dog '.repeat(80); // ≈ 720 tokens > 512
    for (const stream of [false, true]) {
      const error = await client.chat.completions
        .create({ model: net.modelName, messages: [{ role: 'user', content: long }], stream })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OpenAI.APIError);
      expect((error as APIError).status).toBe(413);
      expect((error as APIError).code).toBe('context_length_exceeded');
    }
  });

  test('429 once the application is over its per-session spend limit', async () => {
    const app = net.actors.app;
    const session = async () => (await net.api.query.sessions.currentSession()).toBigInt();
    // 1 planck: no request fits. A lower limit applies from the next session (what gateways
    // reserved in this one stays payable), so move to it.
    await signAndWait(net.api, net.api.tx.stakes.setSpendLimit(1n), app);
    const before = await session();
    while ((await session()) === before) await net.chain.newBlocks(1);
    await net.chain.newBlocks(1); // the gateway re-reads the application with every block
    try {
      const error = await client.chat.completions
        .create({ model: net.modelName, messages: [{ role: 'user', content: 'hi' }], max_tokens: 2 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OpenAI.RateLimitError);
      expect((error as APIError).code).toBe('spend_limit_exceeded');
      expect((error as APIError).message).toMatch(/may cost up to/);
    } finally {
      // A higher limit applies at once.
      await signAndWait(net.api, net.api.tx.stakes.setSpendLimit(sbl(10)), app);
      await net.chain.newBlocks(1);
    }
  }, 120_000);

  test('503 for a registered model no supplier serves', async () => {
    await signAndWait(
      net.api,
      net.api.tx.models.register({
        name: 'unserved-model',
        sha256: `0x${'cd'.repeat(32)}`,
        sizeBytes: 1_000,
        quantization: 'Q8_0',
        contextLength: 2_048,
        chatTemplate: '',
        license: 'MIT',
        uris: ['https://example.invalid/unserved.gguf'],
        royalty: 0,
        priceFloor: sbl('0.001'),
        computeWeights: { promptToken: 1, completionToken: 1 },
      }),
      net.actors.source,
    );
    await inProcessGateway(net).refresh();
    const error = await client.chat.completions
      .create({ model: 'unserved-model', messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.InternalServerError);
    expect((error as APIError).status).toBe(503);
    expect((error as APIError).code).toBe('no_supplier_available');
  });
});
