//! The TIQE+ pallet's storage invariants, checked by `try_state` and after every test.

use super::*;
use alloc::collections::btree_map::BTreeMap;
use polkadot_sdk::sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// The queue, the open rounds with their indexes, and the scores are consistent with one
	/// another; the parameters and every calibration are valid.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::try_state_queue()?;
		Self::try_state_rounds()?;
		Self::try_state_scores()?;
		// Genesis and `set_parameters` both check them.
		ensure!(Self::valid(&Parameters::<T>::get()), "the parameters are invalid");
		for (_, calibration) in Calibrations::<T>::iter() {
			ensure!(calibration.is_valid(), "a calibration out of range");
		}
		Ok(())
	}

	/// Round ids are handed out in order: the pending head is at most the next id, at most
	/// `MaxPendingBatches` batches wait, and every waiting batch lies between the head and the
	/// next id and holds distinct relays (both ways of queueing reject or drop duplicates, and
	/// empty batches).
	fn try_state_queue() -> Result<(), TryRuntimeError> {
		let next = NextRoundId::<T>::get();
		let head = PendingHead::<T>::get();
		ensure!(head <= next, "the pending head is past the next round id");
		ensure!(
			next.saturating_sub(head) <= RoundId::from(T::MaxPendingBatches::get()),
			"more pending batches than MaxPendingBatches"
		);
		for (round, batch) in Pending::<T>::iter() {
			ensure!(head <= round && round < next, "a pending batch outside the queue");
			ensure!(!batch.relays.is_empty(), "an empty pending batch");
			ensure!(is_distinct(&batch.relays), "a pending batch with a relay twice");
		}
		Ok(())
	}

	/// Every open round was dequeued (its id is below the pending head) and is listed once in
	/// [`RoundsEnding`] under its `reveal_end`, and nothing else is listed there: it is how
	/// `on_initialize` finds the rounds to finalize. Its windows are in order, its relays
	/// distinct and its committee distinct members other than the supplier. [`OpenRounds`]
	/// counts, for each validator, exactly the open rounds whose committee it sits on (no
	/// zero entries). Votes exist only for open rounds and their committee members (finalize
	/// takes them all), and [`Progress`] counts each open round's commits and reveals.
	fn try_state_rounds() -> Result<(), TryRuntimeError> {
		let head = PendingHead::<T>::get();
		let mut rounds = 0usize;
		let mut seats: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		for (round, info) in Rounds::<T>::iter() {
			rounds = rounds.saturating_add(1);
			ensure!(round < head, "an open round that is still queued");
			ensure!(
				info.opened_at <= info.commit_end && info.commit_end <= info.reveal_end,
				"a round whose windows are out of order"
			);
			ensure!(
				RoundsEnding::<T>::get(info.reveal_end).contains(&round),
				"an open round missing from RoundsEnding at its reveal end"
			);
			ensure!(!info.relays.is_empty(), "a round without relays");
			ensure!(is_distinct(&info.relays), "a round that samples a relay twice");
			let members: Vec<&T::AccountId> = info.committee.iter().map(|(who, _)| who).collect();
			ensure!(is_distinct(&members), "a committee with a member twice");
			ensure!(!members.contains(&&info.supplier), "a supplier on its own committee");
			for who in members {
				let seat = seats.entry(who.clone()).or_insert(0);
				*seat = seat.saturating_add(1);
			}
		}
		let mut listed = 0usize;
		for (reveal_end, ending) in RoundsEnding::<T>::iter() {
			listed = listed.saturating_add(ending.len());
			for round in ending {
				ensure!(
					Rounds::<T>::get(round).is_some_and(|info| info.reveal_end == reveal_end),
					"RoundsEnding lists a round that is not open or ends elsewhere"
				);
			}
		}
		// With each round listed under its own reveal end, equal counts mean each exactly once.
		ensure!(listed == rounds, "RoundsEnding lists a round twice");
		let mut counted = 0usize;
		for (who, open) in OpenRounds::<T>::iter() {
			counted = counted.saturating_add(1);
			ensure!(open > 0, "a zero OpenRounds entry");
			ensure!(
				seats.get(&who) == Some(&open),
				"OpenRounds differs from the committees of the open rounds"
			);
		}
		ensure!(counted == seats.len(), "a committee member without its OpenRounds entry");
		let mut progress: BTreeMap<RoundId, RoundProgress> = BTreeMap::new();
		for (round, who, vote) in Votes::<T>::iter() {
			let member = Rounds::<T>::get(round)
				.is_some_and(|info| info.committee.iter().any(|(m, _)| *m == who));
			ensure!(member, "a vote outside an open round's committee");
			let p = progress.entry(round).or_default();
			p.committed = p.committed.saturating_add(1);
			p.revealed = p.revealed.saturating_add(u32::from(vote.revealed.is_some()));
		}
		for (round, counted) in Progress::<T>::iter() {
			ensure!(Rounds::<T>::contains_key(round), "progress of a round that is not open");
			ensure!(
				progress.remove(&round) == Some(counted),
				"a round's progress differs from its votes"
			);
		}
		ensure!(progress.is_empty(), "votes in a round without progress");
		Ok(())
	}

	/// Kept results have ids already dequeued, and an α exactly when they have a median: the
	/// median, or zero if withheld (a void round is never withheld). Quality and reputation
	/// are written together, and a session's mean only with them, from at least one round.
	fn try_state_scores() -> Result<(), TryRuntimeError> {
		let head = PendingHead::<T>::get();
		for (round, result) in RoundResults::<T>::iter() {
			ensure!(round < head, "a result of a round never opened");
			let expected = result.median.map(|m| if result.withheld { Permill::zero() } else { m });
			ensure!(result.alpha == expected, "a result whose α does not follow from its median");
			ensure!(
				result.revealed <= T::MaxCommitteeSize::get(),
				"a result with more reveals than a committee has members"
			);
		}
		for supplier in Quality::<T>::iter_keys() {
			ensure!(Reputation::<T>::contains_key(&supplier), "a quality without a reputation");
		}
		for supplier in Reputation::<T>::iter_keys() {
			ensure!(Quality::<T>::contains_key(&supplier), "a reputation without a quality");
		}
		for (supplier, _, score) in SessionQuality::<T>::iter() {
			ensure!(score.rounds >= 1, "a session mean over no round");
			ensure!(Quality::<T>::contains_key(&supplier), "a session mean without a quality");
		}
		Ok(())
	}
}

/// Whether `items` holds no value twice.
fn is_distinct<I: Ord>(items: &[I]) -> bool {
	let mut sorted: Vec<&I> = items.iter().collect();
	sorted.sort();
	sorted.windows(2).all(|w| w[0] != w[1])
}
