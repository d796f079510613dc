import { describe, expect, test } from '@jest/globals';
import { isPrivateAddress } from './private-address.js';

describe('RPC workers bind private addresses only', () => {
  test.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.32.0.1', false],
    ['192.168.1.10', true],
    ['::1', true],
    ['fd00::1', true],
    ['0.0.0.0', false],
    ['8.8.8.8', false],
    ['localhost', false],
  ])('%s → %s', (host, ok) => expect(isPrivateAddress(host)).toBe(ok));
});
