/**
 * Answers TIQE+ committee members on `sibyl.validator.reveal.<supplier>`: a signed request for a
 * relay sampled in a round gets that relay's archived record, but only if the chain says the
 * requester sits on that round's committee and the round sampled that digest — prompts and
 * outputs go to the committee that must see them, and to nobody else.
 */
import type { ApiPromise } from '@sibyl/chain-client';
import { ProtocolError, decodeRevealRequest, encodeReveal, subjects, type RevealReply } from '@sibyl/protocol';
import type { Msg, NatsConnection, Subscription } from 'nats';
import type { RelayArchive } from './relay-archive.js';

export interface RevealServerOptions {
  api: ApiPromise;
  nats: NatsConnection;
  supplier: string;
  archive: RelayArchive;
  log?: (line: string) => void;
}

export class RevealServer {
  private sub: Subscription | undefined;

  constructor(private readonly options: RevealServerOptions) {}

  start(): void {
    this.sub = this.options.nats.subscribe(subjects.validatorReveal(this.options.supplier));
    void (async () => {
      for await (const msg of this.sub!) void this.handle(msg);
    })();
  }

  stop(): void {
    this.sub?.unsubscribe();
  }

  private async handle(msg: Msg): Promise<void> {
    if (!msg.reply) return;
    msg.respond(encodeReveal(await this.answer(msg.data)));
  }

  private async answer(data: Uint8Array): Promise<RevealReply> {
    const { api, archive, supplier } = this.options;
    try {
      const request = decodeRevealRequest(data);
      const round = await api.query.tiqe.rounds(request.round);
      if (round.isNone) return { t: 'error', code: 'not_found', message: `round ${request.round} is not open` };
      const info = round.unwrap();
      if (info.supplier.toString() !== supplier) return { t: 'error', code: 'not_found', message: `round ${request.round} evaluates another supplier` };
      if (!info.committee.some(([member]) => member.toString() === request.validator)) {
        return { t: 'error', code: 'unauthorized', message: `${request.validator} is not on round ${request.round}'s committee` };
      }
      if (!info.relays.some((d) => d.toHex() === request.digest)) {
        return { t: 'error', code: 'unauthorized', message: `round ${request.round} did not sample ${request.digest}` };
      }
      const record = await archive.get(info.session.toBigInt(), request.digest);
      if (!record) return { t: 'error', code: 'not_found', message: `relay ${request.digest} is not in the archive` };
      return { t: 'relay', record };
    } catch (error) {
      if (error instanceof ProtocolError) return { t: 'error', code: 'bad_request', message: error.message };
      this.options.log?.(`reveal failed: ${(error as Error).message}`);
      return { t: 'error', code: 'not_found', message: 'reveal failed' };
    }
  }
}
