/**
 * The job dispatcher (docs/architecture.md, "Two ways in"; docs/relay-mining.md, "Jobs"): follows
 * the chain and, for every job the `Jobs` pallet assigns (`jobs.JobAssigned`), publishes a notice
 * on the supplier's JetStream subject `sibyl.jobs.<supplier>` (stream `SIBYL_JOBS`). The notice
 * carries only the job id — the supplier reads the job itself from chain — and is published with
 * the message id `job-<id>`, so JetStream drops duplicates: a dispatcher restarted mid-way
 * re-publishes every job still assigned (catching up on what it missed) without delivering any
 * twice. JetStream keeps the notice until the supplier acknowledges it: delivery is at least once,
 * and the chain makes a second answer impossible, so the whole path is idempotent.
 *
 * Several dispatchers may run at once; they publish the same message ids. A dispatcher logs in to
 * the bus as an account the bus operator lists as a dispatcher (docs/bus.md): notices are only
 * hints the supplier checks on chain, but the stream is shared and bounded.
 */
import { encodeJobNotice, ensureJobsStream, subjects } from '@sibyl/protocol';
import type { ApiPromise } from '@sibyl/chain-client';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, type JetStreamClient } from '@nats-io/jetstream';

export interface JobDispatcherOptions {
  api: ApiPromise;
  nats: NatsConnection;
  /** Servers that store the jobs stream (3 on a cluster; default 1). */
  replicas?: number;
  log?: (line: string) => void;
}

export class JobDispatcher {
  private unsubscribe: (() => void) | undefined;

  private constructor(
    private readonly options: JobDispatcherOptions,
    private readonly js: JetStreamClient,
  ) {}

  static async start(options: JobDispatcherOptions): Promise<JobDispatcher> {
    await ensureJobsStream(options.nats, options.replicas);
    const dispatcher = new JobDispatcher(options, jetstream(options.nats));
    await dispatcher.catchUp();
    dispatcher.unsubscribe = (await options.api.query.system.events((records) => {
      for (const { event } of records) {
        if (event.section !== 'jobs' || event.method !== 'JobAssigned') continue;
        const [job, supplier] = event.data as unknown as [{ toBigInt(): bigint }, { toString(): string }];
        void dispatcher.publish(job.toBigInt(), supplier.toString());
      }
    })) as unknown as () => void;
    return dispatcher;
  }

  /** Publishes every job the chain has assigned and not yet seen answered. */
  private async catchUp(): Promise<void> {
    for (const [key, entry] of await this.options.api.query.jobs.jobs.entries()) {
      if (entry.isSome && entry.unwrap().status.isAssigned) {
        await this.publish(key.args[0].toBigInt(), entry.unwrap().status.asAssigned.supplier.toString());
      }
    }
  }

  private async publish(job: bigint, supplier: string): Promise<void> {
    try {
      const ack = await this.js.publish(subjects.jobs(supplier), encodeJobNotice({ job }), { msgID: `job-${job}` });
      this.options.log?.(`job ${job} → ${supplier}${ack.duplicate ? ' (already delivered)' : ''}`);
    } catch (error) {
      this.options.log?.(`publishing job ${job} failed: ${(error as Error).message}`);
    }
  }

  stop(): void {
    this.unsubscribe?.();
  }
}
