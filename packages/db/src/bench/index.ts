export * from "./database";
export * from "./naive";
export * from "./synthetic";
