/**
 * Which bus roles an account holds: supplier, validator and gateway from its bonds on chain
 * (`stakes.bonds`), dispatcher and observer from the bus operator's own list (they move no
 * value: job notices are hints the supplier checks on chain, and observers see only sealed
 * payloads).
 */
import type { ApiPromise } from '@sibyl/chain-client';
import type { BusRole } from './permissions.js';

export interface RoleSource {
  rolesOf(account: string): Promise<Set<BusRole>>;
}

export interface OperatorRoles {
  dispatchers?: string[];
  observers?: string[];
}

const STAKED: [BusRole, 'Supplier' | 'Validator' | 'Gateway'][] = [
  ['supplier', 'Supplier'],
  ['validator', 'Validator'],
  ['gateway', 'Gateway'],
];

export class ChainRoles implements RoleSource {
  constructor(
    private readonly api: ApiPromise,
    private readonly operator: OperatorRoles = {},
  ) {}

  async rolesOf(account: string): Promise<Set<BusRole>> {
    const roles = new Set<BusRole>();
    const bonds = await Promise.all(STAKED.map(([, role]) => this.api.query.stakes.bonds(role, account)));
    STAKED.forEach(([role], i) => bonds[i]!.isSome && roles.add(role));
    if (this.operator.dispatchers?.includes(account)) roles.add('dispatcher');
    if (this.operator.observers?.includes(account)) roles.add('observer');
    return roles;
  }
}
