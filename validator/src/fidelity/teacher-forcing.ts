/**
 * Teacher forcing: evaluate prompt + returned tokens under the registered model in one prefill
 * pass and read, for every returned token, its log-probability and rank in the model's own
 * next-token distribution. A genuine answer from this model sits at the top of it (rank 1 under
 * greedy decoding, inside the nucleus when sampled); a substituted or more heavily quantized
 * model keeps choosing tokens this model ranks lower. About 2 ms per token here, against 10–20 ms
 * per token to generate, because all tokens are evaluated in parallel.
 */
import {
  getLlama,
  LlamaLogLevel,
  type Llama,
  type LlamaContext,
  type LlamaContextSequence,
  type LlamaModel,
  type Token,
} from 'node-llama-cpp';

/** What the model thought of one returned token. */
export interface TokenEvidence {
  token: number;
  /** ln p(token | prefix) at temperature 1. */
  logprob: number;
  /** 1 + the number of tokens with a strictly greater logit; `topK + 1` when outside the top K. */
  rank: number;
  /** ln p of the model's own top choice. */
  topLogprob: number;
}

export interface TeacherForcingOptions {
  modelPath: string;
  /** Context tokens (prompt + answer) the scorer can evaluate. Default 4096. */
  contextLength?: number;
  /** Ranks are exact up to this K. Default 20. */
  topK?: number;
  threads?: number;
}

type ControlledInput = Parameters<LlamaContextSequence['controlledEvaluate']>[0];
type EvaluateOutputs = Awaited<ReturnType<LlamaContextSequence['controlledEvaluate']>>;
/** What to compute at a position: the `generateNext` options of controlledEvaluate. */
type NextRequest = Extract<ControlledInput[number], readonly unknown[]>[1]['generateNext'];

export class TeacherForcer {
  private readonly sequence: LlamaContextSequence;
  /** Evaluations run one at a time on the one sequence. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly llama: Llama,
    private readonly model: LlamaModel,
    private readonly context: LlamaContext,
    readonly topK: number,
  ) {
    this.sequence = context.getSequence();
  }

  static async load(options: TeacherForcingOptions): Promise<TeacherForcer> {
    const llama = await getLlama({ gpu: false, build: 'never', usePrebuiltBinaries: true, skipDownload: true, logLevel: LlamaLogLevel.error });
    const model = await llama.loadModel({ modelPath: options.modelPath });
    const context = await model.createContext({
      sequences: 1,
      contextSize: options.contextLength ?? 4096,
      threads: options.threads ?? llama.cpuMathCores,
    });
    return new TeacherForcer(llama, model, context, options.topK ?? 20);
  }

  tokenize(text: string, specialTokens = false): number[] {
    return this.model.tokenize(text, specialTokens).map(Number);
  }

  /**
   * Evidence for each of `answer` given `prompt` (both token ids; the prompt as the supplier fed
   * it, BOS and chat template included).
   */
  evaluate(prompt: readonly number[], answer: readonly number[]): Promise<TokenEvidence[]> {
    return this.forced(prompt, answer, async (all, outputsFor) => {
      // Position i predicts all[i + 1]: logits at the last prompt token and every answer token but the last.
      const outputs = await outputsFor((target) => ({
        logits: { filter: { tokens: [target], includeTop: this.topK, includeMax: true } },
        totalLogitWeight: true,
      }));
      const evidence: TokenEvidence[] = [];
      for (let i = prompt.length - 1; i < all.length - 1; i++) {
        const next = outputs[i]?.next;
        const logits = next?.logits;
        if (!logits || next.totalLogitWeight === undefined) throw new Error(`no logits at position ${i}`);
        const target = all[i + 1]! as number;
        const max = Math.max(...logits.values());
        const logZ = max + Math.log(next.totalLogitWeight);
        const own = logits.get(target as Token)!;
        let greater = 0;
        for (const [token, logit] of logits) if (token !== target && logit > own) greater++;
        const inTop = greater < this.topK;
        evidence.push({ token: target, logprob: own - logZ, rank: inTop ? greater + 1 : this.topK + 1, topLogprob: max - logZ });
      }
      return evidence;
    });
  }

  /**
   * The fast path for greedy relays: for each answer token, whether it is the model's own
   * argmax after the prefix. No logits leave native code (no vocabulary-wide read per
   * position), so this costs about a fifth of generating the answer here, where
   * {@link evaluate} costs about as much as generating it on a 262k-token vocabulary.
   */
  greedyAgreement(prompt: readonly number[], answer: readonly number[]): Promise<boolean[]> {
    return this.forced(prompt, answer, async (all, outputsFor) => {
      const outputs = await outputsFor(() => ({ token: true, options: { temperature: 0 } }));
      const agree: boolean[] = [];
      for (let i = prompt.length - 1; i < all.length - 1; i++) agree.push(outputs[i]?.next.token === all[i + 1]);
      return agree;
    });
  }

  /**
   * Runs one teacher-forced pass over prompt + answer, queued behind any other on the one
   * sequence, on a cleared KV cache. `read` asks for what it needs at each position that
   * predicts an answer token (given that token) and turns the outputs into its result.
   */
  private forced<T>(
    prompt: readonly number[],
    answer: readonly number[],
    read: (all: Token[], outputsFor: (ask: (target: Token) => NextRequest) => Promise<EvaluateOutputs>) => Promise<T>,
  ): Promise<T> {
    const run = this.queue.then(async () => {
      if (prompt.length === 0) throw new Error('teacher forcing needs a non-empty prompt');
      const all = [...prompt, ...answer] as Token[];
      if (answer.length === 0) return read(all, async () => []);
      if (all.length > this.context.contextSize) {
        throw new Error(`prompt + answer is ${all.length} tokens; the scorer's context holds ${this.context.contextSize}`);
      }
      const sequence = this.sequence;
      await sequence.clearHistory();
      try {
        return await read(all, (ask) => {
          const input = all.slice(0, -1).map((token, i) => (i < prompt.length - 1 ? token : ([token, { generateNext: ask(all[i + 1]!) }] as const)));
          return sequence.controlledEvaluate(input as ControlledInput);
        });
      } finally {
        await sequence.clearHistory();
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.context.dispose();
    await this.model.dispose();
    await this.llama.dispose();
  }
}
