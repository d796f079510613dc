/**
 * Answers the on-chain jobs assigned to this supplier. The dispatcher's notices arrive on a
 * durable JetStream consumer (`supplier-<address>` on `sibyl.jobs.<address>`), so jobs wait in
 * NATS while the daemon is down and are redelivered until acknowledged. Each notice names a job;
 * the job itself (model, input, sampling) is read from chain, generated with the model's backend
 * and answered with `jobs.submitResult`. A notice is acknowledged once the chain holds the answer
 * or the job is no longer this supplier's to answer; a transient failure asks for redelivery.
 */
import type { KeyringPair } from '@polkadot/keyring/types';
import { u8aToString } from '@polkadot/util';
import { ChainError, signAndWait, type ApiPromise } from '@sibyl/chain-client';
import { JOBS_STREAM, decodeJobNotice, decodeRelayBody, ensureJobsStream, subjects } from '@sibyl/protocol';
import { AckPolicy, nanos, type ConsumerMessages, type JsMsg, type NatsConnection } from 'nats';
import type { InferenceBackend } from '../backend/backend.js';

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

export class JobWorker {
  private messages: ConsumerMessages | undefined;
  private loop: Promise<void> | undefined;

  constructor(private readonly options: JobWorkerOptions) {}

  async start(): Promise<void> {
    const { nats, account } = this.options;
    await ensureJobsStream(nats);
    const durable = `supplier-${account.address}`;
    await (await nats.jetstreamManager()).consumers.add(JOBS_STREAM, {
      durable_name: durable,
      filter_subject: subjects.jobs(account.address),
      ack_policy: AckPolicy.Explicit,
      ack_wait: nanos(ACK_WAIT_MS),
    });
    const consumer = await nats.jetstream().consumers.get(JOBS_STREAM, durable);
    this.messages = await consumer.consume();
    this.loop = (async () => {
      // One job at a time: relays keep the backend's other sequences.
      for await (const message of this.messages!) await this.handle(message);
    })();
  }

  async stop(): Promise<void> {
    await this.messages?.close();
    await this.loop?.catch(() => undefined);
  }

  private async handle(message: JsMsg): Promise<void> {
    const { api, account, backends, log } = this.options;
    let job: bigint;
    try {
      job = decodeJobNotice(message.data).job;
    } catch {
      message.term();
      return;
    }
    try {
      const entry = await api.query.jobs.jobs(job);
      if (entry.isNone || !entry.unwrap().status.isAssigned || entry.unwrap().status.asAssigned.supplier.toString() !== account.address) {
        message.ack();
        return;
      }
      const { model, input, sampling } = entry.unwrap();
      const backend = backends.get(model.toNumber());
      if (!backend) {
        log?.(`job ${job}: model ${model.toNumber()} is not served here; it will expire`);
        message.ack();
        return;
      }
      let text = '';
      const result = await backend.generate({
        body: decodeRelayBody(u8aToString(input)),
        sampling: {
          maxTokens: sampling.maxTokens.toNumber(),
          temperatureMilli: sampling.temperatureMilli.toNumber(),
          topPMilli: sampling.topPMilli.toNumber(),
          seed: sampling.seed.isSome ? sampling.seed.unwrap().toBigInt() : null,
        },
        signal: new AbortController().signal,
        onStart: () => undefined,
        onText: (piece) => (text += piece),
      });
      await signAndWait(api, api.tx.jobs.submitResult(job, text, result.promptTokens, result.completionTokens), account);
      log?.(`job ${job}: answered (${result.completionTokens} tokens)`);
      message.ack();
    } catch (error) {
      if (error instanceof ChainError && error.name === 'jobs.NotAssigned') {
        // Answered already (a redelivery) or expired: nothing left to do.
        message.ack();
        return;
      }
      log?.(`job ${job}: ${(error as Error).message}; retrying`);
      message.nak(RETRY_MS);
    }
  }
}
