/** The staked roles of the stakes pallet, as typed on the command line and as the chain names them. */
import { UsageError } from './errors.js';

export const ROLES = ['supplier', 'validator', 'gateway', 'application'] as const;
export type RoleName = (typeof ROLES)[number];
/** The chain's `Role` variant. */
export type ChainRole = 'Supplier' | 'Validator' | 'Gateway' | 'Application';

/** `text` as a role, or a usage error listing the roles. */
export function parseRole(text: string | undefined, usage?: string, allowed: readonly RoleName[] = ROLES): RoleName {
  const role = text?.toLowerCase();
  if (!role) throw new UsageError(`missing <role>: one of ${allowed.join(', ')}`, usage);
  const match = allowed.find((r) => r === role || (r === 'application' && role === 'app'));
  if (!match) throw new UsageError(`unknown role "${text}": one of ${allowed.join(', ')}`, usage);
  return match;
}

export function chainRole(role: RoleName): ChainRole {
  return (role.charAt(0).toUpperCase() + role.slice(1)) as ChainRole;
}
