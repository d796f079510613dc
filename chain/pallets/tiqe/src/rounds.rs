//! A round's life in storage: queueing a batch, opening its round (sampling the relays and
//! drawing the committee) and finalizing it (tally, median, slashes, scores), as docs/tiqe.md
//! describes.

use super::*;

impl<T: Config> Pallet<T> {
	/// Queues a batch of distinct relays for a round that opens in a later block.
	pub(crate) fn enqueue(
		supplier: T::AccountId,
		model: ModelId,
		session: SessionId,
		relays: BoundedVec<H256, T::MaxRelaysPerCommit>,
	) -> Result<RoundId, DispatchError> {
		let round = NextRoundId::<T>::get();
		ensure!(
			round.saturating_sub(PendingHead::<T>::get()) <
				u64::from(T::MaxPendingBatches::get()),
			Error::<T>::TooManyPending
		);
		let next = round.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let count = relays.len() as u32;
		Pending::<T>::insert(
			round,
			PendingBatch {
				supplier: supplier.clone(),
				model,
				session,
				relays,
				committed_at: frame_system::Pallet::<T>::block_number(),
			},
		);
		NextRoundId::<T>::put(next);
		Self::deposit_event(Event::RelaysCommitted {
			round,
			supplier,
			model,
			session,
			relays: count,
		});
		Ok(round)
	}

	/// Opens up to `MaxRoundsPerBlock` queued batches committed before `now`, oldest first.
	/// A batch whose finalization block is already full, or whose committee cannot be filled
	/// from validators with room for another round, waits (with every later batch) for a
	/// later block. The active validators are read once per block, however many rounds open.
	pub(crate) fn open_pending(now: BlockNumberFor<T>) -> Weight {
		let params = Parameters::<T>::get();
		let max = T::MaxRoundsPerBlock::get();
		let next = NextRoundId::<T>::get();
		let mut head = PendingHead::<T>::get();
		let mut weight = Weight::zero();
		let mut validators: Option<Vec<(T::AccountId, T::Balance, u32)>> = None;
		let mut processed = 0u32;
		while head < next && processed < max {
			processed = processed.saturating_add(1);
			let Some(batch) = Pending::<T>::get(head) else {
				head = head.saturating_add(1);
				continue;
			};
			if batch.committed_at >= now {
				break;
			}
			let commit_end = now.saturating_add(params.commit_window);
			let reveal_end = commit_end.saturating_add(params.reveal_window);
			if RoundsEnding::<T>::decode_len(reveal_end).unwrap_or(0) >= max as usize {
				break;
			}
			let validators = validators.get_or_insert_with(|| {
				let members = T::Stakes::active_members(Role::Validator);
				weight.saturating_accrue(T::WeightInfo::read_validators(members.len() as u32));
				let mut with_load: Vec<_> = members
					.into_iter()
					.map(|(who, stake)| {
						let open = OpenRounds::<T>::get(&who);
						(who, stake, open)
					})
					.collect();
				// Storage iteration order is an implementation detail: sort so that the
				// draw depends only on the set of validators and the seed.
				with_load.sort_by(|a, b| a.0.cmp(&b.0));
				with_load
			});
			let opened =
				Self::open_round(head, &batch, validators, &params, now, commit_end, reveal_end);
			weight.saturating_accrue(T::WeightInfo::open_round(
				validators.len() as u32,
				batch.relays.len() as u32,
			));
			if !opened {
				break;
			}
			Pending::<T>::remove(head);
			head = head.saturating_add(1);
		}
		PendingHead::<T>::put(head);
		weight
	}

	/// Samples the relays, draws the committee from `validators` (with their open-round
	/// counts, updated here) and stores the round; or drops the batch if no validator other
	/// than the supplier is active. Returns false, changing nothing, when the committee
	/// cannot be filled from validators with room for another round.
	pub(crate) fn open_round(
		round: RoundId,
		batch: &PendingBatch<T>,
		validators: &mut [(T::AccountId, T::Balance, u32)],
		params: &TiqeParametersOf<T>,
		now: BlockNumberFor<T>,
		commit_end: BlockNumberFor<T>,
		reveal_end: BlockNumberFor<T>,
	) -> bool {
		let PendingBatch { supplier, model, session, relays, .. } = batch.clone();
		let eligible: Vec<usize> =
			(0..validators.len()).filter(|&i| validators[i].0 != supplier).collect();
		if eligible.is_empty() {
			Self::drop_batch(round, supplier, model, session);
			return true;
		}
		let k = (params.committee_size.min(T::MaxCommitteeSize::get()) as usize)
			.min(eligible.len());
		let with_room: Vec<usize> = eligible
			.into_iter()
			.filter(|&i| validators[i].2 < params.max_open_rounds)
			.collect();
		if with_room.len() < k {
			return false;
		}
		let seed = Self::round_seed(round);
		let sampled: Vec<H256> =
			sample_distinct(&seed, relays.len(), params.relays_per_round as usize)
				.into_iter()
				.map(|i| relays[i])
				.collect();
		let committee = Self::draw_committee(&seed, validators, &with_room, k);
		let info = RoundInfo::<T> {
			supplier: supplier.clone(),
			model,
			session,
			relays: BoundedVec::truncate_from(sampled.clone()),
			committee: BoundedVec::truncate_from(committee.clone()),
			opened_at: now,
			commit_end,
			reveal_end,
		};
		// `open_pending` checked that there is room.
		let _ = RoundsEnding::<T>::try_mutate(reveal_end, |ending| ending.try_push(round));
		Rounds::<T>::insert(round, info);
		Self::deposit_event(Event::RoundOpened {
			round,
			supplier,
			model,
			session,
			relays: sampled,
			committee: committee.into_iter().map(|(who, _)| who).collect(),
			commit_end,
			reveal_end,
		});
		true
	}

	/// Counts a commit in `round`; after the committee's last, reveals open in the next block
	/// (nobody is left to commit, so nothing is gained by waiting out the window). The reveal
	/// window keeps its end: a member that reveals only after the original commit end is
	/// still on time.
	pub(crate) fn note_commit(round: RoundId, mut info: RoundInfo<T>, now: BlockNumberFor<T>) {
		let committed = Progress::<T>::mutate(round, |p| {
			p.committed = p.committed.saturating_add(1);
			p.committed
		});
		let reveal_from = now.saturating_add(One::one());
		if committed as usize == info.committee.len() && reveal_from < info.commit_end {
			info.commit_end = reveal_from;
			Rounds::<T>::insert(round, info);
			Self::deposit_event(Event::CommitsComplete { round, reveal_from });
		}
	}

	/// Counts a reveal in `round`; after the committee's last, the round is finalized in the
	/// next block, if that block has room for another finalization (else at its reveal end).
	pub(crate) fn note_reveal(round: RoundId, mut info: RoundInfo<T>, now: BlockNumberFor<T>) {
		let revealed = Progress::<T>::mutate(round, |p| {
			p.revealed = p.revealed.saturating_add(1);
			p.revealed
		});
		let finalize_at = now.saturating_add(One::one());
		if revealed as usize != info.committee.len() || finalize_at >= info.reveal_end {
			return;
		}
		let moved = RoundsEnding::<T>::try_mutate(finalize_at, |ending| ending.try_push(round));
		if moved.is_err() {
			return;
		}
		RoundsEnding::<T>::mutate(info.reveal_end, |ending| ending.retain(|r| *r != round));
		info.reveal_end = finalize_at;
		Rounds::<T>::insert(round, info);
		Self::deposit_event(Event::RevealsComplete { round, finalize_at });
	}

	/// Drops the batch of `round`, which no validator but the supplier could score: emits
	/// [`Event::BatchDropped`] and tells settlement the round has no α
	/// ([`Unevaluated::NoValidators`]).
	fn drop_batch(round: RoundId, supplier: T::AccountId, model: ModelId, session: SessionId) {
		Self::deposit_event(Event::BatchDropped {
			round,
			supplier: supplier.clone(),
			model,
			session,
		});
		T::OnEvaluated::on_evaluated(Evaluation {
			round,
			supplier,
			alpha: Err(Unevaluated::NoValidators),
			honest: Vec::new(),
		});
	}

	/// Draws `k` committee members by stake, without replacement, from the validators at the
	/// indices `with_room` of `validators`, on the committee stream of `seed`. Each member
	/// drawn sits on one more open round, counted in `validators` (for the next batch of the
	/// block) and in [`OpenRounds`]. Returns the members in draw order with their stakes.
	fn draw_committee(
		seed: &[u8],
		validators: &mut [(T::AccountId, T::Balance, u32)],
		with_room: &[usize],
		k: usize,
	) -> Vec<(T::AccountId, T::Balance)> {
		let weights: Vec<u128> = with_room
			.iter()
			.map(|&i| validators[i].1.unique_saturated_into())
			.collect();
		let mut committee: Vec<(T::AccountId, T::Balance)> = Vec::with_capacity(k);
		for drawn in weighted_sample(seed, &weights, k) {
			let entry = &mut validators[with_room[drawn]];
			entry.2 = entry.2.saturating_add(1);
			OpenRounds::<T>::insert(&entry.0, entry.2);
			committee.push((entry.0.clone(), entry.1));
		}
		committee
	}

	/// Tallies a round whose reveal window ended: slashes, scores, cleanup. The steps below
	/// run in this order; a round without quorum stops after the silent members' slashes
	/// (docs/tiqe.md).
	pub(crate) fn finalize(round: RoundId) -> Weight {
		let Some(info) = Rounds::<T>::take(round) else {
			return T::DbWeight::get().reads(1);
		};
		Progress::<T>::remove(round);
		Self::prune_history(round, &info.supplier, info.session);
		let weight = T::WeightInfo::finalize_round(info.committee.len() as u32);
		let params = Parameters::<T>::get();
		let tally = Self::tally(round, &info.committee, params.missing_reveal_slash);
		let revealed = tally.revealed.len() as u32;
		let Some(median) = Self::quorum_median(&tally, params.quorum) else {
			return weight.saturating_add(Self::record_void(round, info.supplier, revealed));
		};
		let honest = Self::slash_deviations(round, &tally.revealed, median, &params);
		let withheld =
			Self::judge_withheld(round, &info.supplier, &tally.revealed, params.withheld_slash);
		let alpha = if withheld { Permill::zero() } else { median };
		let reputation =
			Self::update_scores(&info.supplier, info.session, alpha, params.reputation_weight);
		Self::check_low_quality(round, &info.supplier, info.model, alpha, &params);
		let verdict = Verdict { median, alpha, reputation, revealed, withheld };
		weight.saturating_add(Self::record_verdict(round, info.supplier, verdict, honest))
	}

	/// Forgets what the round pushes out of the kept history: the [`RoundResult`]
	/// `ResultHistory` rounds back, and the supplier's [`SessionQuality`] `ResultHistory`
	/// sessions back.
	fn prune_history(round: RoundId, supplier: &T::AccountId, session: SessionId) {
		let history = u64::from(T::ResultHistory::get());
		if let Some(old) = round.checked_sub(history) {
			RoundResults::<T>::remove(old);
		}
		if let Some(old) = session.checked_sub(history) {
			SessionQuality::<T>::remove(supplier, old);
		}
	}

	/// Goes through the committee in draw order: frees each member's seat ([`OpenRounds`]),
	/// takes its vote, and slashes it by `missing_reveal_slash` if it did not reveal. Returns
	/// the revealed votes and the committee's total weight (stakes when drawn).
	fn tally(
		round: RoundId,
		committee: &[(T::AccountId, T::Balance)],
		missing_reveal_slash: Perbill,
	) -> Tally<T::AccountId> {
		let mut revealed: Vec<(T::AccountId, u128, Score)> = Vec::new();
		let mut committee_stake = 0u128;
		for (who, stake) in committee.iter() {
			OpenRounds::<T>::mutate_exists(who, |open| {
				*open = open.map(|n| n.saturating_sub(1)).filter(|n| *n > 0)
			});
			// Active stakes are never zero; the floor only guards the arithmetic.
			let w = UniqueSaturatedInto::<u128>::unique_saturated_into(*stake).max(1);
			committee_stake = committee_stake.saturating_add(w);
			match Votes::<T>::take(round, who).and_then(|vote| vote.revealed) {
				Some(score) => revealed.push((who.clone(), w, score)),
				None => Self::slash_validator(
					round,
					who,
					missing_reveal_slash,
					SlashReason::MissingScoreReveal,
				),
			}
		}
		Tally { revealed, committee_stake }
	}

	/// The stake-weighted median of the revealed α, or `None` unless the revealed stake is a
	/// quorum of the committee's ([`Pallet::is_quorum`]).
	fn quorum_median(tally: &Tally<T::AccountId>, quorum: Perbill) -> Option<Permill> {
		let votes: Vec<(Permill, u128)> =
			tally.revealed.iter().map(|(_, w, s)| (s.alpha, *w)).collect();
		let revealed_stake = votes.iter().fold(0u128, |sum, (_, w)| sum.saturating_add(*w));
		weighted_median(&votes)
			.filter(|_| Self::is_quorum(quorum, revealed_stake, tally.committee_stake))
	}

	/// Records a round without quorum: a [`RoundResult`] without α, [`Event::RoundVoid`], and
	/// settlement told ([`Unevaluated::NoQuorum`]). Returns the weight settlement used.
	fn record_void(round: RoundId, supplier: T::AccountId, revealed: u32) -> Weight {
		RoundResults::<T>::insert(
			round,
			RoundResult {
				supplier: supplier.clone(),
				median: None,
				alpha: None,
				revealed,
				withheld: false,
			},
		);
		Self::deposit_event(Event::RoundVoid {
			round,
			supplier: supplier.clone(),
			reason: Unevaluated::NoQuorum,
			revealed,
		});
		T::OnEvaluated::on_evaluated(Evaluation {
			round,
			supplier,
			alpha: Err(Unevaluated::NoQuorum),
			honest: Vec::new(),
		})
	}

	/// Slashes, by `deviation_slash`, every revealer whose |α − median| exceeds
	/// `deviation_threshold`. Returns the others, the honest ones, with their weights, in
	/// committee order: settlement pays them.
	fn slash_deviations(
		round: RoundId,
		revealed: &[(T::AccountId, u128, Score)],
		median: Permill,
		params: &TiqeParametersOf<T>,
	) -> Vec<(T::AccountId, u128)> {
		let threshold = params.deviation_threshold.deconstruct();
		let mut honest = Vec::new();
		for (who, stake, score) in revealed.iter() {
			if score.alpha.deconstruct().abs_diff(median.deconstruct()) > threshold {
				Self::slash_validator(
					round,
					who,
					params.deviation_slash,
					SlashReason::ScoreDeviation,
				);
			} else {
				honest.push((who.clone(), *stake));
			}
		}
		honest
	}

	/// Whether a strict majority of the revealed stake says the supplier withheld the sampled
	/// relays; if so, the supplier is slashed by `withheld_slash`.
	fn judge_withheld(
		round: RoundId,
		supplier: &T::AccountId,
		revealed: &[(T::AccountId, u128, Score)],
		withheld_slash: Perbill,
	) -> bool {
		let total = revealed.iter().fold(0u128, |sum, (_, w, _)| sum.saturating_add(*w));
		let withheld_stake = revealed
			.iter()
			.filter(|(_, _, s)| s.withheld)
			.fold(0u128, |sum, (_, w, _)| sum.saturating_add(*w));
		let withheld = withheld_stake > total.saturating_sub(withheld_stake);
		if withheld {
			Self::slash_supplier(round, supplier, withheld_slash, SlashReason::MissingRelayReveal);
		}
		withheld
	}

	/// Scores the supplier with the round's α: its [`Quality`], its mean in
	/// [`SessionQuality`] for `session`, and its [`Reputation`] (the EMA with weight
	/// `reputation_weight`; its first round sets it to α). Returns the new reputation.
	fn update_scores(
		supplier: &T::AccountId,
		session: SessionId,
		alpha: Permill,
		reputation_weight: Permill,
	) -> Permill {
		Quality::<T>::insert(supplier, alpha);
		SessionQuality::<T>::mutate(supplier, session, |score| {
			let score = score.get_or_insert_with(SessionScore::default);
			score.mean = running_mean(score.mean, score.rounds, alpha);
			score.rounds = score.rounds.saturating_add(1);
		});
		let reputation = match Reputation::<T>::get(supplier) {
			Some(previous) => ema(previous, alpha, reputation_weight),
			None => alpha,
		};
		Reputation::<T>::insert(supplier, reputation);
		reputation
	}

	/// If α is below the model's threshold ([`Pallet::alpha_threshold`]): emits
	/// [`Event::LowQuality`] and slashes the supplier by `low_quality_slash` (nothing if zero).
	fn check_low_quality(
		round: RoundId,
		supplier: &T::AccountId,
		model: ModelId,
		alpha: Permill,
		params: &TiqeParametersOf<T>,
	) {
		let threshold = Self::alpha_threshold(model, params);
		if alpha < threshold {
			Self::deposit_event(Event::LowQuality {
				round,
				supplier: supplier.clone(),
				alpha,
				threshold,
			});
			Self::slash_supplier(
				round,
				supplier,
				params.low_quality_slash,
				SlashReason::LowQuality,
			);
		}
	}

	/// Records a scored round: its [`RoundResult`], [`Event::RoundFinalized`], and settlement
	/// told the α and the honest members. Returns the weight settlement used.
	fn record_verdict(
		round: RoundId,
		supplier: T::AccountId,
		verdict: Verdict,
		honest: Vec<(T::AccountId, u128)>,
	) -> Weight {
		let Verdict { median, alpha, reputation, revealed, withheld } = verdict;
		RoundResults::<T>::insert(
			round,
			RoundResult {
				supplier: supplier.clone(),
				median: Some(median),
				alpha: Some(alpha),
				revealed,
				withheld,
			},
		);
		Self::deposit_event(Event::RoundFinalized {
			round,
			supplier: supplier.clone(),
			alpha,
			median,
			reputation,
			revealed,
			withheld,
		});
		T::OnEvaluated::on_evaluated(Evaluation { round, supplier, alpha: Ok(alpha), honest })
	}

	/// Slashes a committee member's validator bond; a zero fraction does nothing, and a
	/// member who has since left the role entirely cannot be slashed.
	fn slash_validator(
		round: RoundId,
		who: &T::AccountId,
		fraction: Perbill,
		reason: SlashReason,
	) {
		if fraction.is_zero() {
			return;
		}
		if let Ok(amount) = T::Slash::slash(who, Role::Validator, fraction, reason) {
			Self::deposit_event(Event::ValidatorSlashed {
				round,
				who: who.clone(),
				reason,
				amount,
			});
		}
	}

	/// Slashes the supplier's bond; a zero fraction does nothing.
	fn slash_supplier(
		round: RoundId,
		supplier: &T::AccountId,
		fraction: Perbill,
		reason: SlashReason,
	) {
		if fraction.is_zero() {
			return;
		}
		if let Ok(amount) = T::Slash::slash(supplier, Role::Supplier, fraction, reason) {
			Self::deposit_event(Event::SupplierSlashed {
				round,
				supplier: supplier.clone(),
				reason,
				amount,
			});
		}
	}
}

/// The votes of a round being finalized.
struct Tally<AccountId> {
	/// The members who revealed, in committee order, with their weight and score.
	revealed: Vec<(AccountId, u128, Score)>,
	/// The whole committee's weight: the members' stakes when drawn, each at least 1.
	committee_stake: u128,
}

/// The outcome of a round with quorum, as recorded and reported.
struct Verdict {
	/// The stake-weighted median of the revealed α.
	median: Permill,
	/// The supplier's α: the median, or zero if it withheld the relays.
	alpha: Permill,
	/// The supplier's reputation after the round.
	reputation: Permill,
	/// How many committee members revealed.
	revealed: u32,
	/// Whether a majority of the revealed stake said the relays were withheld.
	withheld: bool,
}
