/**
 * What a relay costs its application, settled against the reservation admission made
 * (docs/gateway.md, "What a request may cost"). Every attempt a supplier accepted holds an
 * envelope it could claim: until the relay ends well, each is booked at the request's most
 * possible cost; the attempt that finished is booked at the cost of the supplier's signed usage.
 */
import type { Reservation } from './spend-ledger.js';
import type { RelayEvent } from './relay-router.js';

export type DoneEvent = RelayEvent & { type: 'done' };

export class RelayBill {
  private accepted = 0;
  private actual: bigint | undefined;

  constructor(
    private readonly reservation: Reservation,
    private readonly maxCost: bigint,
    /** The cost of a finished relay, from its signed usage. */
    private readonly costOf: (done: DoneEvent) => bigint,
  ) {}

  /** Passes `events` through, booking accepted attempts and the finished relay. */
  async *track(events: AsyncGenerator<RelayEvent>): AsyncGenerator<RelayEvent> {
    for await (const event of events) {
      if (event.type === 'start') this.accepted++;
      else if (event.type === 'done') this.actual = this.costOf(event);
      yield event;
    }
  }

  /** Settles the reservation at what was booked, or releases it if nothing was. */
  close(): void {
    const unfinished = BigInt(Math.max(0, this.accepted - (this.actual === undefined ? 0 : 1)));
    if (this.actual === undefined && unfinished === 0n) this.reservation.release();
    else this.reservation.settle((this.actual ?? 0n) + unfinished * this.maxCost);
  }
}
