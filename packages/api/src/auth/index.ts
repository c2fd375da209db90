export { type Auth, type AuthOptions, createAuth, SESSION_TTL_SECONDS } from "./create-auth";
export { checkMutationOrigin } from "./csrf";
export { resolveAuthSecret } from "./secret";
export { resolveSession } from "./session";
