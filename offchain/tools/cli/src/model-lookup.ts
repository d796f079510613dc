/**
 * Finding a model in the chain's registry by id or by name, as `--model` takes it. Records are
 * decoded by `@sibyl/chain-client` (one decoder for every tool); the registry is bounded
 * (`MaxModels`), so reading it whole to match a name is cheap.
 */
import { readModel, readModels, type ApiPromise, type ModelRecord } from '@sibyl/chain-client';
import { CliError } from './errors.js';

export type { ModelRecord } from '@sibyl/chain-client';

/** Every model in the registry, by id. */
export function allModels(api: ApiPromise): Promise<ModelRecord[]> {
  return readModels(api);
}

/** The model `idOrName` names: an id, or the name of an active model. */
export async function findModel(api: ApiPromise, idOrName: string): Promise<ModelRecord> {
  if (/^\d+$/.test(idOrName)) {
    const id = Number(idOrName);
    const model = await readModel(api, id);
    if (!model) throw new CliError(`no model ${id} on chain`, '`sibyl model list` shows the registered models');
    return model;
  }
  const matches = (await allModels(api)).filter((m) => m.name === idOrName && m.status === 'Active');
  if (matches.length === 1) return matches[0]!;
  if (!matches.length) throw new CliError(`no active model named ${idOrName}`, '`sibyl model list` shows the registered models');
  throw new CliError(`${matches.length} active models are named ${idOrName} (ids ${matches.map((m) => m.id).join(', ')})`, 'pass the id instead');
}
