// Sibyl needs no hand-written type definitions: every type comes from the runtime metadata
// (see scripts/typegen.ts). This file exists because @polkadot/typegen reads definitions here.
export {};
