import "server-only";
import { readDbEnv } from "@monitor/db";

/** The only place in the app that reads the environment (server side). */
export const serverEnv = {
  ...readDbEnv(process.env),
};
