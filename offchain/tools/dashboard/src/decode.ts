/**
 * Chain events → {@link DashboardEvent}s. Each event is recognised with the runtime's typed event
 * guards (`api.events.<pallet>.<Event>.is`), so a renamed field fails the type check rather than
 * the dashboard. Events the dashboard does not show are dropped.
 */
import type { ApiPromise, FinalizedBlock } from '@sibyl/chain-client';
import type { DashboardEvent } from './model.js';

type ChainEvent = FinalizedBlock['events'][number]['event'];

/** Pallets whose `ParametersSet` (and the Council's motions) change the governance page. */
const GOVERNED = new Set(['models', 'stakes', 'sessions', 'pricing', 'relayMining', 'settlement', 'tiqe', 'jobs', 'authorities', 'council']);

export function decodeEvents(api: ApiPromise, block: FinalizedBlock): DashboardEvent[] {
  const out: DashboardEvent[] = [];
  for (const { event } of block.events) {
    const decoded = decodeEvent(api, event);
    if (decoded) out.push(decoded);
  }
  return out;
}

export function decodeEvent(api: ApiPromise, event: ChainEvent): DashboardEvent | undefined {
  const ev = api.events;
  if (ev.sessions.SessionStarted.is(event)) {
    // `data.length` is the tuple's own length, not the field: the field is read by position.
    const [session, start, length] = event.data;
    return { kind: 'SessionStarted', session: session.toNumber(), start: start.toNumber(), length: length.toNumber() };
  }
  if (ev.pricing.PriceUpdated.is(event)) {
    const { session, model, price, utilization } = event.data;
    return { kind: 'PriceUpdated', session: session.toNumber(), model: model.toNumber(), price: price.toString(), utilization: utilization.toNumber() };
  }
  if (ev.relayMining.Claimed.is(event)) {
    const { session, supplier, app, model, root, paths } = event.data;
    return {
      kind: 'Claimed',
      session: session.toNumber(),
      supplier: supplier.toString(),
      app: app.toString(),
      model: model.toNumber(),
      relays: root.count.toNumber(),
      computeUnits: root.sum.toString(),
      paths: paths.toNumber(),
    };
  }
  if (ev.relayMining.ClaimProven.is(event)) {
    const { session, supplier, app, model, estimatedCu } = event.data;
    return { kind: 'ClaimProven', session: session.toNumber(), supplier: supplier.toString(), app: app.toString(), model: model.toNumber(), estimatedCu: estimatedCu.toString() };
  }
  if (ev.relayMining.ClaimVoid.is(event)) {
    const { session, supplier, app, model, slashed } = event.data;
    return { kind: 'ClaimVoid', session: session.toNumber(), supplier: supplier.toString(), app: app.toString(), model: model.toNumber(), slashed: slashed.toString() };
  }
  if (ev.settlement.AwaitingEvaluation.is(event)) {
    const { round, session, supplier, app, model } = event.data;
    return { kind: 'AwaitingEvaluation', round: round.toNumber(), session: session.toNumber(), supplier: supplier.toString(), app: app.toString(), model: model.toNumber() };
  }
  if (ev.settlement.Settled.is(event)) {
    const d = event.data;
    return {
      kind: 'Settled',
      session: d.session.toNumber(),
      supplier: d.supplier.toString(),
      app: d.app.toString(),
      model: d.model.toNumber(),
      estimatedCu: d.estimatedCu.toString(),
      price: d.price.toString(),
      alpha: d.alpha.toNumber(),
      round: d.round.isSome ? d.round.unwrap().toNumber() : null,
      unevaluated: d.unevaluated.isSome ? d.unevaluated.unwrap().type : null,
      gross: d.gross.toString(),
      charged: d.charged.toString(),
      payout: {
        supplier: d.payout.supplier.toString(),
        royalty: d.payout.royalty.toString(),
        validators: d.payout.validators.toString(),
        gateways: d.payout.gateways.toString(),
        treasury: d.payout.treasury.toString(),
        refunded: d.payout.refunded.toString(),
      },
    };
  }
  if (ev.tiqe.RoundOpened.is(event)) {
    const d = event.data;
    return {
      kind: 'RoundOpened',
      round: d.round.toNumber(),
      supplier: d.supplier.toString(),
      model: d.model.toNumber(),
      session: d.session.toNumber(),
      relays: d.relays.length,
      committee: d.committee.map((who) => who.toString()),
      commitEnd: d.commitEnd.toNumber(),
      revealEnd: d.revealEnd.toNumber(),
    };
  }
  if (ev.tiqe.RoundFinalized.is(event)) {
    const d = event.data;
    return {
      kind: 'RoundFinalized',
      round: d.round.toNumber(),
      supplier: d.supplier.toString(),
      alpha: d.alpha.toNumber(),
      median: d.median.toNumber(),
      reputation: d.reputation.toNumber(),
      revealed: d.revealed.toNumber(),
      withheld: d.withheld.isTrue,
    };
  }
  if (ev.tiqe.RoundVoid.is(event)) {
    const { round, supplier, reason, revealed } = event.data;
    return { kind: 'RoundVoid', round: round.toNumber(), supplier: supplier.toString(), reason: reason.type, revealed: revealed.toNumber() };
  }
  if (ev.tiqe.SupplierSlashed.is(event)) {
    const { round, supplier, reason, amount } = event.data;
    return { kind: 'RoundSlash', round: round.toNumber(), who: supplier.toString(), reason: reason.type, amount: amount.toString() };
  }
  if (ev.tiqe.ValidatorSlashed.is(event)) {
    const { round, who, reason, amount } = event.data;
    return { kind: 'RoundSlash', round: round.toNumber(), who: who.toString(), reason: reason.type, amount: amount.toString() };
  }
  if (ev.stakes.Slashed.is(event)) {
    const { who, role, amount, reason } = event.data;
    return { kind: 'Slashed', who: who.toString(), role: role.type, amount: amount.toString(), reason: reason.type };
  }
  if (ev.jobs.JobSubmitted.is(event)) {
    const { job, app, model, maxPrice } = event.data;
    return { kind: 'JobSubmitted', job: job.toNumber(), app: app.toString(), model: model.toNumber(), maxPrice: maxPrice.toString() };
  }
  if (ev.jobs.JobAssigned.is(event)) {
    const { job, supplier, deadline } = event.data;
    return { kind: 'JobAssigned', job: job.toNumber(), supplier: supplier.toString(), deadline: deadline.toNumber() };
  }
  if (ev.jobs.JobCompleted.is(event)) {
    const { job, supplier, computeUnits } = event.data;
    return { kind: 'JobCompleted', job: job.toNumber(), supplier: supplier.toString(), computeUnits: computeUnits.toString() };
  }
  if (ev.jobs.JobRefused.is(event)) {
    const { job, supplier, reason } = event.data;
    return { kind: 'JobRefused', job: job.toNumber(), supplier: supplier.toString(), reason: reason.type };
  }
  if (ev.jobs.JobFailed.is(event)) {
    const { job, reason } = event.data;
    return { kind: 'JobFailed', job: job.toNumber(), reason: reason.type };
  }
  if (ev.jobs.JobExpired.is(event)) {
    const { job, supplier, slashed } = event.data;
    return { kind: 'JobExpired', job: job.toNumber(), supplier: supplier.toString(), slashed: slashed.toString() };
  }
  if (ev.jobs.JobSettled.is(event)) {
    const { job, charged } = event.data;
    return { kind: 'JobSettled', job: job.toNumber(), charged: charged.toString() };
  }
  if (GOVERNED.has(event.section) && (event.method === 'ParametersSet' || event.section === 'council')) {
    return { kind: 'GovernanceChanged', pallet: event.section, method: event.method };
  }
  return undefined;
}
