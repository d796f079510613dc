/**
 * The answers TIQE+ is measured on, shared by the degradation bench (run.ts) and the calibration
 * tool (calibrate.ts): a registered model's honest answers and those of its degraded stand-ins,
 *   requant-q2k  the same model re-quantized to Q2_K with llama-quantize (a cheaper model passed off)
 *   substitute   a different model (Gemma 3 270M base against the default SmolLM2, the default
 *                against any other), its text tokenized with the registered model's tokenizer as a
 *                cheat would have to
 *   truncated    the honest answer cut to its first quarter
 *   off-topic    the honest model's answer to a different prompt
 * and how a validator reads them: teacher-forcing evidence, with the end of an answer checked
 * when it is shorter than `max_tokens` (as the relay scorer does, claimsNaturalEnd).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LlamaBackend, llamaTool } from '@sibyl/supplier';
import { DEFAULT_DEV_MODEL, GEMMA_3_270M_BASE, SAMPLED_TOP_K, type ModelArtifact, type ModelFetcher } from '@sibyl/model-runtime';
import { requestSeed, type RelayBody, type SamplingParams } from '@sibyl/protocol';
import { QWEN_CODER_05B_JUDGE, replayable, type TeacherForcer, type TokenEvidence } from '@sibyl/validator';

/** Registrable models by the name `--model` takes. */
export const REGISTERED: Record<string, ModelArtifact> = {
  dev: DEFAULT_DEV_MODEL.artifact,
  'gemma-3-270m': GEMMA_3_270M_BASE.artifact,
  'qwen2.5-coder-0.5b': QWEN_CODER_05B_JUDGE,
};

export const DEGRADED = ['requant-q2k', 'substitute', 'truncated', 'off-topic'] as const;
export type Degraded = (typeof DEGRADED)[number];

/** The GGUF files of a registered model and of its stand-ins (the Q2_K is made once and cached). */
export interface VariantModels {
  registered: string;
  requantQ2k: string;
  substitute: string;
}

export async function variantModels(fetcher: ModelFetcher, registered: ModelArtifact, log: (line: string) => void): Promise<VariantModels> {
  const modelPath = await fetcher.ensure(registered);
  const q2kPath = join(fetcher.cacheDir, 'models', `${registered.sha256}.Q2_K.gguf`);
  if (!existsSync(q2kPath)) {
    log('tiqe: re-quantizing the registered model to Q2_K');
    execFileSync(llamaTool('llama-quantize'), ['--allow-requantize', modelPath, q2kPath, 'Q2_K'], { stdio: 'ignore' });
  }
  // Another family and vocabulary: the default's when another model is registered.
  const substitute = registered.sha256 === DEFAULT_DEV_MODEL.artifact.sha256 ? GEMMA_3_270M_BASE.artifact : DEFAULT_DEV_MODEL.artifact;
  return { registered: modelPath, requantQ2k: q2kPath, substitute: await fetcher.ensure(substitute) };
}

export const chatBody = (prompt: string): RelayBody => ({ kind: 'chat', messages: [{ role: 'user', content: prompt }], stop: [] });

/**
 * The sampling `prompt` is relayed with when a client fixes `base.seed` for all its requests: the
 * gateway binds the seed to each request (requestSeed), so every prompt draws its own way, and an
 * answer to another prompt does not hold this one's draws.
 */
export function relaySampling(base: SamplingParams, prompt: string): SamplingParams {
  if (base.seed === null) return base;
  const request = { model: 0, bodyText: JSON.stringify(chatBody(prompt)), temperatureMilli: base.temperatureMilli, topPMilli: base.topPMilli };
  return { ...base, seed: requestSeed(base.seed, request) };
}

export interface Answer {
  text: string;
  tokens: number[];
  ms: number;
}

/** Every prompt answered by the GGUF at `path` with its relay sampling (one relay at a time, 2 threads' worth). */
export async function answerAll(path: string, prompts: readonly string[], sampling: SamplingParams, label: string, log: (line: string) => void): Promise<Answer[]> {
  const backend = await LlamaBackend.load({ modelPath: path, capacity: 1, contextLength: 1024 });
  const answers: Answer[] = [];
  for (const [i, prompt] of prompts.entries()) {
    let text = '';
    const start = performance.now();
    const result = await backend.generate({ body: chatBody(prompt), sampling: relaySampling(sampling, prompt), signal: new AbortController().signal, onStart: () => undefined, onText: (t) => (text += t) });
    answers.push({ text, tokens: result.tokens ?? [], ms: performance.now() - start });
    if ((i + 1) % 20 === 0) log(`tiqe: ${label} answered ${i + 1}/${prompts.length}`);
  }
  await backend.close();
  return answers;
}

/** The answer tokens each variant returns for prompt `i`. */
export function variantTokens(
  forcer: TeacherForcer,
  answers: { honest: Answer[]; requant: Answer[]; substitute: Answer[] },
  i: number,
): Record<'honest' | Degraded, number[]> {
  const own = answers.honest[i]!.tokens;
  return {
    honest: own,
    'requant-q2k': answers.requant[i]!.tokens,
    substitute: forcer.tokenize(answers.substitute[i]!.text),
    truncated: own.slice(0, Math.max(1, Math.floor(own.length / 4))),
    'off-topic': answers.honest[(i + 1) % answers.honest.length]!.tokens,
  };
}

/**
 * Teacher-forcing evidence for `tokens` as the answer to `prompt`, read the way the relay scorer
 * reads a relay: candidates for replay when sampled (every variant claims its tokens are the
 * supplier's exact ones), and the end checked when the answer is shorter than `max_tokens`.
 * `sampling` is the prompt's relay sampling (relaySampling).
 */
export function evidenceFor(forcer: TeacherForcer, prompt: string, tokens: number[], sampling: SamplingParams): Promise<TokenEvidence[]> {
  const top = replayable(sampling, true) ? SAMPLED_TOP_K : 0;
  return forcer.force(forcer.promptTokens(chatBody(prompt)), tokens, { top, end: tokens.length < sampling.maxTokens });
}
