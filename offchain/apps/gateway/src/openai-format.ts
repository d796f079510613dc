/** OpenAI's response objects for chat and text completions, streamed and whole. */
import { randomBytes } from 'node:crypto';

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export function usageOf(promptTokens: number, completionTokens: number): Usage {
  return { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };
}

export type Kind = 'chat' | 'completion';

/** Builds the objects of one response, all sharing its id, creation time and model. */
export class ResponseShaper {
  readonly id: string;
  readonly created = Math.floor(Date.now() / 1000);

  constructor(
    readonly kind: Kind,
    readonly model: string,
    /** Identifies the serving backend configuration (here: the supplier), as OpenAI's does. */
    public systemFingerprint: string | null = null,
  ) {
    this.id = `${kind === 'chat' ? 'chatcmpl' : 'cmpl'}-${randomBytes(12).toString('base64url')}`;
  }

  private head(object: string) {
    return { id: this.id, object, created: this.created, model: this.model, system_fingerprint: this.systemFingerprint };
  }

  /** A whole (non-streamed) response. */
  complete(text: string, finishReason: 'stop' | 'length', usage: Usage): object {
    if (this.kind === 'chat') {
      return {
        ...this.head('chat.completion'),
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: text, refusal: null, annotations: [] },
            logprobs: null,
            finish_reason: finishReason,
          },
        ],
        usage,
      };
    }
    return { ...this.head('text_completion'), choices: [{ text, index: 0, logprobs: null, finish_reason: finishReason }], usage };
  }

  /** A streamed chunk carrying `text` (chat: the first carries the role). */
  chunk(text: string, options: { first?: boolean; finishReason?: 'stop' | 'length'; includeUsage?: boolean } = {}): object {
    const finish = options.finishReason ?? null;
    const usage = options.includeUsage ? { usage: null } : {};
    if (this.kind === 'chat') {
      const delta = options.first ? { role: 'assistant', content: text, refusal: null } : finish ? {} : { content: text };
      return { ...this.head('chat.completion.chunk'), choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }], ...usage };
    }
    return { ...this.head('text_completion'), choices: [{ text, index: 0, logprobs: null, finish_reason: finish }], ...usage };
  }

  /** The final usage-only chunk of `stream_options.include_usage`. */
  usageChunk(usage: Usage): object {
    return { ...this.head(this.kind === 'chat' ? 'chat.completion.chunk' : 'text_completion'), choices: [], usage };
  }
}
