//! Builds the runtime to wasm with substrate-wasm-builder when the `std` feature is on.
//! Set `SKIP_WASM_BUILD=1` for native-only work such as `cargo test`.

fn main() {
	#[cfg(feature = "std")]
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}
