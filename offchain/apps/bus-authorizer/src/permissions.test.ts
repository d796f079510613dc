import { expect, test } from '@jest/globals';
import { subjects } from '@sibyl/protocol';
import { permissionsFor } from './permissions.js';
import { natsServerConfig, publicKeyOf, type BusKeys } from './server-config.js';
import { createAccount, createUser } from '@nats-io/nkeys';

const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';

test('a supplier listens only on its own subjects and publishes only its heartbeats and replies', () => {
  const p = permissionsFor(BOB, new Set(['supplier']));
  expect(p.sub!.allow).toEqual([`_INBOX.${BOB}.>`, subjects.relay(BOB), `${subjects.relay(BOB)}.>`, subjects.validatorReveal(BOB)]);
  expect(p.pub!.allow).toContain(subjects.heartbeat(BOB));
  expect(p.pub!.allow!.some((s) => s.startsWith('sibyl.relay') || s.startsWith('_INBOX') || s === '>')).toBe(false);
  expect(p.pub!.allow).toContain(`$JS.API.CONSUMER.CREATE.SIBYL_JOBS.supplier-${BOB}.sibyl.jobs.${BOB}`);
  expect(p.resp).toBeDefined();
});

test('a gateway publishes relays and hears heartbeats; a validator asks for reveals; nobody else may publish', () => {
  expect(permissionsFor(BOB, new Set(['gateway'])).pub!.allow).toEqual(['sibyl.relay.>']);
  expect(permissionsFor(BOB, new Set(['gateway'])).sub!.allow).toContain('sibyl.heartbeat.*');
  expect(permissionsFor(BOB, new Set(['validator'])).pub!.allow).toEqual(['sibyl.validator.reveal.*']);
  const observer = permissionsFor(BOB, new Set(['observer']));
  expect(observer.pub).toEqual({ deny: ['>'] });
  expect(observer.sub!.allow).toContain('>');
  expect(permissionsFor(BOB, new Set(['validator'])).resp).toBeUndefined();
});

test('the server configuration delegates logins and joins the cluster with a secret', () => {
  const keys: BusKeys = {
    issuerSeed: new TextDecoder().decode(createAccount().getSeed()),
    authorizerSeed: new TextDecoder().decode(createUser().getSeed()),
    clusterSecret: 'route-secret',
  };
  const config = natsServerConfig({ name: 'n0', host: '127.0.0.1', port: 4222, storeDir: '/data', keys, cluster: { port: 6222, routes: ['nats-route://127.0.0.1:6223'] } });
  expect(config).toContain(`issuer: "${publicKeyOf(keys.issuerSeed)}"`);
  expect(config).toContain(`auth_users: [ "${publicKeyOf(keys.authorizerSeed)}" ]`);
  expect(config).toContain('nats-route://route:route-secret@127.0.0.1:6223');
  expect(config).not.toContain(keys.issuerSeed);
});
