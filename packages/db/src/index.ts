export { type CreateDbOptions, createDb, type Database, type DbHandle } from "./client";
export { exportDataset } from "./dataset/export";
export { type ImportOptions, type ImportSummary, importDataset } from "./dataset/import";
export { readDbEnv } from "./env";
export { MIGRATIONS_FOLDER, runMigrations } from "./migrate";
export * from "./queries/audit";
export * from "./queries/dashboard";
export * from "./queries/events";
export * from "./queries/groups";
export * from "./queries/incidents";
export * from "./queries/recommendations";
export * from "./queries/search";
export * from "./queries/sign-in";
export * from "./queries/sources";
export * from "./queries/statistics";
export * from "./queries/users";
/** The tables Better Auth's Drizzle adapter reads and writes, keyed by its model names. */
export { accounts, rateLimits, sessions, users, verifications } from "./schema/auth";
