/**
 * Teacher forcing: evaluate prompt + returned tokens under the registered model in one prefill
 * pass and read, for every returned token, how it compares with the model's own choice there.
 * All tokens are evaluated in parallel, so this costs a fraction of generating them.
 *
 * Only a few numbers per position leave native code (the argmax, two logits and the softmax
 * normaliser): reading a ranked top-K from a 262k-token vocabulary in JavaScript would cost as
 * much as generating the answer.
 */
import type { Token } from 'node-llama-cpp';
import type { RelayBody } from '@sibyl/protocol';
import { ScoringModel, type ControlledInput } from '../scoring/scoring-model.js';

/** What the model thought of one returned token. */
export interface TokenEvidence {
  token: number;
  /** The model's own greedy choice at this position. */
  choice: number;
  /** logit(choice) − logit(token) ≥ 0, in nats: 0 when the token is the model's choice. */
  margin: number;
  /** ln p(token | prefix) at temperature 1. */
  logprob: number;
  /** The model's highest raw logits here, best first, when asked for (`force(…, { top })`). */
  candidates?: Candidate[];
}

/** One entry of a position's ranked next-token logits. */
export interface Candidate {
  token: number;
  logit: number;
}

export interface ForceOptions {
  /** Also read the `top` highest logits at each position (sampled relays are replayed from them). */
  top?: number;
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
    if (answer.length === 0) return [];
    const all = [...prompt, ...answer] as Token[];
    if (all.length > this.scorer.contextSize) {
      throw new Error(`prompt + answer is ${all.length} tokens; the scorer's context holds ${this.scorer.contextSize}`);
    }
    // Position i predicts all[i + 1]: outputs at the last prompt token and every answer token but the last.
    const input = all.slice(0, -1).map((token, i) =>
      i < prompt.length - 1
        ? token
        : ([
            token,
            {
              generateNext: {
                token: true,
                options: { temperature: 0 },
                logits: { filter: { tokens: [all[i + 1]!], includeSelected: true, includeTop: top } },
                totalLogitWeight: true,
              },
            },
          ] as const),
    );
    const outputs = await this.scorer.run((sequence) => sequence.controlledEvaluate(input as ControlledInput));
    const evidence: TokenEvidence[] = [];
    for (let i = prompt.length - 1; i < all.length - 1; i++) {
      const next = outputs[i]?.next;
      const target = all[i + 1]!;
      const choice = next?.token;
      const logits = next?.logits;
      if (choice == null || !logits || next.totalLogitWeight === undefined) throw new Error(`no logits at position ${i}`);
      const own = logits.get(target)!;
      const best = logits.get(choice)!;
      const item: TokenEvidence = { token: target, choice, margin: Math.max(0, best - own), logprob: own - best - Math.log(next.totalLogitWeight) };
      if (top > 0) item.candidates = ranked(logits, top);
      evidence.push(item);
    }
    return evidence;
  }

  close(): Promise<void> {
    return this.scorer.close();
  }
}

/** The `top` highest of a position's returned logits, best first (ties by token id, as stable). */
function ranked(logits: ReadonlyMap<number, number>, top: number): Candidate[] {
  return [...logits]
    .map(([token, logit]) => ({ token: Number(token), logit }))
    .sort((a, b) => b.logit - a.logit || a.token - b.token)
    .slice(0, top);
}
