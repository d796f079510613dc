/**
 * `npm run dispatcher -- --rpc ws://127.0.0.1:9944 --nats nats://127.0.0.1:4222`: delivers the
 * chain's job assignments to suppliers until stopped. Holds no key: it only reads the chain.
 */
import { parseArgs } from 'node:util';
import { connect } from '@sibyl/chain-client';
import { connect as natsConnect } from 'nats';
import { JobDispatcher } from './job-dispatcher.js';

const { values } = parseArgs({
  options: {
    rpc: { type: 'string', default: 'ws://127.0.0.1:9944' },
    nats: { type: 'string', default: 'nats://127.0.0.1:4222' },
  },
});
const log = (line: string) => console.error(`dispatcher: ${line}`);
const api = await connect(values.rpc);
const nats = await natsConnect({ servers: values.nats, name: 'sibyl-dispatcher', maxReconnectAttempts: -1 });
const dispatcher = await JobDispatcher.start({ api, nats, log });
log(`following ${values.rpc}, delivering on ${values.nats}`);
const stop = () => {
  dispatcher.stop();
  void nats.drain().then(() => api.disconnect()).then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
