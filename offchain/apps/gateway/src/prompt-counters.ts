/**
 * One {@link PromptCounter} per served model: the registered GGUF is fetched and sha256-checked
 * once (as a supplier would), and only its vocabulary is loaded. The gateway counts each
 * request's prompt with it and signs the count into the relay envelope, the most prompt tokens
 * the application pays for (docs/gateway.md, "What a request may cost").
 */
import type { ApiPromise } from '@sibyl/chain-client';
import { ModelFetcher, PromptCounter, readChainModel } from '@sibyl/model-runtime';

export class PromptCounters {
  private readonly counters = new Map<number, Promise<PromptCounter>>();

  constructor(
    private readonly api: ApiPromise,
    private readonly fetcher: ModelFetcher,
    private readonly log: (line: string) => void,
  ) {}

  /** The counter of chain model `model`, loading it the first time. */
  get(model: number): Promise<PromptCounter> {
    let counter = this.counters.get(model);
    if (!counter) {
      counter = (async () => {
        const record = await readChainModel(this.api, model);
        const path = await this.fetcher.ensure(record.artifact);
        return PromptCounter.load(path);
      })();
      // A failed load (the file unreachable for now) is tried again by the next request.
      counter.catch((error: Error) => {
        this.counters.delete(model);
        this.log(`model ${model}: cannot load its vocabulary: ${error.message}`);
      });
      this.counters.set(model, counter);
    }
    return counter;
  }

  /** Starts loading the counters of `models` in the background. */
  warm(models: number[]): void {
    for (const model of models) this.get(model).catch(() => undefined);
  }

  async close(): Promise<void> {
    for (const counter of this.counters.values()) await counter.then((c) => c.close()).catch(() => undefined);
    this.counters.clear();
  }
}
