/**
 * Teacher forcing: evaluate prompt + returned tokens under the registered model in one prefill
 * pass and read, for every returned token, how it compares with the model's own choice there.
 * All tokens are evaluated in parallel, so this costs a fraction of generating them.
 *
 * Each position's candidates come out of a top-k cut in native code (`READ_TOP_K`, the sampling
 * contract's cap): asking node-llama-cpp for logits without one sorts the whole 262k-token
 * vocabulary at every position, which cost more than generating the answer.
 */
import type { Token } from 'node-llama-cpp';
import type { RelayBody } from '@sibyl/protocol';
import { SAMPLED_TOP_K } from '@sibyl/model-runtime';
import { ScoringModel, type ControlledInput } from '../llama/scoring-model.js';

/** Candidates read per position: enough for replaying sampled relays (their top-k) and for margins. */
const READ_TOP_K = SAMPLED_TOP_K;

/** What the model thought of one returned token. */
export interface TokenEvidence {
  token: number;
  /** The model's own greedy choice at this position. */
  choice: number;
  /**
   * logit(choice) − logit(token) ≥ 0, in nats: 0 when the token is the model's choice. For a
   * token outside the model's top `READ_TOP_K` this is the lower bound logit(choice) − logit(k-th).
   */
  margin: number;
  /** ln p(token | prefix) at temperature 1, normalised over the top `READ_TOP_K` (an upper bound outside it). */
  logprob: number;
  /** The model's highest raw logits here, best first, when asked for (`force(…, { top })`). */
  candidates?: Candidate[];
  /**
   * Set on the position after the answer (`force(…, { end: true })`): the end-of-generation
   * tokens read there, any of which ends the answer. `token` is the likeliest of them.
   */
  ends?: number[];
}

/** One entry of a position's ranked next-token logits. */
export interface Candidate {
  token: number;
  logit: number;
}

export interface ForceOptions {
  /** Keep the `top` (≤ 64) highest logits of each position in the evidence (sampled relays are replayed from them). */
  top?: number;
  /**
   * Also read the position after the last answer token, as evidence that the model ends the
   * answer there (one more element, with `ends`): for answers that claim to have stopped on
   * their own, before `max_tokens`. Costs one more position's output layer.
   */
  end?: boolean;
}

export interface TeacherForcingOptions {
  modelPath: string;
  /** Context tokens (prompt + answer) the scorer can evaluate. Default 4096. */
  contextLength?: number;
  threads?: number;
}

export class TeacherForcer {
  private constructor(private readonly scorer: ScoringModel) {}

  static async load(options: TeacherForcingOptions): Promise<TeacherForcer> {
    return new TeacherForcer(await ScoringModel.load({ ...options, contextLength: options.contextLength ?? 4096 }));
  }

  /** Tokens one evaluation holds: prompt, answer and, when asked for, the position after it. */
  get contextSize(): number {
    return this.scorer.contextSize;
  }

  /** The prompt tokens the supplier generated after, rendered exactly as suppliers render them. */
  promptTokens(body: RelayBody): number[] {
    return this.scorer.renderer.promptTokens(body);
  }

  tokenize(text: string): number[] {
    return this.scorer.model.tokenize(text, false).map(Number);
  }

  detokenize(tokens: readonly number[]): string {
    return this.scorer.model.detokenize(tokens as Token[]);
  }

  /**
   * Evidence for each of `answer` given `prompt` (both token ids; the prompt as the supplier fed
   * it, BOS and chat template included).
   */
  async force(prompt: readonly number[], answer: readonly number[], options: ForceOptions = {}): Promise<TokenEvidence[]> {
    const top = options.top ?? 0;
    if (prompt.length === 0) throw new Error('teacher forcing needs a non-empty prompt');
    if (answer.length === 0 && !options.end) return [];
    const all = [...prompt, ...answer] as Token[];
    const evaluated = options.end ? all.length + 1 : all.length;
    if (evaluated > this.scorer.contextSize) {
      throw new Error(`prompt + answer is ${all.length} tokens; the scorer's context holds ${this.scorer.contextSize}`);
    }
    const model = this.scorer.model;
    const endTokens = [model.tokens.eos, model.tokens.eot].filter((t): t is Token => t != null);
    // Position i predicts all[i + 1]: outputs at the last prompt token and every answer token but
    // the last (and the last too when asked for the end). Temperature 1 leaves the logits as they
    // are; top-k sorts and cuts them before they are read.
    const last = options.end ? all.length : all.length - 1;
    const input = all.slice(0, last).map((token, i) =>
      i < prompt.length - 1
        ? token
        : ([
            token,
            {
              generateNext: {
                // Every sampler option explicit: node-llama-cpp's defaults include top-p 0.95.
                options: { temperature: 1, topK: READ_TOP_K, topP: 1, minP: 0, seed: 0 },
                logits: { filter: { tokens: i + 1 < all.length ? [all[i + 1]!] : endTokens, includeTop: READ_TOP_K } },
              },
            },
          ] as const),
    );
    const outputs = await this.scorer.run((sequence) => sequence.controlledEvaluate(input as ControlledInput));
    const evidence: TokenEvidence[] = [];
    for (let i = prompt.length - 1; i < last; i++) {
      const logits = outputs[i]?.next?.logits;
      if (!logits || logits.size === 0) throw new Error(`no logits at position ${i}`);
      const candidates = ranked(logits);
      const best = candidates[0]!;
      const ends = i + 1 < all.length ? undefined : [...logits.keys()].filter((t) => model.isEogToken(t)).map(Number);
      // At the end the target is the likeliest end-of-generation token (the model's EOS if none was read).
      const target = ends ? (candidates.find((c) => ends.includes(c.token))?.token ?? Number(endTokens[0] ?? -1)) : Number(all[i + 1]!);
      const own = logits.get(target as Token) ?? candidates[candidates.length - 1]!.logit;
      const normaliser = logSumExp(candidates.map((c) => c.logit));
      const item: TokenEvidence = { token: target, choice: best.token, margin: Math.max(0, best.logit - own), logprob: own - normaliser };
      if (top > 0) item.candidates = candidates.slice(0, top);
      if (ends) item.ends = ends;
      evidence.push(item);
    }
    return evidence;
  }

  /**
   * Evaluates prompt + answer without reading any position's logits: the floor under `force`,
   * which any check that conditions on the whole answer pays. Benchmarks report it so the cost
   * of reading logits is told apart from the cost of the forward pass itself.
   */
  async prefill(prompt: readonly number[], answer: readonly number[]): Promise<void> {
    const all = [...prompt, ...answer] as Token[];
    await this.scorer.run((sequence) => sequence.controlledEvaluate(all.slice(0, -1)));
  }

  close(): Promise<void> {
    return this.scorer.close();
  }
}

/** A position's returned logits, best first (ties by token id, so the order is stable). */
function ranked(logits: ReadonlyMap<Token, number>): Candidate[] {
  return [...logits]
    .map(([token, logit]) => ({ token: Number(token), logit }))
    .sort((a, b) => b.logit - a.logit || a.token - b.token);
}

function logSumExp(values: readonly number[]): number {
  const max = Math.max(...values);
  return max + Math.log(values.reduce((sum, v) => sum + Math.exp(v - max), 0));
}
