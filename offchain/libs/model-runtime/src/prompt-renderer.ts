/**
 * How a relay body becomes the exact tokens a model is fed: the model's own chat template for
 * chat, BOS + the raw prompt for completions. The supplier generates after these tokens and a
 * TIQE+ validator teacher-forces the answer after the same ones, so both must render alike:
 * this is the one place that decides it.
 */
import { resolveChatWrapper, type ChatHistoryItem, type ChatWrapper, type LlamaModel, type LlamaText, type Token } from 'node-llama-cpp';
import type { ChatMessage, RelayBody } from '@sibyl/protocol';

/** OpenAI messages → node-llama-cpp chat history, ending with the empty model turn to fill. */
export function toChatHistory(messages: ChatMessage[]): ChatHistoryItem[] {
  const history: ChatHistoryItem[] = messages.map((m): ChatHistoryItem => {
    if (m.role === 'system' || m.role === 'developer') return { type: 'system', text: m.content };
    if (m.role === 'assistant') return { type: 'model', response: [m.content] };
    return { type: 'user', text: m.content };
  });
  history.push({ type: 'model', response: [] });
  return history;
}

export interface RenderedPrompt {
  input: Token[];
  /** Where generation stops besides end-of-generation tokens: the template's and the request's. */
  stopTriggers: (LlamaText | string)[];
}

export class PromptRenderer {
  readonly chatWrapper: ChatWrapper;

  constructor(private readonly model: LlamaModel) {
    this.chatWrapper = resolveChatWrapper(model);
  }

  render(body: RelayBody): RenderedPrompt {
    if (body.kind === 'chat') {
      const state = this.chatWrapper.generateContextState({ chatHistory: toChatHistory(body.messages) });
      return {
        input: state.contextText.tokenize(this.model.tokenizer),
        stopTriggers: [...state.stopGenerationTriggers, ...body.stop],
      };
    }
    let input = this.model.tokenize(body.prompt, false);
    if (this.model.tokens.bos != null && this.model.tokens.shouldPrependBosToken) input = [this.model.tokens.bos, ...input];
    return { input, stopTriggers: [...body.stop] };
  }

  /** The prompt token ids alone. */
  promptTokens(body: RelayBody): number[] {
    return this.render(body).input.map(Number);
  }
}
