/**
 * Answers the on-chain jobs assigned to this supplier (docs/relay-mining.md, "Jobs"). Jobs are
 * found two ways: the dispatcher's notices on a durable JetStream consumer (`supplier-<address>` on
 * `sibyl.jobs.<address>`, fast), and the chain's own list of this supplier's assigned jobs
 * (`jobs.assignedTo`), read with every block — so a job is answered even if no dispatcher runs.
 *
 * Each job is read from chain (model, input, declared prompt tokens, sampling) and answered
 * once: generated with the model's backend within the declared prompt count and posted with
 * `jobs.submitResult`, or — if its prompt renders to more tokens than the submitter declared, or
 * cannot be rendered — refused with `jobs.refuse`, which costs the supplier nothing. A notice is
 * acknowledged once the chain holds the answer or the job is no longer this supplier's; a
 * transient failure asks for redelivery (and the next block's scan retries it too).
 */
import type { KeyringPair } from '@polkadot/keyring/types';
import { u8aToString } from '@polkadot/util';
import { ChainError, signAndWait, type ApiPromise } from '@sibyl/chain-client';
import { JOBS_STREAM, ProtocolError, decodeJobNotice, decodeRelayBody, jobsConsumerOf, subjects } from '@sibyl/protocol';
import { nanos, type NatsConnection } from '@nats-io/transport-node';
import { AckPolicy, jetstream, jetstreamManager, type ConsumerMessages, type JsMsg } from '@nats-io/jetstream';
import { ContextLengthError, PromptTokensError, type InferenceBackend } from '../backend/backend.js';

export interface JobWorkerOptions {
  api: ApiPromise;
  nats: NatsConnection;
  account: KeyringPair;
  backends: Map<number, InferenceBackend>;
  log?: (line: string) => void;
}

/** A job's generation may take minutes; JetStream redelivers only after this. */
const ACK_WAIT_MS = 10 * 60 * 1000;
const RETRY_MS = 5_000;

/** What became of one attempt at a job. */
type Outcome = 'answered' | 'refused' | 'not-ours' | 'retry';

export class JobWorker {
  private messages: ConsumerMessages | undefined;
  private loop: Promise<void> | undefined;
  private unsubscribe: (() => void) | undefined;
  private stopped = false;
  /** Jobs being worked on now, with the attempt's outcome. */
  private readonly working = new Map<bigint, Promise<Outcome>>();
  /** One generation at a time: relays keep the backend's other sequences. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: JobWorkerOptions) {}

  async start(): Promise<void> {
    const { api } = this.options;
    this.unsubscribe = await api.rpc.chain.subscribeNewHeads(() => void this.scan().catch(() => undefined));
    this.loop = this.follow();
  }

  /**
   * Reads the notices on this supplier's durable consumer. The dispatchers own the jobs stream;
   * until one has made it, the consumer cannot exist, and jobs are still found on chain each block.
   */
  private async follow(): Promise<void> {
    const { nats, account } = this.options;
    const durable = jobsConsumerOf(account.address);
    while (!this.stopped) {
      try {
        await (await jetstreamManager(nats)).consumers.add(JOBS_STREAM, {
          durable_name: durable,
          filter_subject: subjects.jobs(account.address),
          ack_policy: AckPolicy.Explicit,
          ack_wait: nanos(ACK_WAIT_MS),
          max_ack_pending: 64,
        });
        const consumer = await jetstream(nats).consumers.get(JOBS_STREAM, durable);
        this.messages = await consumer.consume();
        for await (const message of this.messages) void this.onNotice(message);
        return;
      } catch (error) {
        if (this.stopped) return;
        this.options.log?.(`job notices unavailable (${(error as Error).message}); finding jobs on chain, retrying`);
        await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    await this.messages?.close();
    await this.loop?.catch(() => undefined);
    await Promise.allSettled(this.working.values());
  }

  /** Works on every job the finalized chain lists as assigned to this supplier. */
  private async scan(): Promise<void> {
    const { api } = this.options;
    const finalized = await api.at(await api.rpc.chain.getFinalizedHead());
    const assigned = await finalized.query.jobs.assignedTo(this.options.account.address);
    for (const job of assigned) void this.work(job.toBigInt());
  }

  private async onNotice(message: JsMsg): Promise<void> {
    let job: bigint;
    try {
      job = decodeJobNotice(message.data).job;
    } catch {
      message.term();
      return;
    }
    const outcome = await this.work(job);
    if (outcome === 'retry') message.nak(RETRY_MS);
    else message.ack();
  }

  /** One attempt at `job`; concurrent calls for the same job share it. */
  private work(job: bigint): Promise<Outcome> {
    let attempt = this.working.get(job);
    if (!attempt) {
      attempt = this.queue.then(() => this.answer(job));
      this.queue = attempt.catch(() => undefined);
      this.working.set(job, attempt);
      void attempt.finally(() => this.working.delete(job)).catch(() => undefined);
    }
    return attempt;
  }

  private async answer(job: bigint): Promise<Outcome> {
    const { api, account, backends, log } = this.options;
    try {
      // Read at the finalized block: on a fork the same job id may hold another dApp's input
      // (the pool's transactions included in another order), and an answer to the wrong input
      // would be paid for or slashed as this job's.
      const entry = await (await api.at(await api.rpc.chain.getFinalizedHead())).query.jobs.jobs(job);
      if (entry.isNone || !entry.unwrap().status.isAssigned || entry.unwrap().status.asAssigned.supplier.toString() !== account.address) {
        return 'not-ours';
      }
      const { model, input, promptTokens, sampling } = entry.unwrap();
      const backend = backends.get(model.toNumber());
      if (!backend) {
        log?.(`job ${job}: model ${model.toNumber()} is not served here; it will expire`);
        return 'not-ours';
      }
      let text = '';
      let result;
      try {
        result = await backend.generate({
          body: decodeRelayBody(u8aToString(input)),
          sampling: {
            maxTokens: sampling.maxTokens.toNumber(),
            temperatureMilli: sampling.temperatureMilli.toNumber(),
            topPMilli: sampling.topPMilli.toNumber(),
            seed: sampling.seed.isSome ? sampling.seed.unwrap().toBigInt() : null,
          },
          maxPromptTokens: promptTokens.toNumber(),
          signal: new AbortController().signal,
          onStart: () => undefined,
          onText: (piece) => (text += piece),
        });
      } catch (error) {
        if (error instanceof PromptTokensError) {
          await signAndWait(api, api.tx.jobs.refuse(job, { PromptAboveDeclared: { promptTokens: error.promptTokens } }), account);
          log?.(`job ${job}: refused: ${error.message}`);
          return 'refused';
        }
        if (error instanceof ContextLengthError || error instanceof ProtocolError) {
          await signAndWait(api, api.tx.jobs.refuse(job, 'Unrenderable'), account);
          log?.(`job ${job}: refused: ${error.message}`);
          return 'refused';
        }
        throw error;
      }
      await signAndWait(api, api.tx.jobs.submitResult(job, text, result.promptTokens, result.completionTokens), account);
      log?.(`job ${job}: answered (${result.completionTokens} tokens)`);
      return 'answered';
    } catch (error) {
      if (error instanceof ChainError && error.name === 'jobs.NotAssigned') {
        // Answered already (a redelivery) or expired: nothing left to do.
        return 'not-ours';
      }
      log?.(`job ${job}: ${(error as Error).message}; retrying`);
      return 'retry';
    }
  }
}
