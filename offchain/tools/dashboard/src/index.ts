/**
 * @sibyl/dashboard: the network explorer (docs/dashboard.md).
 *
 * - {@link startDashboard}: chain connection, indexer, web app and JSON API in one call.
 * - {@link Indexer}: follows finalized blocks into a bounded, saved {@link History}.
 * - {@link applyBlock}: the aggregation of one block's events (pure; what the indexer runs).
 * - The headless-browser helper for tests and screenshots is `@sibyl/dashboard/browser`.
 */
export { startDashboard, type Dashboard, type DashboardOptions } from './dashboard.js';
export { Indexer, type IndexerOptions, type IndexerStatus } from './indexer.js';
export { HistoryStore } from './history-store.js';
export { applyBlock } from './aggregate.js';
export { usageView, qualityView, supplierHistory, modelHistory, sessionTotals } from './views.js';
export { parsePrometheus } from './metrics.js';
export { DEFAULT_BOUNDS, emptyHistory, type BlockFacts, type DashboardEvent, type History, type HistoryBounds } from './model.js';
