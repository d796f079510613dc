/**
 * Mallory, a dishonest supplier, played in this process with her own staked account: she
 * listens on her relay subject and heart-beats like any supplier, but answers every relay at
 * once with signed usage far above what the gateway signed for, keeps the gateway-signed
 * envelopes to claim them on chain, and answers TIQE+ reveal requests as slowly as the attack
 * wants (or never). She logs in to the bus as herself once staked, and speaks the sealed wire
 * protocol (docs/bus.md) like any supplier: her lies are in what she signs, not in how she talks.
 */
import type { KeyringPair } from '@polkadot/keyring/types';
import { sbl, signAndWait, type ApiPromise } from '@sibyl/chain-client';
import {
  PeerSecrets,
  SealedRelayRequest,
  encodeHeartbeat,
  fastSigner,
  sealRevealReply,
  signResponse,
  decodeRevealRequest,
  subjects,
  verifyEnvelope,
  type RelayEnvelope,
  type Signed,
} from '@sibyl/protocol';
import { SumTree, encodeRelayLeaf, encodeRelayPathProofs, miningKey, type LeafInput } from '@sibyl/relay-mining';
import type { NatsConnection, Subscription } from '@nats-io/transport-node';

/** A relay Mallory answered: the gateway's envelope and her inflated, signed response. */
export interface MalloryRelay {
  envelope: RelayEnvelope;
  signedEnvelope: Signed;
  response: Signed;
  computeUnits: bigint;
}

export class Mallory {
  readonly relays: MalloryRelay[] = [];
  private readonly subs: Subscription[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** Milliseconds before she answers a reveal request; undefined: she never does. */
  revealDelayMs: number | undefined;

  private nats: NatsConnection | undefined;

  constructor(
    readonly account: KeyringPair,
    /** Logs in to the bus as an account. */
    private readonly connectBus: (account: KeyringPair) => Promise<NatsConnection>,
    /** Prompt tokens she adds to what the gateway signed for. */
    private readonly inflation = 500,
  ) {}

  get address(): string {
    return this.account.address;
  }

  /** Stakes as a supplier of `model`, on the default subject. */
  async register(api: ApiPromise, model: number): Promise<void> {
    await signAndWait(api, api.tx.stakes.registerSupplier(sbl(2_000), [model], subjects.relay(this.address), 50, { Single: null }), this.account);
  }

  /** Logs in (she must be staked) and starts answering relays, heart-beating and (perhaps) reveals. */
  async serve(model: number, weights: [bigint, bigint]): Promise<void> {
    const signer = fastSigner(this.account);
    const secrets = new PeerSecrets(signer);
    const nats = (this.nats = await this.connectBus(this.account));
    const relaySub = nats.subscribe(subjects.relay(this.address));
    this.subs.push(relaySub);
    void (async () => {
      for await (const msg of relaySub) {
        if (!msg.reply) continue;
        try {
          const sealed = SealedRelayRequest.read(secrets, msg.data);
          const request = sealed.open();
          const envelope = verifyEnvelope(request.envelope);
          const promptTokens = envelope.promptTokens + this.inflation;
          const response = signResponse({ requestHash: envelope.requestHash, responseHash: `0x${'00'.repeat(32)}`, promptTokens, completionTokens: 0 }, signer);
          this.relays.push({ envelope, signedEnvelope: request.envelope, response, computeUnits: BigInt(promptTokens) * weights[0] });
          nats.publish(msg.reply, sealed.frames.seal({ t: 'accepted', promptTokens }));
          nats.publish(msg.reply, sealed.frames.seal({ t: 'done', finishReason: 'stop', response }));
        } catch {
          // Not a relay she can use.
        }
      }
    })();
    const revealSub = nats.subscribe(subjects.validatorReveal(this.address));
    this.subs.push(revealSub);
    void (async () => {
      for await (const msg of revealSub) {
        if (this.revealDelayMs === undefined || !msg.reply) continue;
        const reply = msg.reply;
        let validator: string;
        try {
          validator = decodeRevealRequest(msg.data).validator;
        } catch {
          continue;
        }
        const answer = sealRevealReply(secrets, validator, { t: 'error', code: 'not_found', message: 'archive offline' });
        setTimeout(() => nats.publish(reply, answer), this.revealDelayMs);
      }
    })();
    const beat = () =>
      nats.publish(
        subjects.heartbeat(this.address),
        encodeHeartbeat({ supplier: this.address, models: [model], active: 0, capacity: 8, tokensPerSecond: 100, at: Date.now() }, signer),
      );
    beat();
    this.timer = setInterval(beat, 1_000);
  }

  stop(): void {
    clearInterval(this.timer);
    for (const sub of this.subs) sub.unsubscribe();
    void this.nats?.close();
  }

  /** The claim tree of her relays for (`session`, `app`). */
  tree(session: bigint, app: string): SumTree {
    const leaves: LeafInput[] = this.relays
      .filter((r) => r.envelope.session === session && r.envelope.app === app)
      .map((r) => ({ key: miningKey(r.signedEnvelope), value: encodeRelayLeaf(r.signedEnvelope, r.response), weight: r.computeUnits }));
    return SumTree.fromLeaves(leaves);
  }

  /** Claims her relays of (`session`, `app`, `model`). */
  async claim(api: ApiPromise, session: bigint, app: string, model: number): Promise<SumTree> {
    const tree = this.tree(session, app);
    const root: { hash: Uint8Array; sum: bigint; count: bigint } = { hash: tree.root.hash, sum: tree.root.sum, count: tree.root.count };
    await signAndWait(api, api.tx.relayMining.submitClaim(session, app, model, root), this.account);
    return tree;
  }

  /** Tries to prove her claim with the paths the chain asks for. */
  async prove(api: ApiPromise, tree: SumTree, session: bigint, app: string, model: number): Promise<void> {
    const claim = (await api.query.relayMining.claims(session, [this.address, app, model])).unwrap();
    const seed = (await api.query.relayMining.proofSeeds(session)).unwrap().toU8a();
    const proofs = encodeRelayPathProofs(Array.from({ length: claim.paths.toNumber() }, (_, i) => tree.prove(i, seed)));
    await signAndWait(api, api.tx.relayMining.submitProof(session, app, model, proofs), this.account);
  }
}
