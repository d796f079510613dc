/**
 * One GGUF loaded for scoring (teacher forcing, judging): a single context sequence on which
 * evaluations run one at a time, each from an empty KV cache, so a score never depends on what
 * was scored before it.
 */
import { getLlama, LlamaLogLevel, type Llama, type LlamaContext, type LlamaContextSequence, type LlamaModel } from 'node-llama-cpp';
import { PromptRenderer } from '@sibyl/model-runtime';

/** What `controlledEvaluate` takes: tokens, some with what to compute after them. */
export type ControlledInput = Parameters<LlamaContextSequence['controlledEvaluate']>[0];

export interface ScoringModelOptions {
  modelPath: string;
  /** Context tokens one evaluation may use. */
  contextLength: number;
  /** CPU threads (default: the machine's math cores). */
  threads?: number;
}

export class ScoringModel {
  readonly renderer: PromptRenderer;
  private readonly sequence: LlamaContextSequence;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly llama: Llama,
    readonly model: LlamaModel,
    private readonly context: LlamaContext,
  ) {
    this.sequence = context.getSequence();
    this.renderer = new PromptRenderer(model);
  }

  static async load(options: ScoringModelOptions): Promise<ScoringModel> {
    const llama = await getLlama({ gpu: false, build: 'never', usePrebuiltBinaries: true, skipDownload: true, logLevel: LlamaLogLevel.error });
    const model = await llama.loadModel({ modelPath: options.modelPath });
    const context = await model.createContext({ sequences: 1, contextSize: options.contextLength, threads: options.threads ?? llama.cpuMathCores });
    return new ScoringModel(llama, model, context);
  }

  get contextSize(): number {
    return this.context.contextSize;
  }

  /** Runs `evaluate` on the sequence, queued behind any other, on a cleared KV cache. */
  run<T>(evaluate: (sequence: LlamaContextSequence) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      await this.sequence.clearHistory();
      try {
        return await evaluate(this.sequence);
      } finally {
        await this.sequence.clearHistory();
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
