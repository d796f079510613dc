/**
 * The interface every inference backend offers the supplier daemon: one loaded model, several
 * requests at once, text streamed as it is generated, cancellation through an AbortSignal.
 */
import type { RelayBody, SamplingParams } from '@sibyl/protocol';

export interface GenerationRequest {
  body: RelayBody;
  sampling: SamplingParams;
  /**
   * The most prompt tokens the payer signed for (a relay envelope's or a job's count): a prompt
   * that renders to more is refused with {@link PromptTokensError} before anything is generated.
   */
  maxPromptTokens?: number;
  /** Aborting stops generation; the result then reports what was produced so far. */
  signal: AbortSignal;
  /** Called once the prompt is tokenized and fits, before the first token. */
  onStart(promptTokens: number): void;
  /** Called with each piece of output text, in order. */
  onText(text: string): void;
}

export interface GenerationResult {
  finishReason: 'stop' | 'length';
  promptTokens: number;
  completionTokens: number;
  /**
   * The generated token ids, when the backend can tell them: a supplier keeps them with the relay
   * so a TIQE+ validator can teacher-force exactly what was generated (re-tokenizing the text
   * can split it differently).
   */
  tokens?: number[];
  /** True if the signal stopped generation. */
  aborted: boolean;
}

/** The prompt does not fit the model's context with room for at least one token. */
export class ContextLengthError extends Error {
  override readonly name = 'ContextLengthError';
  constructor(
    readonly promptTokens: number,
    readonly contextLength: number,
  ) {
    super(`prompt is ${promptTokens} tokens; this model's context holds ${contextLength}`);
  }
}

/** The prompt renders to more tokens than the payer signed for. */
export class PromptTokensError extends Error {
  override readonly name = 'PromptTokensError';
  constructor(
    readonly promptTokens: number,
    readonly signedTokens: number,
  ) {
    super(`the prompt is ${promptTokens} tokens under this model's tokenizer; ${signedTokens} were signed for`);
  }
}

/** Refuses a prompt above the signed count or one that leaves no room in the context. */
export function checkPrompt(promptTokens: number, request: Pick<GenerationRequest, 'maxPromptTokens'>, contextLength: number): void {
  if (request.maxPromptTokens !== undefined && promptTokens > request.maxPromptTokens) {
    throw new PromptTokensError(promptTokens, request.maxPromptTokens);
  }
  if (promptTokens >= contextLength) throw new ContextLengthError(promptTokens, contextLength);
}

export interface InferenceBackend {
  /** Tokens one request may use, prompt plus completion. */
  readonly contextLength: number;
  /** Requests the backend generates at once. */
  readonly capacity: number;
  /** Human-readable description for logs and metrics. */
  readonly description: string;
  generate(request: GenerationRequest): Promise<GenerationResult>;
  close(): Promise<void>;
}
