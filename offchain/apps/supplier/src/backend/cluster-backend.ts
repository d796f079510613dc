/**
 * Cross-device backend: a coordinator runs llama.cpp's llama-server with `--rpc` workers and puts
 * every layer on them (`-ngl 999`), split by the workers' memory, so the coordinator itself only
 * samples; or, with `workerLayers`, the last layers on them and the rest on the coordinator. The daemon talks to llama-server on loopback through the same {@link InferenceBackend}
 * interface as the single-device backend: the prompt is rendered to tokens here, exactly as the
 * single-device backend, gateways and validators render it (`@sibyl/model-runtime`, the model's
 * vocabulary and chat template), and generated from those tokens (`/completion`, streamed).
 */
import type { ChildProcess } from 'node:child_process';
import { freePort } from '../cluster/free-port.js';
import { clusterToolEnv, exited, llamaTool, spawnTool } from '../cluster/llama-tools.js';
import { checkPrompt, type GenerationRequest, type GenerationResult, type InferenceBackend } from './backend.js';
import { llamaSeed, PromptCounter, SAMPLED_TOP_K } from '@sibyl/model-runtime';

export interface ClusterBackendOptions {
  modelPath: string;
  /** RPC workers, `host:port`, in layer order (none: this device alone). */
  workers: string[];
  capacity?: number;
  contextLength?: number;
  threads?: number;
  toolsDir?: string;
  /**
   * Repack weights into this CPU's fastest layout (default true). RPC workers do not repack, so
   * a single device compared token for token with a cluster turns it off: the two then run the
   * same kernels and agree exactly.
   */
  repack?: boolean;
  /**
   * Layers placed on the workers, the last ones of the model (default: all). The others run on
   * the coordinator itself, which then is a device of the cluster too: one worker and half the
   * layers here is two devices with one network round trip per token instead of two.
   */
  workerLayers?: number;
  log?: (line: string) => void;
}

interface CompletionChunk {
  content?: string;
  stop?: boolean;
  stop_type?: 'none' | 'eos' | 'limit' | 'word';
  tokens_evaluated?: number;
  /** The chunk's token ids (with `return_tokens`). */
  tokens?: number[];
  tokens_predicted?: number;
  timings?: { prompt_n?: number; predicted_n?: number };
}

export class ClusterBackend implements InferenceBackend {
  private constructor(
    private readonly child: ChildProcess,
    private readonly base: string,
    readonly capacity: number,
    readonly contextLength: number,
    readonly description: string,
    /** Renders prompts as every other backend does (node-llama-cpp, the model's vocabulary). */
    private readonly prompts: PromptCounter,
  ) {}

  static async start(options: ClusterBackendOptions): Promise<ClusterBackend> {
    const capacity = options.capacity ?? 4;
    const contextLength = options.contextLength ?? 4096;
    const port = await freePort();
    // With workers, every layer goes to them (or the last `workerLayers`); without, llama-server
    // runs on this device alone (the same binary, so benchmarks compare like with like).
    const placement =
      options.workers.length > 0 ? ['--rpc', options.workers.join(','), '-ngl', String(options.workerLayers ?? 999)] : ['-ngl', '0'];
    const args = [
      '-m', options.modelPath,
      ...placement,
      '--host', '127.0.0.1',
      '--port', String(port),
      '-np', String(capacity),
      '-c', String(contextLength * capacity),
      '--kv-unified-per-slot', String(contextLength),
      '-t', String(options.threads ?? 1),
      ...(options.repack === false ? ['--no-repack'] : []),
      '--no-webui',
      '--log-disable',
    ];
    const log = options.log ?? (() => undefined);
    const child = spawnTool(llamaTool('llama-server', options.toolsDir), args, log, clusterToolEnv());
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`llama-server exited with ${child.exitCode}`);
      const ok = await fetch(`${base}/health`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > deadline) {
        child.kill();
        throw new Error('llama-server did not become healthy within 120 s');
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const description =
      options.workers.length > 0
        ? `llama.cpp cluster: ${options.workers.length} RPC workers (${options.workers.join(', ')}), ${capacity}×${contextLength} ctx`
        : `llama.cpp llama-server on this device, ${capacity}×${contextLength} ctx`;
    return new ClusterBackend(child, base, capacity, contextLength, description, await PromptCounter.load(options.modelPath));
  }

  private async post<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
    const res = await fetch(`${this.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal,
    });
    if (!res.ok) throw new Error(`llama-server ${path}: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  async generate(request: GenerationRequest): Promise<GenerationResult> {
    const { body, sampling, signal } = request;
    // Rendered here, not by llama-server's own template: the gateway counts, and validators
    // teacher-force, exactly these tokens.
    const tokens = this.prompts.tokens(body);
    const promptTokens = tokens.length;
    checkPrompt(promptTokens, request, this.contextLength);
    request.onStart(promptTokens);
    const res = await fetch(`${this.base}/completion`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        prompt: tokens,
        n_predict: Math.min(sampling.maxTokens, this.contextLength - promptTokens),
        temperature: sampling.temperatureMilli / 1000,
        top_p: sampling.topPMilli / 1000,
        // The relay sampling contract (sampling-contract.ts), as on a single device.
        top_k: SAMPLED_TOP_K,
        min_p: 0,
        repeat_penalty: 1,
        seed: sampling.seed === null ? -1 : llamaSeed(sampling.seed),
        stop: body.stop,
        stream: true,
        cache_prompt: true,
        // Token ids ride along with the text so the relay can be teacher-forced exactly.
        return_tokens: true,
      }),
      signal,
    }).catch((error: Error) => {
      if (signal.aborted) return undefined;
      throw error;
    });
    if (!res) return { finishReason: 'stop', promptTokens, completionTokens: 0, aborted: true };
    if (!res.ok || !res.body) throw new Error(`llama-server /completion: HTTP ${res.status}`);
    let completionTokens = 0;
    const generated: number[] = [];
    let finishReason: 'stop' | 'length' = 'stop';
    let pending = '';
    const decoder = new TextDecoder();
    try {
      for await (const bytes of res.body as AsyncIterable<Uint8Array>) {
        pending += decoder.decode(bytes, { stream: true });
        let nl: number;
        while ((nl = pending.indexOf('\n')) >= 0) {
          const line = pending.slice(0, nl).trim();
          pending = pending.slice(nl + 1);
          if (!line.startsWith('data:')) continue;
          const chunk = JSON.parse(line.slice(5)) as CompletionChunk;
          if (chunk.content) request.onText(chunk.content);
          if (chunk.tokens) generated.push(...chunk.tokens);
          if (chunk.stop) {
            completionTokens = chunk.tokens_predicted ?? chunk.timings?.predicted_n ?? completionTokens;
            finishReason = chunk.stop_type === 'limit' ? 'length' : 'stop';
          } else {
            completionTokens++;
          }
        }
      }
    } catch (error) {
      if (signal.aborted) return { finishReason, promptTokens, completionTokens, aborted: true };
      throw error;
    }
    return { finishReason, promptTokens, completionTokens, tokens: generated.length === completionTokens ? generated : undefined, aborted: signal.aborted };
  }

  async close(): Promise<void> {
    this.child.kill('SIGTERM');
    await exited(this.child);
    await this.prompts.close();
  }
}
