/**
 * Validating OpenAI request bodies into what a relay carries. Anything Sibyl cannot honour
 * (n > 1, tools, images, logprobs) is refused with a 400 naming the parameter, rather than
 * silently ignored.
 */
import type { ChatMessage, RelayBody, SamplingParams } from '@sibyl/protocol';
import { OpenAIError } from './openai-error.js';

export interface ParsedRequest {
  model: string;
  body: RelayBody;
  sampling: SamplingParams;
  stream: boolean;
  includeUsage: boolean;
}

type Json = Record<string, unknown>;

const bad = (message: string, param: string | null = null) => OpenAIError.invalidRequest(message, param);

function optionalNumber(body: Json, key: string, min: number, max: number): number | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    throw bad(`\`${key}\` must be a number between ${min} and ${max}.`, key);
  }
  return v;
}

function optionalInteger(body: Json, key: string, min: number, max: number): number | undefined {
  const v = optionalNumber(body, key, min, max);
  if (v !== undefined && !Number.isInteger(v)) throw bad(`\`${key}\` must be an integer.`, key);
  return v;
}

function parseStop(body: Json): string[] {
  const stop = body.stop;
  if (stop === undefined || stop === null) return [];
  const list = typeof stop === 'string' ? [stop] : stop;
  if (!Array.isArray(list) || list.length > 4 || !list.every((s) => typeof s === 'string' && s.length > 0)) {
    throw bad('`stop` must be a non-empty string or an array of up to 4 of them.', 'stop');
  }
  return list as string[];
}

function unsupported(body: Json, keys: string[]): void {
  for (const key of keys) {
    const v = body[key];
    if (v !== undefined && v !== null && v !== false && !(Array.isArray(v) && v.length === 0)) {
      throw bad(`\`${key}\` is not supported by this network.`, key);
    }
  }
}

function common(body: Json, defaultMaxTokens: number): Omit<ParsedRequest, 'body'> {
  if (typeof body.model !== 'string' || body.model.length === 0) throw bad('`model` is required.', 'model');
  const n = optionalInteger(body, 'n', 1, 1);
  void n;
  optionalNumber(body, 'presence_penalty', -2, 2);
  optionalNumber(body, 'frequency_penalty', -2, 2);
  const temperature = optionalNumber(body, 'temperature', 0, 2) ?? 1;
  const topP = optionalNumber(body, 'top_p', 0, 1) ?? 1;
  const maxTokens =
    optionalInteger(body, 'max_completion_tokens', 1, 1_000_000) ?? optionalInteger(body, 'max_tokens', 1, 1_000_000) ?? defaultMaxTokens;
  const seed = optionalInteger(body, 'seed', Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  if (body.stream !== undefined && body.stream !== null && typeof body.stream !== 'boolean') throw bad('`stream` must be a boolean.', 'stream');
  const stream = body.stream === true;
  const options = body.stream_options;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' || Array.isArray(options)) throw bad('`stream_options` must be an object.', 'stream_options');
    if (!stream) throw bad('`stream_options` is only allowed when `stream` is true.', 'stream_options');
  }
  const includeUsage = stream && (options as Json | undefined)?.include_usage === true;
  return {
    model: body.model,
    stream,
    includeUsage,
    sampling: {
      maxTokens,
      temperatureMilli: Math.round(temperature * 1000),
      topPMilli: Math.round(topP * 1000),
      seed: seed === undefined ? null : BigInt.asUintN(64, BigInt(seed)),
    },
  };
}

function messageText(content: unknown, index: number): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((part, j) => {
        const p = part as Json | null;
        if (typeof p !== 'object' || p === null || p.type !== 'text' || typeof p.text !== 'string') {
          throw bad(`messages[${index}].content[${j}]: only text parts are supported.`, `messages[${index}].content`);
        }
        return p.text;
      })
      .join('');
  }
  throw bad(`messages[${index}].content must be a string or an array of text parts.`, `messages[${index}].content`);
}

const ROLES = new Set(['system', 'developer', 'user', 'assistant']);

export function parseChatRequest(body: Json, defaultMaxTokens: number): ParsedRequest {
  unsupported(body, ['tools', 'functions', 'tool_choice', 'function_call', 'logprobs', 'top_logprobs', 'audio', 'prediction']);
  if (body.response_format !== undefined && body.response_format !== null) {
    const type = (body.response_format as Json).type;
    if (type !== 'text') throw bad('Only `response_format: {type: "text"}` is supported.', 'response_format');
  }
  const parsed = common(body, defaultMaxTokens);
  const raw = body.messages;
  if (!Array.isArray(raw) || raw.length === 0) throw bad('`messages` must be a non-empty array.', 'messages');
  const messages: ChatMessage[] = raw.map((m, i) => {
    const msg = m as Json | null;
    if (typeof msg !== 'object' || msg === null) throw bad(`messages[${i}] must be an object.`, `messages[${i}]`);
    if (!ROLES.has(msg.role as string)) {
      throw bad(`messages[${i}].role must be one of system, developer, user, assistant.`, `messages[${i}].role`);
    }
    return { role: msg.role as ChatMessage['role'], content: messageText(msg.content, i) };
  });
  return { ...parsed, body: { kind: 'chat', messages, stop: parseStop(body) } };
}

export function parseCompletionRequest(body: Json, defaultMaxTokens: number): ParsedRequest {
  unsupported(body, ['logprobs', 'suffix', 'echo', 'best_of']);
  const parsed = common(body, defaultMaxTokens);
  let prompt = body.prompt;
  if (Array.isArray(prompt) && prompt.length === 1 && typeof prompt[0] === 'string') prompt = prompt[0];
  if (typeof prompt !== 'string') throw bad('`prompt` must be a string (one prompt per request).', 'prompt');
  return { ...parsed, body: { kind: 'completion', prompt, stop: parseStop(body) } };
}
