/**
 * What each role may do on the bus (docs/bus.md, "Roles"). Everything not granted is refused by
 * the NATS server itself, so a participant's code never has to trust that others behave:
 *
 * | role       | publishes                                   | subscribes                              |
 * |------------|---------------------------------------------|-----------------------------------------|
 * | anyone     | nothing                                     | its own inbox `_INBOX.<account>.>`      |
 * | supplier   | its heartbeats; replies to what it received | its relay subjects and reveal subject;  |
 * |            | (only those); its own jobs consumer         | nothing else                            |
 * | gateway    | relays and cancels (`sibyl.relay.>`)        | heartbeats                              |
 * | validator  | reveal requests                             | —                                       |
 * | dispatcher | job notices; the jobs stream's management   | —                                       |
 * | observer   | nothing                                     | everything (sees only sealed payloads)  |
 *
 * Suppliers answer on reply subjects through NATS response permissions: a supplier may publish
 * to a reply subject only after receiving a request naming it, and only for a while, so nobody
 * can inject frames into a stream it was not asked to answer.
 */
import type { Permissions } from '@nats-io/jwt';
import { JOBS_STREAM, SUBJECT_ROOT, inboxPrefixOf, jobsConsumerOf, subjects } from '@sibyl/protocol';

export type BusRole = 'supplier' | 'validator' | 'gateway' | 'dispatcher' | 'observer';

/** How long, and for how many frames, a supplier may answer one request (a relay's whole stream). */
const RESPONSE_WINDOW_NS = 15 * 60 * 1e9;
const RESPONSE_MAX_FRAMES = 100_000;

export function permissionsFor(account: string, roles: ReadonlySet<BusRole>): Permissions {
  const pub: string[] = [];
  const sub: string[] = [`${inboxPrefixOf(account)}.>`];
  let resp: Permissions['resp'];
  if (roles.has('supplier')) {
    const relay = subjects.relay(account);
    const consumer = jobsConsumerOf(account);
    sub.push(relay, `${relay}.>`, subjects.validatorReveal(account));
    pub.push(
      subjects.heartbeat(account),
      '$JS.API.INFO',
      // Its own durable consumer, filtered to its own jobs (the filter is part of the subject).
      `$JS.API.CONSUMER.CREATE.${JOBS_STREAM}.${consumer}.${subjects.jobs(account)}`,
      `$JS.API.CONSUMER.INFO.${JOBS_STREAM}.${consumer}`,
      `$JS.API.CONSUMER.MSG.NEXT.${JOBS_STREAM}.${consumer}`,
      `$JS.ACK.${JOBS_STREAM}.${consumer}.>`,
    );
    resp = { max: RESPONSE_MAX_FRAMES, ttl: RESPONSE_WINDOW_NS };
  }
  if (roles.has('gateway')) {
    pub.push(`${SUBJECT_ROOT}.relay.>`);
    sub.push(subjects.heartbeatAll());
  }
  if (roles.has('validator')) pub.push(subjects.validatorRevealAll());
  if (roles.has('dispatcher')) {
    pub.push(
      subjects.jobsAll(),
      '$JS.API.INFO',
      `$JS.API.STREAM.INFO.${JOBS_STREAM}`,
      `$JS.API.STREAM.CREATE.${JOBS_STREAM}`,
      `$JS.API.STREAM.UPDATE.${JOBS_STREAM}`,
    );
  }
  if (roles.has('observer')) sub.push('>');
    // An empty allow list would allow everything: a participant with nothing to publish is denied all.
  return { pub: pub.length ? { allow: pub } : { deny: ['>'] }, sub: { allow: sub }, ...(resp ? { resp } : {}) };
}
