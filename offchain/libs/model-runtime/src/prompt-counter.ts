/**
 * Renders and counts a relay body's prompt tokens exactly as a supplier feeds them, with only the
 * model's vocabulary loaded (no weights in memory, no context): the gateway signs this count in
 * the relay envelope, so an application pays for no more prompt tokens than its prompt has
 * (docs/gateway.md, "What a request may cost"); a cluster supplier feeds llama-server these
 * tokens, so every backend renders a chat the same way.
 */
import { getLlama, LlamaLogLevel, type Llama, type LlamaModel } from 'node-llama-cpp';
import type { RelayBody } from '@sibyl/protocol';
import { PromptRenderer } from './prompt-renderer.js';

export class PromptCounter {
  private constructor(
    private readonly llama: Llama,
    private readonly model: LlamaModel,
    private readonly renderer: PromptRenderer,
    /** Tokens one request may use, prompt plus completion: the model's training context. */
    readonly trainContext: number,
  ) {}

  /** Loads the vocabulary (and chat template) of the GGUF at `modelPath`. */
  static async load(modelPath: string): Promise<PromptCounter> {
    const llama = await getLlama({ gpu: false, build: 'never', usePrebuiltBinaries: true, skipDownload: true, logLevel: LlamaLogLevel.error });
    const model = await llama.loadModel({ modelPath, vocabOnly: true });
    return new PromptCounter(llama, model, new PromptRenderer(model), model.trainContextSize);
  }

  /** The tokens `body` renders to: what a supplier evaluates before generating. */
  tokens(body: RelayBody): number[] {
    return this.renderer.promptTokens(body);
  }

  /** How many tokens `body` renders to. */
  count(body: RelayBody): number {
    return this.renderer.render(body).input.length;
  }

  async close(): Promise<void> {
    await this.model.dispose();
    await this.llama.dispose();
  }
}
