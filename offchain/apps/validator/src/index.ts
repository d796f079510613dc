/** @sibyl/validator: TIQE+ scoring and the committee daemon (docs/validator.md). */
export { TeacherForcer, type TokenEvidence, type TeacherForcingOptions, type Candidate, type ForceOptions } from './fidelity/teacher-forcing.js';
export { replaySampled, type ReplayStep, type ReplaySampling } from './fidelity/sampling-replay.js';
export { LlamaDistRng } from './fidelity/llama-dist-rng.js';
export { allowedViolations, fidelityVerdict, replayable, DEFAULT_FIDELITY_THRESHOLDS, type VerdictSampling, type FidelityVerdict, type FidelityThresholds, type FidelityStats } from './fidelity/fidelity-verdict.js';
export { RelevanceScorer, type RelevancePair, type RelevanceScorerOptions } from './relevance/relevance-scorer.js';
export { relevanceVerdict, DEFAULT_RELEVANCE_THRESHOLDS, type RelevanceThresholds, type RelevanceOutcome, type RelevanceVerdict } from './relevance/relevance-verdict.js';
export { DEFAULT_RELEVANCE_MODEL, type RelevanceModel, type RelevanceModelKind } from './relevance/default-relevance-model.js';
export { LlmJudge, JUDGE_RUBRIC, type JudgeOptions, type JudgeScore } from './judge/llm-judge.js';
export { relayAlpha, roundAlpha, relevanceQuality, DEFAULT_ALPHA_WEIGHTS, type AlphaWeights, type RelaySignals, type ScoredRelay } from './alpha/alpha.js';
export { DEFAULT_MODEL_SCORING, scoringFromCalibration, calibrationFromScoring, type ModelScoring, type ChainCalibration } from './scoring/model-scoring.js';
export { RelayScorer, claimsNaturalEnd, questionOf, inJudgedShare, type RelayScorerOptions, type RelayScore } from './scoring/relay-scorer.js';
export { ValidatorDaemon, type ValidatorConfig, type RoundScorer } from './daemon/validator-daemon.js';
export { scoreCommitment, toPermill } from './daemon/commitment.js';
export { QWEN_CODER_05B_JUDGE } from './judge/judge-models.js';
