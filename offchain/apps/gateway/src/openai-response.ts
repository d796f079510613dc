/**
 * A relay's events as OpenAI's answer: one JSON completion, or server-sent chunks ending in
 * `[DONE]`. This is the one place a relay failure becomes what an HTTP client sees: before any
 * output, an error status; mid-stream, an SSE `error` event (OpenAI's SDKs raise it) that ends
 * the stream.
 */
import type { ServerResponse } from 'node:http';
import { sendJson } from './http-io.js';
import { OpenAIError } from './openai-error.js';
import { usageOf, type ResponseShaper } from './openai-format.js';
import { RelayFailure } from './relay-client.js';
import type { RelayEvent } from './relay-router.js';

/** What a relay failure means to the client. */
export function openAIErrorOf(failure: RelayFailure): OpenAIError {
  switch (failure.code) {
    case 'context_length_exceeded':
      return OpenAIError.contextLengthExceeded(failure.message);
    case 'bad_request':
      return OpenAIError.invalidRequest(failure.message);
    case 'no_supplier':
      return OpenAIError.noSupplier(failure.message);
    case 'timeout':
      return OpenAIError.timeout(failure.message);
    default:
      return OpenAIError.upstream(`The supplier failed: ${failure.message}`);
  }
}

/** Relay failures become OpenAI errors; anything else goes on as it is (the server logs it). */
const forClient = (error: unknown): unknown => (error instanceof RelayFailure ? openAIErrorOf(error) : error);

const fingerprintOf = (supplier: string) => `fp_${supplier.slice(0, 10)}`;

/** Answers with one `chat.completion` / `text_completion` once the relay is done. */
export async function respondWhole(res: ServerResponse, events: AsyncIterable<RelayEvent>, shaper: ResponseShaper): Promise<void> {
  let text = '';
  try {
    for await (const event of events) {
      if (event.type === 'start') shaper.systemFingerprint = fingerprintOf(event.supplier);
      else if (event.type === 'text') text += event.text;
      else return sendJson(res, 200, shaper.complete(text, event.finishReason, usageOf(event.usage.promptTokens, event.usage.completionTokens)));
    }
  } catch (error) {
    throw forClient(error);
  }
  if (!res.writableEnded && !res.destroyed) throw OpenAIError.internal('The relay ended without an answer.');
}

/** Streams the relay as OpenAI's server-sent chunks. */
export async function respondStream(res: ServerResponse, events: AsyncIterable<RelayEvent>, shaper: ResponseShaper, includeUsage: boolean): Promise<void> {
  // Headers go out with the first chunk: refusals before it (no supplier, prompt too long) still
  // get their own HTTP status, and the client's and gateway's header work does not compete
  // with the supplier's prompt processing on a shared machine.
  const write = (data: unknown) => {
    if (!res.headersSent) res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.write(`data: ${JSON.stringify(data)}\n\n`);
  };
  const opensWithRole = shaper.kind === 'chat';
  let first = true;
  try {
    for await (const event of events) {
      if (event.type === 'start') {
        shaper.systemFingerprint = fingerprintOf(event.supplier);
      } else if (event.type === 'text') {
        write(shaper.chunk(event.text, { first: first && opensWithRole, includeUsage }));
        first = false;
      } else {
        if (first && opensWithRole) write(shaper.chunk('', { first: true, includeUsage }));
        write(shaper.chunk('', { finishReason: event.finishReason, includeUsage }));
        if (includeUsage) write(shaper.usageChunk(usageOf(event.usage.promptTokens, event.usage.completionTokens)));
        res.end('data: [DONE]\n\n');
        return;
      }
    }
    if (!res.headersSent) throw OpenAIError.internal('The relay ended before it started.');
    res.end();
  } catch (error) {
    if (!res.headersSent) throw forClient(error);
    const e = error instanceof OpenAIError ? error : OpenAIError.upstream(`The supplier failed mid-stream: ${(error as Error).message}`);
    if (!res.writableEnded) res.end(`data: ${JSON.stringify(e)}\n\n`);
  }
}
