import { randomBytes } from "node:crypto";
import { type Database, getOrCreateSetting } from "@monitor/db";

export const MIN_SECRET_LENGTH = 32;

/**
 * The secret that signs session cookies: AUTH_SECRET when set (several app instances must share it),
 * otherwise one generated on first start and kept in the database's app_settings, so a fresh
 * embedded database works with no configuration and sessions survive restarts.
 */
export async function resolveAuthSecret(db: Database, configured: string | undefined): Promise<string> {
  if (configured) {
    if (configured.length < MIN_SECRET_LENGTH) {
      throw new Error(`AUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters; generate one with \`openssl rand -base64 32\`.`);
    }
    return configured;
  }
  return getOrCreateSetting(db, "auth_secret", () => randomBytes(32).toString("base64url"));
}
