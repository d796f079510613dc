/**
 * The bus authorizer (docs/bus.md, "Identity"): nats-server's auth callout service. For every
 * login the servers ask on `$SYS.REQ.USER.AUTH`; the authorizer checks that the client signed the
 * server's nonce with the account it names, looks up the roles that account's stake earns, and
 * answers with a user JWT carrying exactly those permissions (permissions.ts), valid for
 * `ttlSeconds` — after which the client logs in again and its stake is looked at again. Anything
 * else (no account, no or a bad signature, no stake) is refused with a reason the client sees.
 *
 * Several authorizers may serve one bus (a queue group): any of them answers.
 */
import { decodeAddress } from '@polkadot/util-crypto';
import { connect, nkeyAuthenticator, type Msg, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { decode, encodeAuthorizationResponse, encodeUser, fromSeed, type AuthorizationRequest, type KeyPair } from '@nats-io/jwt';
import { verifyBusLogin } from '@sibyl/protocol';
import { permissionsFor } from './permissions.js';
import { PARTICIPANT_ACCOUNT, type BusKeys } from './server-config.js';
import type { RoleSource } from './chain-roles.js';

const AUTH_SUBJECT = '$SYS.REQ.USER.AUTH';

export interface BusAuthorizerOptions {
  /** The bus's servers (any one will do). */
  servers: string | string[];
  keys: BusKeys;
  roles: RoleSource;
  /** How long an admission lasts before the client must log in again (default 24 h). */
  ttlSeconds?: number;
  log?: (line: string) => void;
}

/** Why a login was refused: shown to the client as its authorization error. */
class LoginRefused extends Error {}

export class BusAuthorizer {
  private readonly issuer: KeyPair;
  private sub: Subscription | undefined;
  /** Logins admitted and refused since start. */
  readonly counts = { admitted: 0, refused: 0 };

  private constructor(
    private readonly options: BusAuthorizerOptions,
    private readonly nats: NatsConnection,
  ) {
    this.issuer = fromSeed(new TextEncoder().encode(options.keys.issuerSeed));
  }

  static async start(options: BusAuthorizerOptions): Promise<BusAuthorizer> {
    const nats = await connect({
      servers: options.servers,
      name: 'sibyl-bus-authorizer',
      authenticator: nkeyAuthenticator(new TextEncoder().encode(options.keys.authorizerSeed)),
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
    });
    const authorizer = new BusAuthorizer(options, nats);
    authorizer.sub = nats.subscribe(AUTH_SUBJECT, { queue: 'sibyl-bus-authorizer', callback: (_error, msg) => void authorizer.handle(msg) });
    await nats.flush();
    return authorizer;
  }

  private async handle(msg: Msg): Promise<void> {
    let request: AuthorizationRequest;
    try {
      request = decode<AuthorizationRequest>(new TextDecoder().decode(msg.data)).nats as AuthorizationRequest;
    } catch (error) {
      this.options.log?.(`unreadable authorization request: ${(error as Error).message}`);
      return;
    }
    const userNkey = request.user_nkey;
    const serverId = request.server_id?.id;
    if (!userNkey || !serverId) return;
    let answer: { jwt: string } | { error: string };
    const account = request.connect_opts?.user ?? '';
    try {
      answer = { jwt: await this.admit(request) };
      this.counts.admitted++;
    } catch (error) {
      const reason = error instanceof LoginRefused ? error.message : 'the authorizer could not decide';
      if (!(error instanceof LoginRefused)) this.options.log?.(`login of ${account || 'an anonymous client'} failed: ${(error as Error).message}`);
      this.counts.refused++;
      this.options.log?.(`refused ${account || 'an anonymous client'} from ${request.client_info?.host ?? '?'}: ${reason}`);
      answer = { error: reason };
    }
    msg.respond(await encodeAuthorizationResponse(userNkey, serverId, this.issuer, answer, {}));
  }

  /** The user JWT for a login that proves a staked account, or {@link LoginRefused}. */
  private async admit(request: AuthorizationRequest): Promise<string> {
    const account = request.connect_opts?.user;
    const signature = request.connect_opts?.sig;
    const nonce = request.client_info?.nonce;
    if (!account) throw new LoginRefused('log in as a chain account: the user is the SS58 address (docs/bus.md)');
    try {
      decodeAddress(account);
    } catch {
      throw new LoginRefused(`${JSON.stringify(account.slice(0, 64))} is not an SS58 address`);
    }
    if (!signature || !nonce) throw new LoginRefused(`${account} did not sign the server's nonce`);
    if (!verifyBusLogin(account, nonce, signature)) throw new LoginRefused(`the login signature is not ${account}'s`);
    const roles = await this.options.roles.rolesOf(account);
    if (roles.size === 0) throw new LoginRefused(`${account} holds no supplier, validator or gateway stake on chain`);
    const permissions = permissionsFor(account, roles);
    const exp = Math.floor(Date.now() / 1000) + (this.options.ttlSeconds ?? 86_400);
    this.options.log?.(`admitted ${account} as ${[...roles].join(', ')}`);
    return encodeUser(account, request.user_nkey, this.issuer, permissions, { aud: PARTICIPANT_ACCOUNT, exp });
  }

  async stop(): Promise<void> {
    this.sub?.unsubscribe();
    await this.nats.drain().catch(() => undefined);
  }
}
