//! # Sibyl job broker
//!
//! One application for many users (docs/contracts.md). The contract is staked as a Sibyl
//! application; users who are not applications buy credits from it, and it submits inference
//! jobs for them through the Sibyl precompile, reserving each job's most it can cost (the
//! `max_price` the user signed) from the user's credits. When the network ends a job, anyone may
//! `settle` it: a settled job costs the user what the chain charged the application and the rest
//! of the reservation comes back; a job refused, failed or expired costs nothing.
//!
//! The contract's application stake pays the network; users' credits pay the contract. A job's
//! charge is moved from the contract's free balance into its stake when the job is settled, so
//! the stake stays where the deployer put it as long as users pay for what they run.
#![cfg_attr(not(feature = "std"), no_std, no_main)]

use ink::env::{DefaultEnvironment, Environment};

/// Sibyl's types: the default ones but the native-to-EVM value ratio, which follows from SBL's
/// 12 decimals against the EVM's 18 (the runtime's `NativeToEthRatio`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(TypeInfo)]
pub enum SibylEnvironment {}

impl Environment for SibylEnvironment {
    const NATIVE_TO_ETH_RATIO: u32 = 1_000_000;
    const TRUST_BACKED_ASSETS_PRECOMPILE_INDEX: u16 =
        <DefaultEnvironment as Environment>::TRUST_BACKED_ASSETS_PRECOMPILE_INDEX;
    const POOL_ASSETS_PRECOMPILE_INDEX: u16 = <DefaultEnvironment as Environment>::POOL_ASSETS_PRECOMPILE_INDEX;

    type AccountId = <DefaultEnvironment as Environment>::AccountId;
    type Balance = <DefaultEnvironment as Environment>::Balance;
    type Hash = <DefaultEnvironment as Environment>::Hash;
    type BlockNumber = <DefaultEnvironment as Environment>::BlockNumber;
    type Timestamp = <DefaultEnvironment as Environment>::Timestamp;
    type EventRecord = <DefaultEnvironment as Environment>::EventRecord;
}

/// The Sibyl precompile's Solidity interface, as far as this contract uses it (the whole of it is
/// in docs/contracts.md). Calls revert with a message when the chain refuses them.
#[ink::contract_ref(abi = "sol", env = crate::SibylEnvironment)]
pub trait Sibyl {
    /// Stakes `amount` of the caller's free balance as its application stake, registering the
    /// caller as an application the first time.
    #[ink(message, name = "stakeApplication")]
    fn stake_application(&mut self, amount: u128);

    /// Submits a job as the caller's application; returns the job's id.
    #[ink(message, name = "submitJob")]
    fn submit_job(
        &mut self,
        model: u32,
        input: ink::sol::DynBytes,
        prompt_tokens: u32,
        max_tokens: u32,
        max_price: u128,
    ) -> u64;

    /// A job's state (see [`JobState`]) and what its application was charged for it.
    #[ink(message, name = "jobState")]
    fn job_state(&self, job: u64) -> (u8, u128);
}

/// Where the job is, as the precompile reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
pub enum JobState {
    /// No such job (never submitted, or pruned after its retention).
    Unknown,
    /// Waiting: pending, assigned, or answered and waiting for TIQE+ to settle it.
    Open,
    /// Settled: the application was charged what the answer was worth.
    Settled,
    /// Ended without a charge: refused, failed or expired.
    Unpaid,
}

impl JobState {
    #[cfg_attr(test, allow(dead_code))]
    fn from_code(code: u8) -> Self {
        match code {
            1 => Self::Open,
            2 => Self::Settled,
            3 => Self::Unpaid,
            _ => Self::Unknown,
        }
    }
}

/// The calls the contract makes to the network: the precompile on chain; in unit tests a
/// fake, since ink's off-chain environment cannot reach a precompile.
mod network {
    use super::JobState;

    /// The precompile's address: index 0x5B1B (`AddressMatcher::Fixed`) at bytes 16-17.
    #[cfg_attr(test, allow(dead_code))]
    pub const SIBYL_PRECOMPILE: [u8; 20] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x5B, 0x1B, 0, 0];

    /// The chain refused a call: the precompile reverted with the pallet error's name, which this
    /// contract does not pass on (docs/contracts.md).
    #[derive(Debug)]
    pub struct Refused;

    #[cfg(not(test))]
    mod imp {
        use super::*;
        use crate::{Sibyl, SibylRef};
        use ink::{codegen::TraitCallBuilder, Address};

        fn sibyl() -> SibylRef {
            Address::from(SIBYL_PRECOMPILE).into()
        }

        pub fn stake_application(amount: u128) -> Result<(), Refused> {
            let mut sibyl = sibyl();
            match sibyl.call_mut().stake_application(amount).try_invoke() {
                Ok(Ok(())) => Ok(()),
                _ => Err(Refused),
            }
        }

        pub fn submit_job(
            model: u32,
            input: ink::prelude::vec::Vec<u8>,
            prompt_tokens: u32,
            max_tokens: u32,
            max_price: u128,
        ) -> Result<u64, Refused> {
            let mut sibyl = sibyl();
            match sibyl
                .call_mut()
                .submit_job(model, ink::sol::DynBytes(input), prompt_tokens, max_tokens, max_price)
                .try_invoke()
            {
                Ok(Ok(job)) => Ok(job),
                _ => Err(Refused),
            }
        }

        pub fn job_state(job: u64) -> Result<(JobState, u128), Refused> {
            let sibyl = sibyl();
            match sibyl.call().job_state(job).try_invoke() {
                Ok(Ok((code, charged))) => Ok((JobState::from_code(code), charged)),
                _ => Err(Refused),
            }
        }
    }

    #[cfg(test)]
    pub mod imp {
        //! A network in memory: jobs submitted here move only when a test says so.
        use super::*;
        use ink::prelude::vec::Vec;
        use std::cell::RefCell;

        #[derive(Default)]
        pub struct Fake {
            pub staked: u128,
            pub next_job: u64,
            /// (job, model, input, prompt tokens, max tokens, max price)
            pub submitted: Vec<(u64, u32, Vec<u8>, u32, u32, u128)>,
            /// Per job: its state and charge.
            pub states: Vec<(u64, JobState, u128)>,
            /// Refuse the next submission (as the chain would an input it rejects).
            pub refuse_next: bool,
        }

        thread_local! {
            pub static FAKE: RefCell<Fake> = RefCell::new(Fake::default());
        }

        pub fn stake_application(amount: u128) -> Result<(), Refused> {
            FAKE.with(|f| f.borrow_mut().staked += amount);
            Ok(())
        }

        pub fn submit_job(
            model: u32,
            input: Vec<u8>,
            prompt_tokens: u32,
            max_tokens: u32,
            max_price: u128,
        ) -> Result<u64, Refused> {
            FAKE.with(|f| {
                let mut f = f.borrow_mut();
                if core::mem::take(&mut f.refuse_next) {
                    return Err(Refused);
                }
                let job = f.next_job;
                f.next_job += 1;
                f.submitted.push((job, model, input, prompt_tokens, max_tokens, max_price));
                f.states.push((job, JobState::Open, 0));
                Ok(job)
            })
        }

        pub fn job_state(job: u64) -> Result<(JobState, u128), Refused> {
            FAKE.with(|f| {
                Ok(f.borrow()
                    .states
                    .iter()
                    .find(|(j, ..)| *j == job)
                    .map(|(_, s, c)| (*s, *c))
                    .unwrap_or((JobState::Unknown, 0)))
            })
        }

        /// Moves a job to `state` with `charged`, as the chain would.
        pub fn set_state(job: u64, state: JobState, charged: u128) {
            FAKE.with(|f| {
                let mut f = f.borrow_mut();
                if let Some(entry) = f.states.iter_mut().find(|(j, ..)| *j == job) {
                    entry.1 = state;
                    entry.2 = charged;
                }
            });
        }
    }

    pub use imp::*;
}

#[ink::contract(env = crate::SibylEnvironment)]
mod job_broker {
    use super::{network, JobState};
    use ink::{prelude::vec::Vec, storage::Mapping, H160, U256};

    // Accounts are written `H160` (what ink!'s `Address` stands for) in everything clients see:
    // `@polkadot/api-contract` would read a type named `Address` as the chain's own `Address`
    // (a `MultiAddress`) and encode it wrongly.

    /// A job the contract submitted for a user, until it is settled.
    #[derive(Debug, Clone, PartialEq, Eq)]
    #[ink::scale_derive(Encode, Decode, TypeInfo)]
    #[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
    pub struct Reservation {
        /// Who the job runs for.
        pub user: H160,
        /// Credits held for it: the most the job can cost (its `max_price`).
        pub reserved: Balance,
    }

    #[ink(storage)]
    pub struct JobBroker {
        /// Who deployed the contract (and funded its application stake).
        owner: H160,
        /// Each user's credits, in native units (planck), free to spend or withdraw.
        credits: Mapping<H160, Balance>,
        /// Jobs submitted and not yet settled.
        reservations: Mapping<u64, Reservation>,
        /// Credits held by open jobs, over all users.
        reserved_total: Balance,
    }

    /// Why a call was refused; nothing changed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    #[ink::scale_derive(Encode, Decode, TypeInfo)]
    pub enum Error {
        /// A value of zero, or not a whole number of native units.
        BadValue,
        /// The user's credits do not cover the amount.
        InsufficientCredits,
        /// The chain refused the call (its events say why): nothing was reserved or charged.
        Refused,
        /// The contract holds no reservation for this job (never submitted here, or settled).
        UnknownJob,
        /// The job has not ended yet: settle it once the network has.
        NotEnded,
        /// The transfer back to the user failed.
        TransferFailed,
        /// A sum would overflow.
        Overflow,
    }

    pub type Result<T> = core::result::Result<T, Error>;

    /// A user bought credits.
    #[ink(event)]
    pub struct CreditsBought {
        #[ink(topic)]
        user: H160,
        amount: Balance,
    }

    /// A user took unspent credits back.
    #[ink(event)]
    pub struct CreditsWithdrawn {
        #[ink(topic)]
        user: H160,
        amount: Balance,
    }

    /// A job was submitted for a user, `reserved` of their credits held for it.
    #[ink(event)]
    pub struct JobSubmitted {
        #[ink(topic)]
        job: u64,
        #[ink(topic)]
        user: H160,
        reserved: Balance,
    }

    /// A settled job was paid from the user's credits; the rest of its reservation came back.
    #[ink(event)]
    pub struct JobPaid {
        #[ink(topic)]
        job: u64,
        #[ink(topic)]
        user: H160,
        charged: Balance,
    }

    /// A job ended unpaid (refused, failed or expired): its whole reservation came back.
    #[ink(event)]
    pub struct JobRefunded {
        #[ink(topic)]
        job: u64,
        #[ink(topic)]
        user: H160,
        refunded: Balance,
    }

    impl JobBroker {
        /// Deploys the broker: `stake` of the value sent becomes its application deposit (what
        /// pays the network); the rest stays free to hold the chain's deposit of each open job
        /// (`jobs.parameters.deposit`, released when the job ends).
        #[ink(constructor, payable)]
        pub fn new(stake: Balance) -> Self {
            let sent = native(Self::env().transferred_value()).unwrap_or_else(|_| panic!("whole native units only"));
            assert!(stake <= sent, "the stake is more than the value sent");
            if stake > 0 {
                network::stake_application(stake).unwrap_or_else(|_| panic!("the chain refused the application stake"));
            }
            Self {
                owner: Self::env().caller(),
                credits: Mapping::default(),
                reservations: Mapping::default(),
                reserved_total: 0,
            }
        }

        /// Buys credits with the value sent.
        #[ink(message, payable)]
        pub fn buy_credits(&mut self) -> Result<Balance> {
            let amount = native(self.env().transferred_value())?;
            if amount == 0 {
                return Err(Error::BadValue);
            }
            let user = self.env().caller();
            let credits = self.credits_of(user).checked_add(amount).ok_or(Error::Overflow)?;
            self.credits.insert(user, &credits);
            self.env().emit_event(CreditsBought { user, amount });
            Ok(credits)
        }

        /// Sends `amount` of the caller's unspent credits back to them.
        #[ink(message)]
        pub fn withdraw(&mut self, amount: Balance) -> Result<()> {
            if amount == 0 {
                return Err(Error::BadValue);
            }
            let user = self.env().caller();
            let left = self.credits_of(user).checked_sub(amount).ok_or(Error::InsufficientCredits)?;
            self.credits.insert(user, &left);
            let value = eth(amount)?;
            self.env().transfer(user, value).map_err(|_| Error::TransferFailed)?;
            self.env().emit_event(CreditsWithdrawn { user, amount });
            Ok(())
        }

        /// Submits a job for the caller: `input` is a relay body (the JSON a gateway sends),
        /// `prompt_tokens` its length under the model's tokenizer (a supplier refuses an input
        /// that turns out longer, and the job then costs nothing), `max_price` the most it may
        /// cost, held from the caller's credits until the job is settled.
        #[ink(message)]
        pub fn submit(
            &mut self,
            model: u32,
            input: Vec<u8>,
            prompt_tokens: u32,
            max_tokens: u32,
            max_price: Balance,
        ) -> Result<u64> {
            let user = self.env().caller();
            let left = self.credits_of(user).checked_sub(max_price).ok_or(Error::InsufficientCredits)?;
            let reserved_total = self.reserved_total.checked_add(max_price).ok_or(Error::Overflow)?;
            let job = network::submit_job(model, input, prompt_tokens, max_tokens, max_price)
                .map_err(|_| Error::Refused)?;
            self.credits.insert(user, &left);
            self.reserved_total = reserved_total;
            self.reservations.insert(job, &Reservation { user, reserved: max_price });
            self.env().emit_event(JobSubmitted { job, user, reserved: max_price });
            Ok(job)
        }

        /// Settles a job the network has ended; anyone may call it. A settled job costs its user
        /// what the application was charged (never more than the reservation) and moves that
        /// into the application stake; a job ended unpaid costs nothing.
        #[ink(message)]
        pub fn settle(&mut self, job: u64) -> Result<Balance> {
            let reservation = self.reservations.get(job).ok_or(Error::UnknownJob)?;
            let (state, charged) = network::job_state(job).map_err(|_| Error::Refused)?;
            let charged = match state {
                JobState::Settled => charged.min(reservation.reserved),
                JobState::Unpaid => 0,
                // A job the chain no longer knows ended long ago; what it cost is gone with it, so
                // the user gets the benefit of the doubt.
                JobState::Unknown => 0,
                JobState::Open => return Err(Error::NotEnded),
            };
            if charged > 0 {
                network::stake_application(charged).map_err(|_| Error::Refused)?;
            }
            let refund = reservation.reserved - charged;
            let credits = self.credits_of(reservation.user).checked_add(refund).ok_or(Error::Overflow)?;
            self.credits.insert(reservation.user, &credits);
            self.reserved_total = self.reserved_total.saturating_sub(reservation.reserved);
            self.reservations.remove(job);
            if charged > 0 {
                self.env().emit_event(JobPaid { job, user: reservation.user, charged });
            } else {
                self.env().emit_event(JobRefunded { job, user: reservation.user, refunded: refund });
            }
            Ok(charged)
        }

        /// A user's unspent credits.
        #[ink(message)]
        pub fn credits_of(&self, user: H160) -> Balance {
            self.credits.get(user).unwrap_or(0)
        }

        /// The reservation held for a job not yet settled.
        #[ink(message)]
        pub fn reservation(&self, job: u64) -> Option<Reservation> {
            self.reservations.get(job)
        }

        /// Credits held by open jobs, over all users.
        #[ink(message)]
        pub fn reserved_total(&self) -> Balance {
            self.reserved_total
        }

        /// Who deployed the contract.
        #[ink(message)]
        pub fn owner(&self) -> H160 {
            self.owner
        }
    }

    /// An EVM-scaled value as native units; refuses dust below one native unit.
    fn native(value: U256) -> Result<Balance> {
        let ratio = U256::from(<crate::SibylEnvironment as ink::env::Environment>::NATIVE_TO_ETH_RATIO);
        let (units, dust) = value.div_mod(ratio);
        if !dust.is_zero() || units > U256::from(u128::MAX) {
            return Err(Error::BadValue);
        }
        Ok(units.as_u128())
    }

    /// Native units as the EVM-scaled value a transfer takes.
    fn eth(amount: Balance) -> Result<U256> {
        U256::from(amount)
            .checked_mul(U256::from(<crate::SibylEnvironment as ink::env::Environment>::NATIVE_TO_ETH_RATIO))
            .ok_or(Error::Overflow)
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use crate::network::imp::{set_state, FAKE};
        use ink::env::test;

        const RATIO: u128 = 1_000_000;

        fn accounts() -> test::DefaultAccounts {
            test::default_accounts()
        }

        /// Deploys with `stake` native units as the application stake and as much again free
        /// for job deposits, from Alice.
        fn deploy(stake: Balance) -> JobBroker {
            FAKE.with(|f| *f.borrow_mut() = Default::default());
            test::set_caller(accounts().alice);
            test::set_value_transferred(U256::from(2 * stake * RATIO));
            let broker = JobBroker::new(stake);
            test::set_value_transferred(U256::zero());
            broker
        }

        fn buy(broker: &mut JobBroker, user: H160, amount: Balance) -> Result<Balance> {
            test::set_caller(user);
            test::set_value_transferred(U256::from(amount) * U256::from(RATIO));
            let out = broker.buy_credits();
            test::set_value_transferred(U256::zero());
            out
        }

        fn submit(broker: &mut JobBroker, user: H160, max_price: Balance) -> Result<u64> {
            test::set_caller(user);
            broker.submit(7, br#"{"kind":"chat"}"#.to_vec(), 12, 64, max_price)
        }

        #[ink::test]
        #[should_panic(expected = "the stake is more than the value sent")]
        fn a_stake_above_the_value_sent_is_refused() {
            test::set_value_transferred(U256::from(5 * RATIO));
            JobBroker::new(6);
        }

        #[ink::test]
        fn deploying_stakes_what_was_asked() {
            let broker = deploy(500);
            assert_eq!(FAKE.with(|f| f.borrow().staked), 500);
            assert_eq!(broker.owner(), accounts().alice);
        }

        #[ink::test]
        fn credits_are_bought_in_whole_native_units() {
            let mut broker = deploy(0);
            let bob = accounts().bob;
            assert_eq!(buy(&mut broker, bob, 1_000), Ok(1_000));
            assert_eq!(buy(&mut broker, bob, 5), Ok(1_005));
            assert_eq!(broker.credits_of(bob), 1_005);
            // Dust below a native unit, and nothing at all, are refused.
            test::set_caller(bob);
            test::set_value_transferred(U256::from(RATIO + 1));
            assert_eq!(broker.buy_credits(), Err(Error::BadValue));
            test::set_value_transferred(U256::zero());
            assert_eq!(broker.buy_credits(), Err(Error::BadValue));
            assert_eq!(broker.credits_of(bob), 1_005);
        }

        #[ink::test]
        fn a_submission_holds_its_max_price_from_the_user() {
            let mut broker = deploy(100);
            let bob = accounts().bob;
            buy(&mut broker, bob, 1_000).unwrap();
            let job = submit(&mut broker, bob, 300).unwrap();
            assert_eq!(broker.credits_of(bob), 700);
            assert_eq!(broker.reserved_total(), 300);
            assert_eq!(broker.reservation(job), Some(Reservation { user: bob, reserved: 300 }));
            let sent = FAKE.with(|f| f.borrow().submitted[0].clone());
            assert_eq!(sent, (job, 7, br#"{"kind":"chat"}"#.to_vec(), 12, 64, 300));
        }

        #[ink::test]
        fn a_user_cannot_spend_credits_they_do_not_have() {
            let mut broker = deploy(100);
            let (bob, charlie) = (accounts().bob, accounts().charlie);
            buy(&mut broker, bob, 100).unwrap();
            assert_eq!(submit(&mut broker, bob, 101), Err(Error::InsufficientCredits));
            assert_eq!(submit(&mut broker, charlie, 1), Err(Error::InsufficientCredits));
            assert!(FAKE.with(|f| f.borrow().submitted.is_empty()));
            assert_eq!(broker.credits_of(bob), 100);
        }

        #[ink::test]
        fn a_refused_submission_holds_nothing() {
            let mut broker = deploy(100);
            let bob = accounts().bob;
            buy(&mut broker, bob, 100).unwrap();
            FAKE.with(|f| f.borrow_mut().refuse_next = true);
            assert_eq!(submit(&mut broker, bob, 50), Err(Error::Refused));
            assert_eq!(broker.credits_of(bob), 100);
            assert_eq!(broker.reserved_total(), 0);
        }

        #[ink::test]
        fn a_settled_job_costs_its_charge_and_returns_the_rest() {
            let mut broker = deploy(100);
            let bob = accounts().bob;
            buy(&mut broker, bob, 1_000).unwrap();
            let job = submit(&mut broker, bob, 300).unwrap();
            // Nothing moves before the network ends the job.
            assert_eq!(broker.settle(job), Err(Error::NotEnded));
            set_state(job, JobState::Settled, 120);
            // Anyone may settle it.
            test::set_caller(accounts().django);
            assert_eq!(broker.settle(job), Ok(120));
            assert_eq!(broker.credits_of(bob), 880);
            assert_eq!(broker.reserved_total(), 0);
            assert_eq!(broker.reservation(job), None);
            // The charge went into the application stake; settling twice does nothing.
            assert_eq!(FAKE.with(|f| f.borrow().staked), 220);
            assert_eq!(broker.settle(job), Err(Error::UnknownJob));
            assert_eq!(broker.credits_of(bob), 880);
        }

        #[ink::test]
        fn a_charge_above_the_reservation_is_capped_at_what_the_user_signed() {
            let mut broker = deploy(100);
            let bob = accounts().bob;
            buy(&mut broker, bob, 1_000).unwrap();
            let job = submit(&mut broker, bob, 300).unwrap();
            set_state(job, JobState::Settled, 10_000);
            assert_eq!(broker.settle(job), Ok(300));
            assert_eq!(broker.credits_of(bob), 700);
        }

        #[ink::test]
        fn an_expired_or_refused_job_is_refunded_in_full() {
            let mut broker = deploy(100);
            let bob = accounts().bob;
            buy(&mut broker, bob, 1_000).unwrap();
            let expired = submit(&mut broker, bob, 300).unwrap();
            let refused = submit(&mut broker, bob, 200).unwrap();
            assert_eq!(broker.credits_of(bob), 500);
            set_state(expired, JobState::Unpaid, 0);
            set_state(refused, JobState::Unpaid, 0);
            assert_eq!(broker.settle(expired), Ok(0));
            assert_eq!(broker.settle(refused), Ok(0));
            assert_eq!(broker.credits_of(bob), 1_000);
            assert_eq!(broker.reserved_total(), 0);
            assert_eq!(FAKE.with(|f| f.borrow().staked), 100);
            // Bought, two submitted, two refunded.
            assert_eq!(test::recorded_events().len(), 5);
        }

        #[ink::test]
        fn unspent_credits_can_be_withdrawn_and_no_more() {
            let mut broker = deploy(0);
            let bob = accounts().bob;
            buy(&mut broker, bob, 1_000).unwrap();
            test::set_contract_balance(test::callee(), U256::from(1_000 * RATIO));
            test::set_caller(bob);
            assert_eq!(broker.withdraw(1_001), Err(Error::InsufficientCredits));
            assert_eq!(broker.withdraw(0), Err(Error::BadValue));
            assert_eq!(broker.withdraw(400), Ok(()));
            assert_eq!(broker.credits_of(bob), 600);
        }
    }
}
