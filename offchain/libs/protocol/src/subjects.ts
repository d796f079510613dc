/**
 * The one NATS subject scheme of Sibyl. Every subject starts with `sibyl.`; account ids are SS58
 * strings (NATS tokens allow them: no dots, spaces or wildcards). See docs/protocol.md.
 *
 * | subject                              | pattern         | carries                               |
 * |--------------------------------------|-----------------|---------------------------------------|
 * | `sibyl.relay.<supplier>`             | request, streamed reply to the requester's inbox | {@link RelayRequest} → {@link RelayFrame}s |
 * | `sibyl.relay.<supplier>.cancel`      | publish         | {@link RelayCancel}: the client went away |
 *
 * A supplier's relay subject is the `nats_subject` it registered on chain; `sibyl.relay.<address>`
 * is the default every Sibyl tool registers, and cancels always go to `<relay subject>.cancel`.
 * | `sibyl.heartbeat.<supplier>`         | publish         | {@link Heartbeat}: load and capacity  |
 * | `sibyl.jobs.<supplier>`              | JetStream `SIBYL_JOBS` | on-chain jobs assigned to a supplier |
 * | `sibyl.validator.reveal.<supplier>`  | request/reply   | a validator asks for a sampled relay's prompt and output |
 */

import { PermissionViolationError, nanos, type NatsConnection } from '@nats-io/transport-node';
import { DiscardPolicy, JetStreamApiCodes, JetStreamApiError, jetstreamManager, type StreamConfig } from '@nats-io/jetstream';

/** Prefix of every Sibyl subject. */
export const SUBJECT_ROOT = 'sibyl';

/** Checks that `token` can be one token of a subject (SS58 addresses and simple names can). */
export function assertSubjectToken(token: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) {
    throw new Error(`not a valid NATS subject token: ${JSON.stringify(token)}`);
  }
  return token;
}

export const subjects = {
  /** Where a supplier receives relay requests. Its on-chain `nats_subject` names this subject. */
  relay: (supplier: string) => `${SUBJECT_ROOT}.relay.${assertSubjectToken(supplier)}`,
  /** Where a gateway tells a supplier to stop generating for a request. */
  relayCancel: (supplier: string) => `${SUBJECT_ROOT}.relay.${assertSubjectToken(supplier)}.cancel`,
  /** A supplier's heartbeats. */
  heartbeat: (supplier: string) => `${SUBJECT_ROOT}.heartbeat.${assertSubjectToken(supplier)}`,
  /** Every supplier's heartbeats (subscription wildcard). */
  heartbeatAll: () => `${SUBJECT_ROOT}.heartbeat.*`,
  /** On-chain jobs assigned to a supplier (JetStream). */
  jobs: (supplier: string) => `${SUBJECT_ROOT}.jobs.${assertSubjectToken(supplier)}`,
  /** A validator's request for a sampled relay's content. */
  validatorReveal: (supplier: string) => `${SUBJECT_ROOT}.validator.reveal.${assertSubjectToken(supplier)}`,
  /** Every supplier's reveal subject (a permission pattern). */
  validatorRevealAll: () => `${SUBJECT_ROOT}.validator.reveal.*`,
  /** Every supplier's jobs subject (a permission pattern). */
  jobsAll: () => `${SUBJECT_ROOT}.jobs.*`,
} as const;

/** The JetStream stream that holds jobs (`sibyl.jobs.>`). */
export const JOBS_STREAM = 'SIBYL_JOBS';

/** The durable consumer a supplier reads its job notices from (filtered to its own subject). */
export function jobsConsumerOf(supplier: string): string {
  return `supplier-${assertSubjectToken(supplier)}`;
}

/** How long JetStream remembers message ids to drop duplicates (longer than any job's deadline). */
const JOBS_DUPLICATE_WINDOW_MS = 60 * 60 * 1000;

/**
 * The jobs stream's bounds: a notice is only a job id (the job is on chain and suppliers also
 * find it there), so old notices are dropped rather than letting the stream grow without limit.
 */
export const JOBS_STREAM_LIMITS = {
  max_age: nanos(24 * 60 * 60 * 1000),
  max_msgs: 1_000_000,
  max_bytes: 256 * 1024 * 1024,
  max_msg_size: 1024,
  max_msgs_per_subject: 10_000,
  discard: DiscardPolicy.Old,
} satisfies Partial<StreamConfig>;

/**
 * Makes sure the jobs stream exists with its bounds, stored on `replicas` servers (3 on a
 * cluster, so a server lost loses no job); the dispatchers own it (docs/bus.md). A cluster's
 * JetStream needs a few seconds after start to elect its leaders, so this keeps trying for up
 * to `waitMs` before giving up with the last error.
 */
export async function ensureJobsStream(nats: NatsConnection, replicas = 1, waitMs = 60_000): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await ensureJobsStreamOnce(nats, replicas);
      return;
    } catch (error) {
      if (error instanceof PermissionViolationError || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

async function ensureJobsStreamOnce(nats: NatsConnection, replicas: number): Promise<void> {
  const jsm = await jetstreamManager(nats);
  const config = { subjects: [`${SUBJECT_ROOT}.jobs.>`], duplicate_window: nanos(JOBS_DUPLICATE_WINDOW_MS), num_replicas: replicas, ...JOBS_STREAM_LIMITS };
  let info;
  try {
    info = await jsm.streams.info(JOBS_STREAM);
  } catch (error) {
    if (!(error instanceof JetStreamApiError && error.code === JetStreamApiCodes.StreamNotFound)) throw error;
    await jsm.streams.add({ name: JOBS_STREAM, ...config });
    return;
  }
  if (info.config.max_msgs !== config.max_msgs || info.config.max_bytes !== config.max_bytes || info.config.num_replicas !== replicas) {
    await jsm.streams.update(JOBS_STREAM, { ...info.config, ...config });
  }
}
