// Jest runs the TypeScript sources as ESM (node --experimental-vm-modules, see `npm run test:ts`).
// ts-jest only transpiles; `npm run typecheck` does the type checking once for the whole tree.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }] },
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/offchain/*/*/src/**/*.test.ts'],
  testTimeout: 120_000,
  // Chopsticks' wasm executor runs in a worker thread that outlives the test's close().
  forceExit: true,
};
