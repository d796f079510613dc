/**
 * TIQE+ judge signal: an LLM grades an answer against a fixed rubric. Deterministic by
 * construction: no sampling at all. The rubric, question and answer are rendered with the judge
 * model's chat template, followed by "Score:", and one prefill pass reads the model's
 * distribution over the five grade digits; the score is the expected grade mapped to [0, 1].
 * Reading the distribution instead of a generated digit also gives a graded, stable score where a
 * sampled or argmax digit would jump.
 *
 * The judge model is configurable. The default is the dev model (gemma-3-270m base), which is
 * weak at following a rubric: its grades are noisy, so it runs only where relevance is
 * uncertain and on a random share, and its weight in α is bounded (see `alpha.ts`). A stronger
 * instruction-tuned GGUF makes a better judge at a proportional cost.
 */
import type { Token } from 'node-llama-cpp';
import { ScoringModel, type ControlledInput } from '../llama/scoring-model.js';

/** The fixed rubric. Changing it changes every judge score: version it with the thresholds. */
export const JUDGE_RUBRIC = [
  'You are grading an AI assistant. Read the user question and the assistant answer, then grade the answer from 1 to 5:',
  '5 = correct, complete and on topic; 4 = mostly correct; 3 = partly useful;',
  '2 = mostly wrong, cut off or vague; 1 = off topic, nonsense or empty.',
  'Reply with the digit only.',
].join('\n');

const GRADES = ['1', '2', '3', '4', '5'] as const;

export interface JudgeOptions {
  modelPath: string;
  /** Context tokens for rubric + question + answer. Default 2048. */
  contextLength?: number;
  threads?: number;
  /** Answer characters the judge reads (longer answers are cut: the rubric must fit). Default 4000. */
  maxAnswerChars?: number;
}

export interface JudgeScore {
  /** (expected grade − 1) / 4, in [0, 1]. */
  score: number;
  /** Probability of each grade 1…5, normalised over the five. */
  grades: number[];
}

export class LlmJudge {
  private readonly gradeTokens: Token[];
  private readonly cue: Token[];

  private constructor(
    private readonly scorer: ScoringModel,
    private readonly maxAnswerChars: number,
  ) {
    this.gradeTokens = GRADES.map((g) => scorer.model.tokenize(g, false)[0]!);
    this.cue = scorer.model.tokenize('Score:', false);
  }

  static async load(options: JudgeOptions): Promise<LlmJudge> {
    const scorer = await ScoringModel.load({ modelPath: options.modelPath, contextLength: options.contextLength ?? 2048, threads: options.threads });
    return new LlmJudge(scorer, options.maxAnswerChars ?? 4000);
  }

  async judge(question: string, answer: string): Promise<JudgeScore> {
    const content = `${JUDGE_RUBRIC}\n\nQuestion:\n${question.slice(0, this.maxAnswerChars)}\n\nAnswer:\n${answer.slice(0, this.maxAnswerChars)}`;
    const prompt = [...this.scorer.renderer.render({ kind: 'chat', messages: [{ role: 'user', content }], stop: [] }).input, ...this.cue];
    if (prompt.length >= this.scorer.contextSize) throw new Error(`judge prompt is ${prompt.length} tokens; the judge's context holds ${this.scorer.contextSize}`);
    const input = prompt.map((t, i) => (i < prompt.length - 1 ? t : ([t, { generateNext: { logits: { filter: { tokens: this.gradeTokens } } } }] as const)));
    const outputs = await this.scorer.run((sequence) => sequence.controlledEvaluate(input as ControlledInput));
    const logits = outputs[prompt.length - 1]?.next.logits;
    if (!logits) throw new Error('the judge returned no logits');
    const raw = this.gradeTokens.map((t) => logits.get(t) ?? -Infinity);
    const max = Math.max(...raw);
    const weights = raw.map((l) => Math.exp(l - max));
    const total = weights.reduce((a, b) => a + b, 0);
    const grades = weights.map((w) => w / total);
    const expected = grades.reduce((sum, p, i) => sum + p * (i + 1), 0);
    return { score: (expected - 1) / 4, grades };
  }

  close(): Promise<void> {
    return this.scorer.close();
  }
}
