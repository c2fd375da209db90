export { createTestDb } from "./create-test-db";
export { makeDataset } from "./factories";
export { appTables, currentDatabase, tableContents, tableRowCounts } from "./row-counts";
export { expireSessionsOf, sessionRowsOf } from "./sessions";
