/** `sibyl status`: an account's standing on chain, as status-reader.ts reads it. */
import type { Command } from '../command.js';
import { readStatus, type StatusReport } from '../status-reader.js';
import { ROLES } from '../roles.js';
import { chosenKeyName } from '../signer.js';

const short = (address: string) => `${address.slice(0, 6)}…${address.slice(-4)}`;
const percent = (fraction: number | null) => (fraction === null ? '—' : fraction.toFixed(3));

/** The report as lines for a terminal. */
function render(report: StatusReport, label: string | undefined): string[] {
  const { session } = report;
  const lines = [
    `account   ${report.address}${label ? ` (${label})` : ''}`,
    `block     #${report.block.number}`,
    `balance   free ${report.balance.free} SBL, held ${report.balance.reserved} SBL, frozen ${report.balance.frozen} SBL`,
    session.start === undefined
      ? `session   #${session.current} (not started)`
      : `session   #${session.current}: blocks #${session.start}–#${session.end} (${session.blocksLeft} left)`,
    'stakes',
  ];
  for (const role of ROLES) {
    const stake = report.stakes[role];
    if (!stake) {
      lines.push(`  ${role.padEnd(12)} —`);
      continue;
    }
    const unbonding = stake.unbonding.map((c) => `${c.amount} SBL ${c.unlocked ? 'unlocked' : `unlocks at #${c.unlockAt}`}`).join(', ');
    const config = stake.config ? Object.entries(stake.config).map(([k, v]) => `${k} ${Array.isArray(v) ? v.join(',') || '—' : typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join('; ') : '';
    lines.push(`  ${role.padEnd(12)} active ${stake.active} SBL (min ${stake.minimum})${unbonding ? `; unbonding ${unbonding}` : ''}${stake.withdrawable !== '0' ? `; withdrawable ${stake.withdrawable} SBL` : ''}`);
    if (config) lines.push(`  ${''.padEnd(12)} ${config}`);
  }
  const q = report.quality;
  lines.push(
    `quality   last α ${percent(q.lastAlpha)}, reputation ${percent(q.reputation)}${q.sessions.length ? `; by session ${q.sessions.map((s) => `#${s.session} ${s.meanAlpha.toFixed(3)} (${s.rounds} rounds)`).join(', ')}` : ''}`,
  );
  if (report.claims.length) {
    lines.push('claims');
    for (const c of report.claims) {
      const window = c.windows ? `; proof by #${c.windows.proofClose - 1}` : '';
      lines.push(`  session #${c.session}  app ${short(c.app)}  model ${c.model}  ${c.relays} relays, ${c.computeUnits} CU, ${c.paths} path(s)  ${c.proven ? 'proven' : `unproven${window}`}`);
    }
  } else {
    lines.push('claims    none open in the sessions shown');
  }
  const s = report.settlement;
  lines.push(`settling  ${s.awaitingEvaluation} claim(s)/job(s) awaiting TIQE+; as application: ${s.outstandingAsApplication} outstanding, spent ${s.spentThisSession} SBL this session`);
  const r = report.recent;
  lines.push(
    `blocks #${r.fromBlock}–#${r.toBlock}: settled as supplier ${r.asSupplier.settled} (earned ${r.asSupplier.earned} SBL), as application ${r.asApplication.settled} (charged ${r.asApplication.charged} SBL)${r.slashes.length ? `; SLASHED ${r.slashes.map((x) => `${x.amount} SBL (${x.role}, ${x.reason}) at #${x.block}`).join(', ')}` : ''}`,
  );
  return lines;
}

export const status: Command = {
  words: ['status'],
  usage: 'sibyl status [--address <ss58>] [--sessions 3] [--blocks 20]',
  summary: 'an account’s stakes, session, claims, α and reputation, and recent settlements',
  details: [
    '--address <ss58>  whose status (default: the --key account’s)',
    '--sessions <n>    ended sessions to show claims and α for (default 3, at most 16)',
    '--blocks <n>      blocks whose events are read for settlements and slashes (default 20, at most 500)',
  ],
  options: { address: { type: 'string' }, sessions: { type: 'string' }, blocks: { type: 'string' } },
  async run(ctx, args) {
    args.atMostPositionals(0);
    const sessions = args.integer('sessions', 0, 16) ?? 3;
    const blocks = args.integer('blocks', 0, 500) ?? 20;
    const explicit = args.string('address');
    const label = explicit ? undefined : (ctx.options.key ?? chosenKeyName(ctx.keystore, undefined));
    const typed = await ctx.address(explicit);
    const api = await ctx.chain();
    let address: string;
    try {
      // The chain's own SS58 form, whatever form was typed: events and keys are compared by it.
      address = api.createType('AccountId32', typed).toString();
    } catch {
      throw args.usageError(`--address is not an SS58 address: "${explicit}"`);
    }
    const report = await ctx.progress.during(`reading ${address} from the chain`, readStatus(api, address, { sessions, blocks }));
    ctx.out.result(report, () => render(report, label));
  },
};
