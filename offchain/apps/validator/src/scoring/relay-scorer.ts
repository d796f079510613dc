/**
 * Scores one revealed relay on the three TIQE+ signals and combines them into α: fidelity
 * (teacher forcing under the registered model), relevance (every relay), and the LLM judge (where
 * relevance is uncertain, and on a share of relays picked by the relay's digest). First the
 * usage the supplier signed, which is what the application pays for, is re-counted: a supplier
 * that reports more prompt tokens than the prompt renders to, or more completion tokens than its
 * output holds, gets α = 0 whatever the answer's quality.
 *
 * Everything here is deterministic given the relay, so honest committee members reach the same
 * α and only a liar lands far from the median. That is also why the judge's random share is
 * drawn from the digest and not from a local RNG: every member judges the same relays.
 */
import { hexToU8a } from '@polkadot/util';
import type { VerifiedRelay } from '@sibyl/protocol';
import { SAMPLED_TOP_K } from '@sibyl/model-runtime';
import { relayAlpha } from '../alpha/alpha.js';
import { fidelityVerdict, replayable, type FidelityVerdict } from '../fidelity/fidelity-verdict.js';
import type { TeacherForcer } from '../fidelity/teacher-forcing.js';
import type { LlmJudge } from '../judge/llm-judge.js';
import type { RelevanceScorer } from '../relevance/relevance-scorer.js';
import { relevanceVerdict, type RelevanceOutcome } from '../relevance/relevance-verdict.js';
import { DEFAULT_MODEL_SCORING, type ModelScoring } from './model-scoring.js';

export interface RelayScorerOptions {
  /** The teacher forcer for a chain model id, loaded from its registered (sha256-checked) GGUF. */
  forcerFor: (model: number) => Promise<TeacherForcer>;
  relevance: RelevanceScorer;
  judge?: LlmJudge;
  /** Share of relays judged although relevance was clear (default 0.1). */
  judgeShare?: number;
  /** A chain model's scoring (its calibration on chain); default {@link DEFAULT_MODEL_SCORING}. */
  scoringFor?: (model: number) => Promise<ModelScoring>;
}

export interface RelayScore {
  digest: string;
  alpha: number;
  /** Why the supplier's signed usage is more than it served, if it is (α is then 0). */
  overReported?: string;
  fidelity: FidelityVerdict;
  relevance: number;
  relevanceOutcome: RelevanceOutcome;
  judge?: number;
  /** Whether the supplier's token ids reproduced its text (else the text was re-tokenized). */
  exactTokens: boolean;
}

/** The question a relay asked, as text for relevance and the judge: the last user turn. */
export function questionOf(relay: VerifiedRelay): string {
  if (relay.body.kind === 'completion') return relay.body.prompt;
  const users = relay.body.messages.filter((m) => m.role === 'user');
  return (users.at(-1) ?? relay.body.messages.at(-1)!).content;
}

/** Whether the digest falls in the judged share: its first four bytes, read as a fraction. */
export function inJudgedShare(digest: string, share: number): boolean {
  const bytes = hexToU8a(digest);
  const fraction = (((bytes[0]! << 24) >>> 0) + (bytes[1]! << 16) + (bytes[2]! << 8) + bytes[3]!) / 2 ** 32;
  return fraction < share;
}

export class RelayScorer {
  constructor(private readonly options: RelayScorerOptions) {}

  async score(relay: VerifiedRelay): Promise<RelayScore> {
    const { forcerFor, relevance, judge } = this.options;
    const forcer = await forcerFor(relay.envelope.model);
    const scoring = (await this.options.scoringFor?.(relay.envelope.model)) ?? DEFAULT_MODEL_SCORING;
    // The supplier's own token ids when they reproduce the signed text; re-tokenizing can split
    // the text differently from how it was generated.
    const exactTokens = relay.tokens !== null && forcer.detokenize(relay.tokens) === relay.text;
    const answer = exactTokens ? relay.tokens! : forcer.tokenize(relay.text);
    const top = replayable(relay.envelope.sampling, exactTokens) ? SAMPLED_TOP_K : 0;
    const prompt = forcer.promptTokens(relay.body);
    const overReported = overReportedUsage(relay, prompt.length, answer.length, exactTokens);
    const evidence = await forcer.force(prompt, answer, { top, end: claimsNaturalEnd(relay) && prompt.length + answer.length < forcer.contextSize });
    const fidelity = fidelityVerdict(evidence, relay.envelope.sampling, scoring.fidelity);

    const question = questionOf(relay);
    const relevanceScore = await relevance.score(question, relay.text);
    const { outcome } = relevanceVerdict(relevanceScore, scoring.relevance);
    // A judge without weight on this model would change nothing: it is not run.
    const judged = judge && scoring.judgeWeight > 0 && (outcome === 'uncertain' || inJudgedShare(relay.digest, this.options.judgeShare ?? 0.1));
    const judgeScore = judged ? (await judge.judge(question, relay.text)).score : undefined;
    const quality = relayAlpha({ fidelity, relevance: relevanceScore, judge: judgeScore }, scoring.relevance, { judgeWeight: scoring.judgeWeight });
    const alpha = overReported === undefined ? quality : 0;
    return { digest: relay.digest, alpha, overReported, fidelity, relevance: relevanceScore, relevanceOutcome: outcome, judge: judgeScore, exactTokens };
  }
}

/**
 * Whether the relay claims to have stopped on its own: fewer completion tokens than the signed
 * `max_tokens` (which gateways clamp to the model's context), so the supplier says the model
 * ended the answer. Its end is then checked (fidelity-verdict.ts). Relays with client stop
 * sequences are not checked there: a stop sequence may end the answer anywhere.
 */
export function claimsNaturalEnd(relay: VerifiedRelay): boolean {
  return relay.response.completionTokens < relay.envelope.sampling.maxTokens && relay.body.stop.length === 0;
}

/**
 * Whether the supplier's signed usage claims more than it served: more prompt tokens than the
 * prompt renders to under the registered model, or more completion tokens than the output (its
 * exact token ids, or the re-tokenized text with a little room for a different split).
 */
export function overReportedUsage(relay: VerifiedRelay, promptTokens: number, answerTokens: number, exactTokens: boolean): string | undefined {
  const { response } = relay;
  if (response.promptTokens > promptTokens) {
    return `${response.promptTokens} prompt tokens signed; the prompt renders to ${promptTokens}`;
  }
  const allowed = exactTokens ? answerTokens : Math.ceil(answerTokens * 1.1) + 2;
  if (response.completionTokens > allowed) {
    return `${response.completionTokens} completion tokens signed; the output holds ${answerTokens}`;
  }
  return undefined;
}
