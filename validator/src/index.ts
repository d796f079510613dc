/** @sibyl/validator: TIQE+ scoring and the committee daemon (issue 4, in progress). */
export { TeacherForcer, type TokenEvidence, type TeacherForcingOptions } from './fidelity/teacher-forcing.js';
export { fidelityVerdict, DEFAULT_FIDELITY_THRESHOLDS, type FidelityVerdict, type FidelityThresholds, type FidelityStats } from './fidelity/fidelity-verdict.js';
export { RelevanceScorer, type RelevancePair, type RelevanceScorerOptions } from './relevance/relevance-scorer.js';
export { relevanceVerdict, DEFAULT_RELEVANCE_THRESHOLDS, type RelevanceThresholds, type RelevanceOutcome, type RelevanceVerdict } from './relevance/relevance-verdict.js';
export { DEFAULT_RELEVANCE_MODEL, type RelevanceModel, type RelevanceModelKind } from './relevance/default-relevance-model.js';
export { QWEN_CODER_05B_JUDGE } from './judge/judge-models.js';
