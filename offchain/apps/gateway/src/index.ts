/** @sibyl/gateway: the OpenAI-compatible gateway. See gateway.ts. */
export { Gateway, type GatewayConfig } from './gateway.js';
export { ApiKeyStore } from './api-keys.js';
export { OpenAIError } from './openai-error.js';
export { parseChatRequest, parseCompletionRequest } from './openai-request.js';
