/**
 * The job broker contract (`contracts-ink/job-broker`, docs/contracts.md) as the end-to-end tests
 * deploy it: built by `npm run build:contracts` into the cache, deployed by the dev network's
 * source account, staked as an application with 20 of the 30 SBL sent (the other 10 hold the
 * chain's deposit of each open job).
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { KeyringPair } from '@polkadot/keyring/types';
import { InkContract, sbl, type ApiPromise, type ContractArtifact } from '@sibyl/chain-client';

const ARTIFACT = join(process.env.SIBYL_CACHE ?? join(homedir(), '.cache', 'sibyl'), 'contracts-target', 'ink', 'sibyl_job_broker.contract');

export async function deployJobBroker(api: ApiPromise, deployer: KeyringPair): Promise<InkContract> {
  if (!existsSync(ARTIFACT)) throw new Error(`${ARTIFACT} is missing: run npm run build:contracts`);
  const artifact = JSON.parse(readFileSync(ARTIFACT, 'utf8')) as ContractArtifact;
  return InkContract.deploy(api, artifact, deployer, 'new', [sbl('20')], sbl('30'));
}

/** The broker's credits for `user` (read as `user`, by their contract address). */
export async function creditsOf(broker: InkContract, api: ApiPromise, user: KeyringPair): Promise<bigint> {
  const address = (await api.call.reviveApi.address(user.address)).toHex();
  return BigInt(String(await broker.query('credits_of', user.address, [address])));
}
