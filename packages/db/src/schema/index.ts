export * from "./audit";
export * from "./auth";
export * from "./events";
export * from "./groups";
export * from "./incidents";
export * from "./recommendations";
export * from "./sources";
export * from "./statistics";
