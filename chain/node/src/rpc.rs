//! The JSON-RPC methods the node serves besides Substrate's own (chain, state, author, system):
//! account nonces (`system_accountNextIndex`) and fee estimates (`payment_queryInfo`), which
//! Polkadot.js uses to sign and price transactions.

use std::sync::Arc;

use jsonrpsee::RpcModule;
use polkadot_sdk::{
	pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer},
	sc_transaction_pool_api::TransactionPool,
	sp_api::ProvideRuntimeApi,
	sp_block_builder::BlockBuilder,
	sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata},
	substrate_frame_rpc_system::{System, SystemApiServer},
};
use sibyl_runtime::{opaque::Block, AccountId, Balance, Nonce};

/// What the RPC methods read.
pub struct FullDeps<C, P> {
	/// The client.
	pub client: Arc<C>,
	/// The transaction pool.
	pub pool: Arc<P>,
}

/// The node's RPC methods beyond Substrate's defaults.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ HeaderMetadata<Block, Error = BlockChainError>
		+ Send
		+ Sync
		+ 'static,
	C::Api: polkadot_sdk::substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>,
	C::Api: polkadot_sdk::pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<
		Block,
		Balance,
	>,
	C::Api: BlockBuilder<Block>,
	P: TransactionPool + 'static,
{
	let mut module = RpcModule::new(());
	let FullDeps { client, pool } = deps;
	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client).into_rpc())?;
	Ok(module)
}
