/**
 * Single-device backend: node-llama-cpp with its prebuilt CPU binary (never a download or a
 * build). One model and one context with `capacity` sequences; node-llama-cpp batches the
 * sequences' tokens into shared evaluations, so concurrent requests share each forward pass.
 */
import {
  getLlama,
  LlamaChat,
  LlamaCompletion,
  LlamaLogLevel,
  type ChatHistoryItem,
  type Llama,
  type LlamaContext,
  type LlamaContextSequence,
  type LlamaModel,
} from 'node-llama-cpp';
import type { ChatMessage } from '@sibyl/protocol';
import { ContextLengthError, type GenerationRequest, type GenerationResult, type InferenceBackend } from './backend.js';

export interface LlamaBackendOptions {
  modelPath: string;
  /** Concurrent requests (context sequences). Default 4. */
  capacity?: number;
  /** Context tokens per request. Default min(4096, the model's training context). */
  contextLength?: number;
  /** CPU threads for evaluation (default: the machine's math cores). */
  threads?: number;
}

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

export class LlamaBackend implements InferenceBackend {
  /**
   * Sequences are created once and reused: node-llama-cpp does not hand a disposed sequence's
   * slot to `getSequence()` again. Each is cleared before reuse so every request starts from an
   * empty KV cache and greedy output does not depend on what ran before.
   */
  private readonly free: LlamaContextSequence[] = [];

  private constructor(
    private readonly llama: Llama,
    private readonly model: LlamaModel,
    private readonly context: LlamaContext,
    readonly capacity: number,
    readonly contextLength: number,
    readonly description: string,
  ) {
    for (let i = 0; i < capacity; i++) this.free.push(context.getSequence());
  }

  static async load(options: LlamaBackendOptions): Promise<LlamaBackend> {
    const llama = await getLlama({
      gpu: false,
      build: 'never',
      usePrebuiltBinaries: true,
      skipDownload: true,
      logLevel: LlamaLogLevel.error,
    });
    const model = await llama.loadModel({ modelPath: options.modelPath });
    const capacity = options.capacity ?? 4;
    const contextLength = options.contextLength ?? Math.min(4096, model.trainContextSize);
    const context = await model.createContext({
      sequences: capacity,
      contextSize: contextLength,
      // More threads than math cores makes llama.cpp's spinning workers fight: 100× slower here.
      threads: options.threads ?? llama.cpuMathCores,
      batching: { itemPrioritizationStrategy: 'maximumParallelism' },
    });
    const description = `node-llama-cpp cpu ${capacity}×${context.contextSize} ctx`;
    return new LlamaBackend(llama, model, context, capacity, context.contextSize, description);
  }

  /** The model's tokenizer, for callers that count tokens the way the supplier does. */
  tokenize(text: string): number[] {
    return this.model.tokenize(text).map(Number);
  }

  async generate(request: GenerationRequest): Promise<GenerationResult> {
    const { body, sampling, signal } = request;
    const sequence = this.free.pop();
    if (!sequence) throw new Error(`all ${this.capacity} sequences are busy`);
    const options = {
      maxTokens: sampling.maxTokens,
      temperature: sampling.temperatureMilli / 1000,
      topP: sampling.topPMilli >= 1000 ? undefined : sampling.topPMilli / 1000,
      seed: sampling.seed === null ? undefined : Number(sampling.seed % BigInt(2 ** 32)),
      signal,
      stopOnAbortSignal: true,
      customStopTriggers: body.stop.length > 0 ? body.stop : undefined,
    };
    let completionTokens = 0;
    const onToken = (tokens: readonly unknown[]) => {
      completionTokens += tokens.length;
    };
    try {
      if (body.kind === 'chat') {
        const chat = new LlamaChat({ contextSequence: sequence, autoDisposeSequence: false });
        try {
          const history = toChatHistory(body.messages);
          const promptTokens = chat.chatWrapper
            .generateContextState({ chatHistory: history })
            .contextText.tokenize(this.model.tokenizer).length;
          this.checkFits(promptTokens);
          request.onStart(promptTokens);
          const result = await chat.generateResponse(history, {
            ...options,
            maxTokens: Math.min(options.maxTokens, this.contextLength - promptTokens),
            onTextChunk: request.onText,
            onToken,
          });
          return this.result(result.metadata.stopReason, promptTokens, completionTokens);
        } finally {
          chat.dispose({ disposeSequence: false });
        }
      }
      const completion = new LlamaCompletion({ contextSequence: sequence, autoDisposeSequence: false });
      try {
        const tokens = this.model.tokenize(body.prompt, false);
        const promptTokens = tokens.length + (this.model.tokens.bos != null ? 1 : 0);
        this.checkFits(promptTokens);
        request.onStart(promptTokens);
        const result = await completion.generateCompletionWithMeta(body.prompt, {
          ...options,
          maxTokens: Math.min(options.maxTokens, this.contextLength - promptTokens),
          onTextChunk: request.onText,
          onToken,
        });
        return this.result(result.metadata.stopReason, promptTokens, completionTokens);
      } finally {
        completion.dispose({ disposeSequence: false });
      }
    } finally {
      await sequence.clearHistory();
      this.free.push(sequence);
    }
  }

  private checkFits(promptTokens: number): void {
    if (promptTokens >= this.contextLength) throw new ContextLengthError(promptTokens, this.contextLength);
  }

  private result(stopReason: string, promptTokens: number, completionTokens: number): GenerationResult {
    return {
      finishReason: stopReason === 'maxTokens' ? 'length' : 'stop',
      promptTokens,
      completionTokens,
      aborted: stopReason === 'abort',
    };
  }

  async close(): Promise<void> {
    await this.context.dispose();
    await this.model.dispose();
    await this.llama.dispose();
  }
}
