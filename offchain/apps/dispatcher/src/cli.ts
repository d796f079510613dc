/**
 * `npm run dispatcher -- --rpc ws://127.0.0.1:9944 --nats nats://127.0.0.1:4222 [--suri <secret>]`
 * (or SIBYL_DISPATCHER_SURI / SIBYL_DISPATCHER_SURI_FILE):
 * delivers the chain's job assignments to suppliers until stopped. Its key only logs in to the
 * bus (the bus operator lists the account as a dispatcher, docs/bus.md); it signs nothing on chain.
 */
import { parseArgs } from 'node:util';
import { accountFromUri, connect, secretUriFor } from '@sibyl/chain-client';
import { busServers, connectBus, fastSigner } from '@sibyl/protocol';
import { JobDispatcher } from './job-dispatcher.js';

const { values } = parseArgs({
  options: {
    rpc: { type: 'string', default: 'ws://127.0.0.1:9944' },
    nats: { type: 'string', default: 'nats://127.0.0.1:4222' },
    suri: { type: 'string' },
    replicas: { type: 'string', default: '1' },
  },
});
const log = (line: string) => console.error(`dispatcher: ${line}`);
let suri: string;
try {
  suri = secretUriFor('dispatcher', values.suri);
} catch (error) {
  console.error(`dispatcher: ${(error as Error).message} (the account the bus operator admits as a dispatcher)`);
  process.exit(2);
}
const account = await accountFromUri(suri);
const api = await connect(values.rpc);
const nats = await connectBus({ servers: busServers(values.nats), signer: fastSigner(account), name: 'sibyl-dispatcher' });
const dispatcher = await JobDispatcher.start({ api, nats, replicas: Number(values.replicas), log });
log(`${account.address} following ${values.rpc}, delivering on ${values.nats}`);
const stop = () => {
  dispatcher.stop();
  void nats.drain().then(() => api.disconnect()).then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
