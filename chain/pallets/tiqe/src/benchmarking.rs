//! Benchmarks of the TIQE+ pallet: one per [`WeightInfo`] function, each in its worst case.
//!
//! Rounds carry the most relays a batch holds; validators and suppliers, with bonds to slash,
//! and a model come from the runtime's [`Config::BenchmarkHelper`].
//!
//! Components are single letters, as frame-benchmarking requires; each stands, in order, for a
//! parameter of the [`WeightInfo`] function of the same name: `r` for `relays`, `c` for
//! `committee`, `v` for `validators`.

use super::*;
use polkadot_sdk::{frame_benchmarking::v2::*, frame_system::RawOrigin};

const SEED: u32 = 0;

/// Sets up, for the benchmarks, the state other pallets own: validator and supplier bonds, and a
/// model.
pub trait BenchmarkHelper<T: Config> {
	/// The most validators that can be active at once (the Stakes pallet's bound): the top of
	/// the `v` components.
	fn max_validators() -> u32;
	/// A model that may be served and has an owner (`T::Models::royalty`).
	fn model() -> ModelId;
	/// Makes `who` an active supplier of `model`, with a supplier bond to slash.
	fn register_supplier(who: &T::AccountId, model: ModelId);
	/// Makes `who` an active validator, with a validator bond to slash.
	fn register_validator(who: &T::AccountId);
}

/// `n` distinct relay digests, in no particular order.
fn relays<T: Config>(n: u32) -> BoundedVec<H256, T::MaxRelaysPerCommit> {
	BoundedVec::truncate_from((0..n).map(|i| BlakeTwo256::hash_of(&i)).collect::<Vec<_>>())
}

/// The `index`-th committee member or validator of a benchmark.
fn member<T: Config>(index: u32) -> T::AccountId {
	account("member", index, SEED)
}

/// A registered supplier of a model.
fn supplier<T: Config>() -> (T::AccountId, ModelId) {
	let model = T::BenchmarkHelper::model();
	let supplier: T::AccountId = account("supplier", 0, SEED);
	T::BenchmarkHelper::register_supplier(&supplier, model);
	(supplier, model)
}

/// `n` registered validators, each sitting on one open round already, sorted and with their
/// load as `open_pending` reads them.
fn validators<T: Config>(n: u32) -> Vec<(T::AccountId, T::Balance, u32)> {
	for i in 0..n {
		let who = member::<T>(i);
		T::BenchmarkHelper::register_validator(&who);
		OpenRounds::<T>::insert(&who, 1);
	}
	load_validators::<T>()
}

/// What `open_pending` does, once a block, to read the validators (its
/// `read_validators` weight): a copy, since that code is inline there.
fn load_validators<T: Config>() -> Vec<(T::AccountId, T::Balance, u32)> {
	let members = T::Stakes::active_members(Role::Validator);
	let mut with_load: Vec<_> = members
		.into_iter()
		.map(|(who, stake)| {
			let open = OpenRounds::<T>::get(&who);
			(who, stake, open)
		})
		.collect();
	with_load.sort_by(|a, b| a.0.cmp(&b.0));
	with_load
}

/// Parameters with the largest committee and sample, and every slash and threshold in force.
fn worst_parameters<T: Config>() -> TiqeParametersOf<T> {
	let params = TiqeParametersOf::<T> {
		committee_size: T::MaxCommitteeSize::get(),
		relays_per_round: T::MaxRelaysPerCommit::get(),
		// Any revealer off the median deviates.
		deviation_threshold: Permill::zero(),
		deviation_slash: Perbill::from_percent(10),
		missing_reveal_slash: Perbill::from_percent(5),
		withheld_slash: Perbill::from_percent(10),
		alpha_threshold: Permill::from_percent(50),
		low_quality_slash: Perbill::from_percent(1),
		..Default::default()
	};
	Parameters::<T>::put(&params);
	params
}

/// An open round `round` of `size` members (not registered validators), with the most relays,
/// in its commit window at the current block; returns its members.
fn round_in_storage<T: Config>(round: RoundId, size: u32) -> Vec<T::AccountId> {
	let committee: Vec<(T::AccountId, T::Balance)> =
		(0..size).map(|i| (member::<T>(i), 1_000u32.into())).collect();
	// Not block 0: the benchmark would move to block 1 before the call, past the window.
	let now = frame_system::Pallet::<T>::block_number().max(1u32.into());
	frame_system::Pallet::<T>::set_block_number(now);
	// Windows of two blocks, so the last commit and the last reveal move them (the longer path).
	let commit_end = now.saturating_add(2u32.into());
	let reveal_end = commit_end.saturating_add(2u32.into());
	Rounds::<T>::insert(
		round,
		RoundInfo::<T> {
			supplier: account("supplier", 0, SEED),
			model: 0,
			session: 0,
			relays: relays::<T>(T::MaxRelaysPerCommit::get()),
			committee: BoundedVec::truncate_from(committee.clone()),
			opened_at: now,
			commit_end,
			reveal_end,
		},
	);
	// Listed for finalization behind as many other rounds as a block takes.
	let others = (1..<T::MaxRoundsPerBlock as Get<u32>>::get() as RoundId)
		.map(|i| round.saturating_add(i));
	RoundsEnding::<T>::insert(reveal_end, BoundedVec::truncate_from(others.chain([round]).collect::<Vec<_>>()));
	committee.into_iter().map(|(who, _)| who).collect()
}

fn calibration(alpha_threshold: Permill) -> Calibration {
	Calibration {
		greedy_tolerance_milli: 1_000,
		greedy_max_violations: 2,
		replay_tolerance: Permill::from_percent(1),
		replay_allowed_misses: 1,
		replay_allowed_share: Permill::from_percent(1),
		unseeded_margin_milli: 5_000,
		unseeded_allowed_share: Permill::from_percent(2),
		relevance_low: Permill::from_percent(20),
		relevance_high: Permill::from_percent(60),
		judge_weight: Permill::from_percent(30),
		alpha_threshold,
	}
}

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// An audit of `r` distinct digests, in no order (sorted to find duplicates), of an active
	/// supplier.
	#[benchmark]
	fn commit_relays(r: Linear<1, { T::MaxRelaysPerCommit::get() }>) -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (supplier, model) = supplier::<T>();
		let round = NextRoundId::<T>::get();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, supplier.clone(), model, 7, relays::<T>(r));

		assert_last_event::<T>(Event::RelaysCommitted { round, supplier, model, session: 7, relays: r });
		Ok(())
	}

	/// The last of `c` members of a round with the most relays commits.
	#[benchmark]
	fn commit_score(c: Linear<1, { T::MaxCommitteeSize::get() }>) {
		let round = 1;
		let who = round_in_storage::<T>(round, c).pop().expect("c >= 1");
		// The others committed: this commit is the last and closes the commit window.
		Progress::<T>::insert(round, RoundProgress { committed: c - 1, revealed: 0 });
		let commitment = Pallet::<T>::commitment(round, &who, Permill::one(), false, &[7; 32]);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), round, commitment);

		assert_eq!(Votes::<T>::get(round, &who), Some(Vote { commitment, revealed: None }));
		let reveal_from = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());
		assert_eq!(Rounds::<T>::get(round).map(|info| info.commit_end), Some(reveal_from));
	}

	/// The last of `c` members of a round with the most relays reveals, in the reveal window,
	/// and the round moves to the next block's finalizations.
	#[benchmark]
	fn reveal_score(c: Linear<1, { T::MaxCommitteeSize::get() }>) {
		let round = 1;
		let who = round_in_storage::<T>(round, c).pop().expect("c >= 1");
		let (alpha, withheld, salt) = (Permill::from_percent(80), false, [7; 32]);
		let commitment = Pallet::<T>::commitment(round, &who, alpha, withheld, &salt);
		Votes::<T>::insert(round, &who, Vote { commitment, revealed: None });
		// The others revealed: this reveal is the last and moves finalization to the next block.
		Progress::<T>::insert(round, RoundProgress { committed: c, revealed: c - 1 });
		let commit_end = Rounds::<T>::get(round).expect("stored").commit_end;
		frame_system::Pallet::<T>::set_block_number(commit_end);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), round, alpha, withheld, salt);

		let revealed = Votes::<T>::get(round, &who).and_then(|vote| vote.revealed);
		assert_eq!(revealed, Some(Score { alpha, withheld }));
		let finalize_at = commit_end.saturating_add(1u32.into());
		assert!(RoundsEnding::<T>::get(finalize_at).contains(&round));
	}

	#[benchmark]
	fn set_parameters() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let parameters = TiqeParametersOf::<T> {
			committee_size: T::MaxCommitteeSize::get(),
			relays_per_round: T::MaxRelaysPerCommit::get(),
			..Default::default()
		};

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, parameters.clone());

		assert_eq!(Parameters::<T>::get(), parameters);
		Ok(())
	}

	/// The model's owner sets its first calibration: the longer path, where the origin is not
	/// the admin and whether a calibration exists is read.
	#[benchmark]
	fn set_calibration() {
		let model = T::BenchmarkHelper::model();
		let (owner, _) = T::Models::royalty(model).expect("the helper's model has an owner");
		let calibration = calibration(Permill::from_percent(50));

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), model, Some(calibration.clone()));

		assert_eq!(Calibrations::<T>::get(model), Some(calibration));
	}

	/// `on_initialize` with nothing to finalize and no round opened, on its longest path: a
	/// batch of the most relays is due, but the block where it would be finalized already has
	/// `MaxRoundsPerBlock` rounds, so it waits.
	#[benchmark]
	fn on_initialize_base() {
		let params = worst_parameters::<T>();
		let (supplier, model) = supplier::<T>();
		let round = Pallet::<T>::enqueue(supplier, model, 0, relays::<T>(T::MaxRelaysPerCommit::get()))
			.expect("the queue has room");
		let now = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(now);
		let reveal_end = now.saturating_add(params.commit_window).saturating_add(params.reveal_window);
		let full = (0..u64::from(T::MaxRoundsPerBlock::get())).map(|i| u64::MAX - i).collect::<Vec<_>>();
		RoundsEnding::<T>::insert(reveal_end, BoundedVec::truncate_from(full));
		let weight;

		#[block]
		{
			weight = Pallet::<T>::on_initialize(now);
		}

		assert_eq!(weight, T::WeightInfo::on_initialize_base());
		assert!(Pending::<T>::contains_key(round));
		assert_eq!(PendingHead::<T>::get(), round);
	}

	/// A batch of `r` relays opens among `v` validators: the largest sample of it and the
	/// largest committee (or all `v`) are drawn, and the round joins a finalization block one
	/// round short of full. The loop of `open_pending` around it (reading the batch
	/// and the finalization block's count, removing the batch) is measured with it.
	#[benchmark]
	fn open_round(
		v: Linear<1, { T::BenchmarkHelper::max_validators() }>,
		r: Linear<1, { T::MaxRelaysPerCommit::get() }>,
	) {
		let params = worst_parameters::<T>();
		let (supplier, model) = supplier::<T>();
		let mut validators = validators::<T>(v);
		assert_eq!(validators.len() as u32, v);
		let round = Pallet::<T>::enqueue(supplier, model, 0, relays::<T>(r)).expect("the queue has room");
		let now = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(now);
		let commit_end = now.saturating_add(params.commit_window);
		let reveal_end = commit_end.saturating_add(params.reveal_window);
		let max = T::MaxRoundsPerBlock::get();
		let others = (1..u64::from(max)).map(|i| u64::MAX - i).collect::<Vec<_>>();
		RoundsEnding::<T>::insert(reveal_end, BoundedVec::truncate_from(others));
		let opened;

		#[block]
		{
			let batch = Pending::<T>::get(round).expect("queued");
			assert!(batch.committed_at < now);
			assert!(RoundsEnding::<T>::decode_len(reveal_end).unwrap_or(0) < max as usize);
			opened = Pallet::<T>::open_round(
				round,
				&batch,
				&mut validators,
				&params,
				now,
				commit_end,
				reveal_end,
			);
			Pending::<T>::remove(round);
		}

		assert!(opened);
		let info = Rounds::<T>::get(round).expect("the round opened");
		assert_eq!(info.committee.len() as u32, v.min(T::MaxCommitteeSize::get()));
		assert_eq!(info.relays.len() as u32, r);
	}

	/// The active validators and their open-round counts are read and sorted.
	#[benchmark]
	fn read_validators(v: Linear<0, { T::BenchmarkHelper::max_validators() }>) {
		validators::<T>(v);
		let read;

		#[block]
		{
			read = load_validators::<T>();
		}

		assert_eq!(read.len() as u32, v);
	}

	/// A round of `c` validators and the most relays is finalized on its longest path: every
	/// member revealed, each a different α, so all but the median's deviate and are slashed;
	/// the majority says the relays were withheld, so the supplier is slashed for it and, its
	/// α being 0, below the model's calibrated threshold, for low quality; old results and
	/// session scores are pruned, and the supplier's scores updated.
	#[benchmark]
	fn finalize_round(c: Linear<1, { T::MaxCommitteeSize::get() }>) {
		worst_parameters::<T>();
		let (supplier, model) = supplier::<T>();
		Calibrations::<T>::insert(model, calibration(Permill::from_percent(50)));
		let history = u64::from(T::ResultHistory::get());
		let (round, session) = (history + 1, history + 1);
		RoundResults::<T>::insert(
			round - history,
			RoundResult {
				supplier: supplier.clone(),
				median: None,
				alpha: None,
				revealed: 0,
				withheld: false,
			},
		);
		let score = SessionScore { mean: Permill::from_percent(70), rounds: 3 };
		SessionQuality::<T>::insert(&supplier, session - history, score);
		SessionQuality::<T>::insert(&supplier, session, score);
		Quality::<T>::insert(&supplier, Permill::from_percent(70));
		Reputation::<T>::insert(&supplier, Permill::from_percent(70));
		let committee: Vec<(T::AccountId, T::Balance)> = (0..c)
			.map(|i| {
				let who = member::<T>(i);
				T::BenchmarkHelper::register_validator(&who);
				OpenRounds::<T>::insert(&who, 1);
				let stake = T::Stakes::active_stake(&who, Role::Validator);
				let alpha = Permill::from_parts(i * 1_000);
				let commitment = Pallet::<T>::commitment(round, &who, alpha, true, &[0; 32]);
				Votes::<T>::insert(
					round,
					&who,
					Vote { commitment, revealed: Some(Score { alpha, withheld: true }) },
				);
				(who, stake)
			})
			.collect();
		let now = frame_system::Pallet::<T>::block_number();
		Rounds::<T>::insert(
			round,
			RoundInfo::<T> {
				supplier: supplier.clone(),
				model,
				session,
				relays: relays::<T>(T::MaxRelaysPerCommit::get()),
				committee: BoundedVec::truncate_from(committee.clone()),
				opened_at: now,
				commit_end: now,
				reveal_end: now,
			},
		);
		let supplier_stake = T::Stakes::active_stake(&supplier, Role::Supplier);

		#[block]
		{
			Pallet::<T>::finalize(round);
		}

		assert!(!Rounds::<T>::contains_key(round));
		let result = RoundResults::<T>::get(round).expect("the round's result is kept");
		assert_eq!((result.alpha, result.revealed, result.withheld), (Some(Permill::zero()), c, true));
		assert!(!RoundResults::<T>::contains_key(round - history));
		let slashed = committee
			.iter()
			.filter(|(who, stake)| T::Stakes::active_stake(who, Role::Validator) < *stake)
			.count() as u32;
		assert_eq!(slashed, c - 1);
		assert!(T::Stakes::active_stake(&supplier, Role::Supplier) < supplier_stake);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
