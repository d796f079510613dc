/**
 * HTTP plumbing the gateway's routes share: JSON replies, OpenAI-shaped errors, bounded JSON
 * bodies and bearer keys. Nothing here knows about relays.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { OpenAIError } from './openai-error.js';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
}

/** The error in OpenAI's shape, with the retry hints the official SDKs read. */
export function sendError(res: ServerResponse, error: OpenAIError): void {
  if (res.headersSent) return;
  const headers: Record<string, string> = {};
  if (error.retry === false) headers['x-should-retry'] = 'false';
  if (error.status === 503) headers['retry-after'] = '1';
  const text = JSON.stringify(error);
  res.writeHead(error.status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...headers }).end(text);
}

/** The API key of `Authorization: Bearer <key>`. */
export function bearerToken(req: IncomingMessage): string {
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!m) throw OpenAIError.invalidApiKey('You didn\'t provide an API key. Send it as "Authorization: Bearer <key>".');
  return m[1]!;
}

/** The body as a JSON object, refused unread beyond `limit` bytes (declared or streamed). */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return Promise.reject(OpenAIError.bodyTooLarge(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(OpenAIError.bodyTooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (failed) return;
      let value: unknown;
      try {
        value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return reject(OpenAIError.invalidRequest('The request body is not valid JSON.', null, 'invalid_json'));
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return reject(OpenAIError.invalidRequest('The request body must be a JSON object.', null, 'invalid_json'));
      }
      resolve(value as Record<string, unknown>);
    });
    req.on('error', reject);
  });
}
