/**
 * What to tell a node runner when the chain refuses a transaction: the error's name and doc (from
 * the runtime metadata, via ChainError) and a hint at what to do, from a small table of the
 * errors a `sibyl` command commonly meets (docs/cli.md, "Errors").
 */
import { ChainError } from '@sibyl/chain-client';

/** Hints by error name; `pallet.*` entries cover the rest of a pallet. */
const HINTS: Record<string, string> = {
  'stakes.InsufficientBond': 'you asked to unbond more than is active: `sibyl status` shows the active bond, `sibyl unbond <role> all` unbonds all of it',
  'stakes.StakeBelowMinimum': 'a bond must stay at or above the role’s minimum (`sibyl status` shows it) unless it goes to zero: bond more, or unbond `all`',
  'stakes.InsufficientBalance': 'the account cannot afford the bond: fund it (`sibyl keys inspect <name>` shows its address) or bond less',
  'stakes.NotRegistered': 'this account does not hold that role: `sibyl stake <role> <amount>` registers it',
  'stakes.NothingToWithdraw': 'nothing has finished unbonding yet: `sibyl status` shows the block each unbonding chunk unlocks at',
  'stakes.TooManyUnlockingChunks': 'too many unbonding chunks: `sibyl withdraw <role>` what has unlocked first',
  'stakes.ChargesPending': 'the application’s deposit still pays for unsettled work: withdraw again once it has settled (`sibyl status`)',
  'stakes.NoModels': 'a supplier serves at least one model: pass --model <id|name> (`sibyl model list`)',
  'stakes.UnknownModel': 'pass registered, active models (`sibyl model list`)',
  'stakes.DuplicateModel': 'each --model once',
  'stakes.InvalidUrl': '--url must be an http:// or https:// URL',
  'stakes.UnknownGateway': '--gateway must be the address of a registered gateway',
  'stakes.SpendLimitAboveDeposit': 'the spend limit may not exceed the active deposit: lower --spend-limit or deposit more',
  'stakes.ZeroSpendLimit': 'pass a positive --spend-limit',
  'stakes.InvalidSubject': '--subject is a NATS subject without wildcards or spaces (default sibyl.relay.<address>)',
  'stakes.TooManyMembers': 'the role is full on this chain; ask governance, or try later',
  'models.DuplicateModel': 'this file (sha256) is registered already: `sibyl model list` shows its id',
  'models.InsufficientBalance': 'the account cannot afford the registration deposit: fund it',
  'models.RoyaltyTooHigh': '--royalty is above the governance cap (models.parameters.maxRoyalty)',
  'models.UnsupportedUri': '--uri must start with hf://, https://, pypi: or file://',
  'models.InvalidQuantization': '--quantization is a GGUF type name like Q4_K_M (letters, digits, _)',
  'models.InvalidContextLength': '--context must be positive and within the chain’s MaxContextLength',
  'models.*': 'check the model’s fields: `sibyl model register --help`',
  'jobs.NotApplication': 'only applications submit jobs: `sibyl stake application <deposit> --gateway <address> --spend-limit <SBL>` first',
  'jobs.UnknownModel': 'pass a registered, active model (`sibyl model list`)',
  'jobs.ExceedsContext': 'prompt tokens plus --max-tokens must fit the model’s context: lower --max-tokens or shorten the prompt',
  'jobs.PriceTooLow': 'raise --max-price to at least the chain’s minimum (jobs.parameters.minPrice)',
  'jobs.TooManyOpenJobs': 'the application has as many open jobs as it may: wait for one to end',
  'jobs.QueueFull': 'too many jobs wait for assignment: try again in a block',
  'jobs.InsufficientBalance': 'the account cannot afford the job deposit: fund it',
  'jobs.*': 'check the job’s options: `sibyl job submit --help`',
  'Balances.InsufficientBalance': 'the account cannot afford this: fund it or use a smaller amount',
  'Token.FundsUnavailable': 'the account’s free balance cannot cover this (held and frozen funds do not count): fund it or use a smaller amount',
  'Token.BelowMinimum': 'the amount would leave the account below the existential deposit',
  'Pool.*': 'the node refused the transaction (fees, or a nonce in use): check the balance and try again',
  BadOrigin: 'this call needs another origin (governance or a specific account)',
};

/** Docs for errors the runtime metadata does not describe (token and pool errors). */
const DOCS: Record<string, string> = {
  'Token.FundsUnavailable': 'Funds are unavailable.',
  'Token.BelowMinimum': 'Account cannot exist with the funds that would be given.',
};

/** The hint for a chain error name (exact, then `pallet.*`, then the balances pallet's lowercase name). */
export function hintFor(name: string): string | undefined {
  const [pallet] = name.split('.');
  const capitalized = name.charAt(0).toUpperCase() + name.slice(1);
  return HINTS[name] ?? HINTS[capitalized] ?? HINTS[`${pallet}.*`];
}

/** Why the pool refused a transaction, read from the node's answer (`1010: {"invalid":{"payment":null}}`). */
const POOL_REFUSALS: { match: RegExp; docs: string; hint: string }[] = [
  { match: /"payment"/, docs: 'The account cannot pay the transaction fee.', hint: 'fund the account (`sibyl keys inspect <name>` shows its address)' },
  { match: /"stale"|"future"/, docs: 'The transaction’s nonce is used already, or ahead of the account’s.', hint: 'another transaction of this account is in flight: try again in a block' },
];

/** How a chain error reads for a person, and for a script (--json). */
export function describeChainError(error: ChainError): { name: string; docs: string; hint?: string } {
  if (error.name.startsWith('Pool.')) {
    const refusal = POOL_REFUSALS.find((r) => r.match.test(error.docs));
    if (refusal) return { name: error.name, docs: `${refusal.docs} (${error.docs})`, hint: refusal.hint };
  }
  const docs = error.docs || DOCS[error.name] || '';
  return { name: error.name, docs, hint: hintFor(error.name) };
}

export { ChainError };
