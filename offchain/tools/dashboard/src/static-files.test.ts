/** The web app's files are served from `public/` only: no path, however spelled, leaves it. */
import { describe, expect, test } from '@jest/globals';
import type { ServerResponse } from 'node:http';
import { serveStatic } from './static-files.js';

/** A response that records what was written. */
function recorder(): { res: ServerResponse; status: () => number | undefined } {
  let status: number | undefined;
  const res = { writeHead: (s: number) => ((status = s), res), end: () => res } as unknown as ServerResponse;
  return { res, status: () => status };
}

describe('serveStatic', () => {
  test('serves index.html for "/"', async () => {
    const { res, status } = recorder();
    expect(await serveStatic('/', res, true)).toBe(true);
    expect(status()).toBe(200);
  });

  test.each(['/../package.json', '/%2e%2e/package.json', '/..%2fsrc/cli.ts', '//etc/passwd', '/%E0%A4%A', '/index.html%00.js'])('refuses %s', async (path) => {
    const { res, status } = recorder();
    expect(await serveStatic(path, res, false)).toBe(false);
    expect(status()).toBeUndefined();
  });
});
