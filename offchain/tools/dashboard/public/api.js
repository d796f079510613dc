// The dashboard's JSON API and live stream, as the pages use them.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** GET `/api/<path>` as JSON; an error response throws {@link ApiError} with its message. */
export async function getJson(path) {
  const response = await fetch(`/api/${path}`, { headers: { accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, body.error ?? `HTTP ${response.status}`);
  return body;
}

/** Calls `onBlock` with each live `block` message; `onState(true|false)` as the stream opens or drops. */
export function followBlocks(onBlock, onState) {
  const source = new EventSource('/api/stream');
  source.addEventListener('block', (message) => onBlock(JSON.parse(message.data)));
  source.addEventListener('open', () => onState(true));
  source.addEventListener('error', () => onState(false));
  return () => source.close();
}
