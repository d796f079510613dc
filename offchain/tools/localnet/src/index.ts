/** @sibyl/localnet: the local Sibyl network for `npm start` and end-to-end tests. */
export { startLocalNetwork, inProcessGateway, type LocalNetwork, type LocalNetworkOptions, type DevEndpoints } from './localnet.js';
export { NatsServer, natsServerBinary } from './nats-server.js';
export { LocalBus, type LocalBusOptions } from './local-bus.js';
export { SupplierProcess } from './supplier-process.js';
export { ServiceProcess } from './service-process.js';
export { startLocalChain, waitForBlocks, type ChainKind, type LocalChain } from './local-chain.js';
export { startNodeNetwork, LOCAL_AUTHORITIES, type NodeNetwork, type NodeNetworkOptions } from './node-network.js';
export { NodeProcess, nodeBinary, assertNodeBinary, type NodeProcessOptions } from './node-process.js';
export { provisionDevNetwork, devActors, devCouncil, setParameters, type DevActors, type TunablePallet } from './provision.js';
export { startSessionWith } from './session-wait.js';
export { freePort } from '@sibyl/supplier';
