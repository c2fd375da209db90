export { createTestDb } from "./create-test-db";
export { makeDataset } from "./factories";
export { appTables, currentDatabase, tableContents, tableRowCounts } from "./row-counts";
export { expireSessionsOf, sessionRowsOf } from "./sessions";
export { type CuttableProxy, canConnect, startProxy } from "./tcp-proxy";
