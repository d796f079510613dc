/** @sibyl/dispatcher: delivers on-chain jobs to their suppliers over NATS JetStream. */
export { JobDispatcher, type JobDispatcherOptions } from './job-dispatcher.js';
