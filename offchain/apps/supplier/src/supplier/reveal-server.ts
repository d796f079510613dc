/**
 * Answers TIQE+ committee members on `sibyl.validator.reveal.<supplier>`: a signed request for a
 * relay sampled in a round gets that relay's archived record, but only if the chain says the
 * requester sits on that round's committee and the round sampled that digest — prompts and
 * outputs go to the committee that must see them, and to nobody else. Every reply, refusals
 * included, is sealed to the requesting validator (docs/bus.md): nobody on the bus can read it,
 * and nobody but this supplier can make one the validator believes.
 */
import type { ApiPromise } from '@sibyl/chain-client';
import { PeerSecrets, ProtocolError, decodeRevealRequest, sealRevealReply, subjects, type ParticipantKey, type RevealReply } from '@sibyl/protocol';
import type { Msg, NatsConnection, Subscription } from '@nats-io/transport-node';
import type { RelayArchive } from './relay-archive.js';

export interface RevealServerOptions {
  api: ApiPromise;
  nats: NatsConnection;
  /** The supplier's own key: it seals replies. */
  supplier: ParticipantKey;
  archive: RelayArchive;
  log?: (line: string) => void;
}

export class RevealServer {
  private sub: Subscription | undefined;
  private readonly secrets: PeerSecrets;

  constructor(private readonly options: RevealServerOptions) {
    this.secrets = new PeerSecrets(options.supplier);
  }

  start(): void {
    this.sub = this.options.nats.subscribe(subjects.validatorReveal(this.options.supplier.address));
    void (async () => {
      for await (const msg of this.sub!) void this.handle(msg);
    })();
  }

  stop(): void {
    this.sub?.unsubscribe();
  }

  private async handle(msg: Msg): Promise<void> {
    if (!msg.reply) return;
    let validator: string;
    let reply: RevealReply;
    try {
      const request = decodeRevealRequest(msg.data);
      validator = request.validator;
      reply = await this.answer(request.round, request.digest, validator);
    } catch (error) {
      // Unsigned or malformed: there is no validator to seal an answer to.
      if (!(error instanceof ProtocolError)) this.options.log?.(`reveal failed: ${(error as Error).message}`);
      return;
    }
    msg.respond(sealRevealReply(this.secrets, validator, reply));
  }

  private async answer(roundId: string, digest: string, validator: string): Promise<RevealReply> {
    const { api, archive } = this.options;
    const supplier = this.options.supplier.address;
    try {
      const round = await api.query.tiqe.rounds(roundId);
      if (round.isNone) return { t: 'error', code: 'not_found', message: `round ${roundId} is not open` };
      const info = round.unwrap();
      if (info.supplier.toString() !== supplier) return { t: 'error', code: 'not_found', message: `round ${roundId} evaluates another supplier` };
      if (!info.committee.some(([member]) => member.toString() === validator)) {
        return { t: 'error', code: 'unauthorized', message: `${validator} is not on round ${roundId}'s committee` };
      }
      if (!info.relays.some((d) => d.toHex() === digest)) {
        return { t: 'error', code: 'unauthorized', message: `round ${roundId} did not sample ${digest}` };
      }
      const record = await archive.get(info.session.toBigInt(), digest);
      if (!record) return { t: 'error', code: 'not_found', message: `relay ${digest} is not in the archive` };
      return { t: 'relay', record };
    } catch (error) {
      this.options.log?.(`reveal failed: ${(error as Error).message}`);
      return { t: 'error', code: 'not_found', message: 'reveal failed' };
    }
  }
}
