/**
 * Mallory, a dishonest supplier, played in this process with her own staked account: she
 * listens on her relay subject and heart-beats like any supplier, but answers every relay at
 * once with signed usage far above what the gateway signed for, keeps the gateway-signed
 * envelopes to claim them on chain, and answers TIQE+ reveal requests as slowly as the attack
 * wants (or never).
 */
import type { KeyringPair } from '@polkadot/keyring/types';
import { sbl, signAndWait, type ApiPromise } from '@sibyl/chain-client';
import {
  decodeRelayRequest,
  encodeMessage,
  encodeReveal,
  fastSigner,
  signResponse,
  subjects,
  verifyEnvelope,
  type RelayEnvelope,
  type Signed,
} from '@sibyl/protocol';
import { SumTree, encodeRelayLeaf, encodeRelayPathProofs, miningKey, type LeafInput } from '@sibyl/relay-mining';
import type { NatsConnection, Subscription } from 'nats';

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

  constructor(
    readonly account: KeyringPair,
    private readonly nats: NatsConnection,
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

  /** Starts answering relays, heart-beating and (perhaps) reveals. */
  serve(model: number, weights: [bigint, bigint]): void {
    const signer = fastSigner(this.account);
    const relaySub = this.nats.subscribe(subjects.relay(this.address));
    this.subs.push(relaySub);
    void (async () => {
      for await (const msg of relaySub) {
        if (!msg.reply) continue;
        try {
          const request = decodeRelayRequest(msg.data);
          const envelope = verifyEnvelope(request.envelope);
          const promptTokens = envelope.promptTokens + this.inflation;
          const response = signResponse({ requestHash: envelope.requestHash, responseHash: `0x${'00'.repeat(32)}`, promptTokens, completionTokens: 0 }, signer);
          this.relays.push({ envelope, signedEnvelope: request.envelope, response, computeUnits: BigInt(promptTokens) * weights[0] });
          this.nats.publish(msg.reply, encodeMessage({ t: 'accepted', promptTokens }));
          this.nats.publish(msg.reply, encodeMessage({ t: 'done', finishReason: 'stop', response }));
        } catch {
          // Not a relay she can use.
        }
      }
    })();
    const revealSub = this.nats.subscribe(subjects.validatorReveal(this.address));
    this.subs.push(revealSub);
    void (async () => {
      for await (const msg of revealSub) {
        if (this.revealDelayMs === undefined || !msg.reply) continue;
        const reply = msg.reply;
        setTimeout(() => this.nats.publish(reply, encodeReveal({ t: 'error', code: 'not_found', message: 'archive offline' })), this.revealDelayMs);
      }
    })();
    const beat = () =>
      this.nats.publish(
        subjects.heartbeat(this.address),
        encodeMessage({ supplier: this.address, models: [model], active: 0, capacity: 8, tokensPerSecond: 100, at: Date.now() }),
      );
    beat();
    this.timer = setInterval(beat, 1_000);
  }

  stop(): void {
    clearInterval(this.timer);
    for (const sub of this.subs) sub.unsubscribe();
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
