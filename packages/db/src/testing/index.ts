export { createTestDb } from "./create-test-db";
export { makeDataset } from "./factories";
export { expireSessionsOf, sessionRowsOf } from "./sessions";
