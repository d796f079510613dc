/** @sibyl/validator: TIQE+ scoring and the committee daemon (issue 4, in progress). */
export { TeacherForcer, type TokenEvidence, type TeacherForcingOptions } from './fidelity/teacher-forcing.js';
export { fidelityVerdict, greedyVerdict, fidelityStats, DEFAULT_FIDELITY_THRESHOLDS, type FidelityVerdict, type FidelityThresholds, type FidelityStats } from './fidelity/fidelity-verdict.js';
