import "server-only";
import { DEFAULT_TIME_ZONE } from "@monitor/api";
import { readDbEnv } from "@monitor/db";
import { z } from "zod";

const AuthEnv = z.object({
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters; generate one with `openssl rand -base64 32`.").optional(),
  AUTH_URL: z.url("AUTH_URL must be the app's public URL, e.g. https://monitor.example.org.").optional(),
  AUTH_TRUSTED_ORIGINS: z.string().optional(),
  AUTH_TRUSTED_PROXIES: z.string().optional(),
});

const list = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean);

function readAuthEnv(env: Record<string, string | undefined>) {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "" && v !== undefined));
  const parsed = AuthEnv.parse({
    AUTH_SECRET: clean.AUTH_SECRET,
    AUTH_URL: clean.AUTH_URL,
    AUTH_TRUSTED_ORIGINS: clean.AUTH_TRUSTED_ORIGINS,
  });
  return {
    AUTH_SECRET: parsed.AUTH_SECRET,
    AUTH_URL: parsed.AUTH_URL?.replace(/\/$/, ""),
    AUTH_TRUSTED_ORIGINS: list(parsed.AUTH_TRUSTED_ORIGINS),
    AUTH_TRUSTED_PROXIES: list(parsed.AUTH_TRUSTED_PROXIES),
  };
}

/** APP_TIME_ZONE: an IANA zone ("Asia/Karachi"), checked at start so a typo fails loudly. */
function readAppTimeZone(value: string | undefined): string {
  const zone = value?.trim() || DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
  } catch {
    throw new Error(`APP_TIME_ZONE "${zone}" is not a time zone; use an IANA name such as Asia/Karachi or UTC.`);
  }
  return zone;
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
function readLogLevel(value: string | undefined): (typeof LOG_LEVELS)[number] {
  const level = value?.trim().toLowerCase() || "info";
  if (!(LOG_LEVELS as readonly string[]).includes(level)) throw new Error(`LOG_LEVEL "${value}" is not one of ${LOG_LEVELS.join(", ")}.`);
  return level as (typeof LOG_LEVELS)[number];
}

/** ANSWER_CACHE_MB: memory for cached read answers (default 64; 0 turns the cache off). */
function readAnswerCacheMb(value: string | undefined): number {
  const text = value?.trim() || "64";
  const mb = Number(text);
  if (!Number.isFinite(mb) || mb < 0) throw new Error(`ANSWER_CACHE_MB "${value}" is not a number of megabytes (0 turns the cache off).`);
  return mb;
}

/** The only place in the app that reads the environment (server side). */
export const serverEnv = {
  ...readDbEnv(process.env),
  ...readAuthEnv(process.env),
  APP_TIME_ZONE: readAppTimeZone(process.env.APP_TIME_ZONE),
  /** The Chromium binary that prints briefings to PDF (the system's; the app never downloads a browser). */
  CHROMIUM_PATH: process.env.CHROMIUM_PATH?.trim() || "/usr/bin/chromium",
  /** The structured log's level: fatal, error, warn, info (default), debug, trace or silent. */
  LOG_LEVEL: readLogLevel(process.env.LOG_LEVEL),
  /** Memory for the read procedures' answer cache, in MB (packages/api/src/answer-cache.ts); 0 turns it off. */
  ANSWER_CACHE_MB: readAnswerCacheMb(process.env.ANSWER_CACHE_MB),
};
