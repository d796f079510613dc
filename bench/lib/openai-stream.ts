/** One streamed chat completion through an OpenAI-compatible endpoint, timed the benches' way. */
import type OpenAI from 'openai';

export interface StreamSample {
  /** Request to first text. */
  ttftMs: number;
  /** Request to the stream's end. */
  latencyMs: number;
  /** Completion tokens, from the final usage chunk. */
  tokens: number;
  /** Decode speed: (tokens − 1) over first to last text. */
  tokPerS: number;
  /** The last finish reason seen (null or undefined: the stream ended without one). */
  finish: string | null | undefined;
}

export async function streamChat(client: OpenAI, model: string, prompt: string, maxTokens: number): Promise<StreamSample> {
  const start = performance.now();
  let first = 0;
  let last = 0;
  let tokens = 0;
  let finish: string | null | undefined;
  const stream = await client.chat.completions.create({
    model,
    messages: [{ role: 'user', content: prompt }],
    max_tokens: maxTokens,
    temperature: 0,
    stream: true,
    stream_options: { include_usage: true },
  });
  for await (const chunk of stream) {
    if (chunk.usage) tokens = chunk.usage.completion_tokens;
    if (chunk.choices[0]?.delta?.content) {
      last = performance.now();
      if (!first) first = last;
    }
    finish = chunk.choices[0]?.finish_reason ?? finish;
  }
  return { ttftMs: first - start, latencyMs: performance.now() - start, tokens, tokPerS: ((tokens - 1) * 1000) / (last - first), finish };
}
