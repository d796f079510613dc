//! Settling a claim: what the application is charged, how the charge divides into shares, who
//! is paid from the application's deposit, and what is recorded (docs/economics.md).

use super::*;

impl<T: Config> Pallet<T> {
	/// Whether `parameters` may be set.
	pub fn valid(parameters: &SettlementParameters) -> bool {
		let total = u64::from(parameters.supplier_share.deconstruct()) +
			u64::from(parameters.validator_share.deconstruct()) +
			u64::from(parameters.gateway_share.deconstruct());
		total <= u64::from(Perbill::one().deconstruct())
	}

	/// Charges the application and pays everyone for `claim` at quality `alpha`, scored by
	/// `round` (or settled without one, for the reason given).
	pub(crate) fn settle(
		claim: PendingOf<T>,
		alpha: Permill,
		round: Result<u64, Unevaluated>,
		honest: &[(T::AccountId, u128)],
	) -> Weight {
		let Charge { price, spent, gross } = Self::charge(&claim);
		let shares = Self::shares(claim.model, alpha, gross);
		let (payout, payees) = Self::pay_out(&claim, &shares, honest, gross);
		let charged = payout.iter().fold(0u128, |sum, p| sum.saturating_add(*p));
		Self::record_charge(&claim, spent, charged);
		let balance = T::Balance::unique_saturated_from;
		let told = claim.job.map_or(Weight::zero(), |job| T::OnJobSettled::on_job_settled(job, balance(charged)));
		Self::deposit_event(Event::Settled {
			session: claim.session,
			supplier: claim.supplier,
			app: claim.app,
			model: claim.model,
			estimated_cu: claim.estimated_cu,
			price: balance(price),
			alpha,
			round: round.ok(),
			unevaluated: round.err(),
			gross: balance(gross),
			charged: balance(charged),
			payout: Payout {
				supplier: balance(payout[0]),
				royalty: balance(payout[1]),
				validators: balance(payout[2]),
				gateways: balance(payout[3]),
				treasury: balance(payout[4]),
				refunded: balance(shares.refunded),
			},
		});
		T::WeightInfo::settle(payees).saturating_add(told)
	}

	/// The gross charge for `claim`: its estimated compute units at the session's price (the
	/// model's floor if unpriced), within what is left of the application's spend limit for
	/// the session and within a job's `max_charge`.
	fn charge(claim: &PendingOf<T>) -> Charge {
		let price: u128 = T::Prices::price_per_kcu(claim.session, claim.model)
			.or_else(|| T::Models::price_floor(claim.model))
			.map(|p| p.unique_saturated_into())
			.unwrap_or(0);
		let limit: u128 = T::Funds::spend_limit(&claim.app, claim.session)
			.map(|l| l.unique_saturated_into())
			.unwrap_or(0);
		let spent: u128 = Spent::<T>::get(claim.session, &claim.app).unique_saturated_into();
		let gross = (claim.estimated_cu.saturating_mul(price) / 1000)
			.min(limit.saturating_sub(spent))
			.min(claim.max_charge.unwrap_or(u128::MAX));
		Charge { price, spent, gross }
	}

	/// How `gross` divides under the parameters: the supplier's share × α (the rest of its
	/// share refunded), the validators' and gateways' shares, and the model's royalty within
	/// what those leave. The treasury's part is what remains after paying them.
	fn shares(model: ModelId, alpha: Permill, gross: u128) -> Shares<T::AccountId> {
		let params = Parameters::<T>::get();
		let supplier_share = params.supplier_share * gross;
		let supplier = mul_permill(alpha, supplier_share);
		let refunded = supplier_share.saturating_sub(supplier);
		let validators = params.validator_share * gross;
		let gateways = params.gateway_share * gross;
		let royalty = T::Models::royalty(model).map(|(owner, share)| {
			let amount = (share * gross).min(
				gross
					.saturating_sub(supplier_share)
					.saturating_sub(validators)
					.saturating_sub(gateways),
			);
			(owner, amount)
		});
		Shares { supplier, refunded, validators, gateways, royalty }
	}

	/// Pays the shares from the application's deposit: the supplier, the model's owner, the
	/// honest validators by stake, the gateways equally, and the treasury the rest of the
	/// gross charge less the refund (its own share, any validators' share nobody earned and
	/// the rounding the splits leave). Returns what each of those five received, in that
	/// order, and how many payees there were.
	fn pay_out(
		claim: &PendingOf<T>,
		shares: &Shares<T::AccountId>,
		honest: &[(T::AccountId, u128)],
		gross: u128,
	) -> ([u128; 5], u32) {
		let pay = |to: &T::AccountId, amount: u128| -> u128 {
			if amount == 0 {
				return 0;
			}
			T::Funds::pay_from_deposit(&claim.app, to, T::Balance::unique_saturated_from(amount))
				.unique_saturated_into()
		};
		let mut payout = [0u128; 5];
		payout[0] = pay(&claim.supplier, shares.supplier);
		if let Some((owner, amount)) = &shares.royalty {
			payout[1] = pay(owner, *amount);
		}
		let mut payees = 3u32;
		let honest_stake = honest.iter().fold(0u128, |sum, (_, s)| sum.saturating_add(*s));
		if honest_stake > 0 {
			for (who, stake) in honest {
				let amount = share_of(shares.validators, *stake, honest_stake);
				payout[2] = payout[2].saturating_add(pay(who, amount));
			}
			payees = payees.saturating_add(honest.len() as u32);
		}
		if !claim.gateways.is_empty() {
			let parts = claim.gateways.len() as u128;
			for gateway in claim.gateways.iter() {
				payout[3] = payout[3].saturating_add(pay(gateway, shares.gateways / parts));
			}
			payees = payees.saturating_add(claim.gateways.len() as u32);
		}
		let distributed = payout.iter().fold(0u128, |sum, p| sum.saturating_add(*p));
		let owed = gross.saturating_sub(shares.refunded);
		payout[4] = pay(&T::Treasury::get(), owed.saturating_sub(distributed));
		(payout, payees)
	}

	/// Records what was charged: the application's spending in the session (forgetting the
	/// session `SpendHistory` back), the model's usage, and one charge fewer outstanding.
	fn record_charge(claim: &PendingOf<T>, spent: u128, charged: u128) {
		Spent::<T>::insert(
			claim.session,
			&claim.app,
			T::Balance::unique_saturated_from(spent.saturating_add(charged)),
		);
		if let Some(old) = claim.session.checked_sub(u64::from(T::SpendHistory::get())) {
			let _ = Spent::<T>::clear_prefix(old, u32::MAX, None);
		}
		T::Usage::record_usage(claim.model, claim.estimated_cu);
		Outstanding::<T>::mutate_exists(&claim.app, |n| {
			*n = n.map(|n| n.saturating_sub(1)).filter(|n| *n > 0)
		});
	}
}

/// The gross charge of a claim, with what it was computed from.
struct Charge {
	/// Price per 1000 compute units.
	price: u128,
	/// What the application had spent in the session before this claim.
	spent: u128,
	/// What the claim is charged, before the refund.
	gross: u128,
}

/// How a gross charge divides, before anything is paid.
struct Shares<AccountId> {
	/// The supplier's share × α.
	supplier: u128,
	/// The supplier's share not charged because α < 1.
	refunded: u128,
	/// The honest validators' share, divided by stake.
	validators: u128,
	/// The gateways' share, divided equally.
	gateways: u128,
	/// The model's owner and its royalty, if the model has an owner.
	royalty: Option<(AccountId, u128)>,
}


/// `alpha × amount`, rounded down.
pub(crate) fn mul_permill(alpha: Permill, amount: u128) -> u128 {
	amount / 1_000_000 * u128::from(alpha.deconstruct()) +
		amount % 1_000_000 * u128::from(alpha.deconstruct()) / 1_000_000
}

/// `amount × part / whole`, rounded down, without overflow for amounts below 2⁶⁴·whole.
fn share_of(amount: u128, part: u128, whole: u128) -> u128 {
	if whole == 0 {
		return 0;
	}
	amount / whole * part + amount % whole * part / whole
}
