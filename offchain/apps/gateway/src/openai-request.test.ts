import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { parseChatRequest, parseCompletionRequest } from './openai-request.js';
import { OpenAIError } from './openai-error.js';
import { ApiKeyStore } from './api-keys.js';
import { ResponseShaper } from './openai-format.js';

const chat = (extra: Record<string, unknown> = {}) => ({ model: 'm', messages: [{ role: 'user', content: 'hi' }], ...extra });

describe('request parsing', () => {
  test('defaults and fixed-point sampling', () => {
    const r = parseChatRequest(chat({ temperature: 0.7, top_p: 0.9, seed: -1 }), 512);
    expect(r.sampling).toEqual({ maxTokens: 512, temperatureMilli: 700, topPMilli: 900, seed: 2n ** 64n - 1n });
    expect(r.stream).toBe(false);
    expect(r.body).toEqual({ kind: 'chat', messages: [{ role: 'user', content: 'hi' }], stop: [] });
  });

  test('max_completion_tokens wins over max_tokens; stop strings', () => {
    const r = parseChatRequest(chat({ max_tokens: 10, max_completion_tokens: 20, stop: 'END' }), 512);
    expect(r.sampling.maxTokens).toBe(20);
    expect(r.body.stop).toEqual(['END']);
  });

  test('include_usage only with stream', () => {
    expect(parseChatRequest(chat({ stream: true, stream_options: { include_usage: true } }), 1).includeUsage).toBe(true);
    expect(() => parseChatRequest(chat({ stream_options: { include_usage: true } }), 1)).toThrow(OpenAIError);
  });

  test.each([
    [{ model: '' }],
    [{ messages: 'hi' }],
    [{ messages: [{ role: 'user' }] }],
    [{ top_p: 1.5 }],
    [{ stop: ['a', 'b', 'c', 'd', 'e'] }],
    [{ logprobs: true }],
    [{ response_format: { type: 'json_object' } }],
    [{ stream: 'yes' }],
  ])('rejects %j with a 400', (extra) => {
    let error: unknown;
    try {
      parseChatRequest(chat(extra), 16);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OpenAIError);
    expect((error as OpenAIError).status).toBe(400);
  });

  test('completions take one prompt', () => {
    expect(parseCompletionRequest({ model: 'm', prompt: ['x'] }, 8).body).toEqual({ kind: 'completion', prompt: 'x', stop: [] });
    expect(() => parseCompletionRequest({ model: 'm', prompt: ['x', 'y'] }, 8)).toThrow(OpenAIError);
    expect(() => parseCompletionRequest({ model: 'm', prompt: 'x', echo: true }, 8)).toThrow(OpenAIError);
  });
});

describe('response shapes', () => {
  test('chat chunk, finish chunk, usage chunk', () => {
    const s = new ResponseShaper('chat', 'm');
    expect(s.chunk('a', { first: true, includeUsage: true })).toMatchObject({
      object: 'chat.completion.chunk',
      choices: [{ index: 0, delta: { role: 'assistant', content: 'a' }, finish_reason: null }],
      usage: null,
    });
    expect(s.chunk('', { finishReason: 'stop' })).toMatchObject({ choices: [{ delta: {}, finish_reason: 'stop' }] });
    expect(s.usageChunk({ prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 })).toMatchObject({ choices: [] });
  });
});

describe('API keys and spend', () => {
  test('keys are stored hashed and resolve to the app', async () => {
    await cryptoWaitReady();
    const dir = mkdtempSync(join(tmpdir(), 'keys-'));
    try {
      const store = new ApiKeyStore(join(dir, 'k.json'));
      const app = '5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy';
      const key = store.create(app, 'test');
      expect(readFileSync(join(dir, 'k.json'), 'utf8')).not.toContain(key);
      expect(new ApiKeyStore(join(dir, 'k.json')).lookup(key)?.app).toBe(app);
      expect(store.lookup('sk-sibyl-wrong')).toBeUndefined();
      expect(() => store.create('not-an-address')).toThrow(/address/);
      expect(store.revokeApp(app)).toBe(1);
      expect(store.lookup(key)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a running store sees keys another process created and revoked, without a restart', async () => {
    await cryptoWaitReady();
    const dir = mkdtempSync(join(tmpdir(), 'keys-'));
    try {
      const serving = new ApiKeyStore(join(dir, 'k.json'), 0);
      const app = '5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy';
      const key = new ApiKeyStore(join(dir, 'k.json')).create(app, 'cli');
      expect(serving.lookup(key)?.app).toBe(app);
      // The file's mtime must move for the change to show; filesystems count in ms or coarser.
      await new Promise((r) => setTimeout(r, 20));
      expect(new ApiKeyStore(join(dir, 'k.json')).revokeApp(app)).toBe(1);
      expect(serving.lookup(key)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a key another process just created works on its first request, within the recheck interval', async () => {
    await cryptoWaitReady();
    const dir = mkdtempSync(join(tmpdir(), 'keys-'));
    try {
      const serving = new ApiKeyStore(join(dir, 'k.json'), 60_000);
      const app = '5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy';
      expect(serving.lookup('sk-sibyl-not-yet')).toBeUndefined();
      const key = new ApiKeyStore(join(dir, 'k.json')).create(app, 'cli');
      expect(serving.lookup(key)?.app).toBe(app);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
