/** The accounts the e2e server is started with (created by `pnpm user:create`, the deployment path). Test-only passwords. */
export const E2E_USERS = {
  viewer: { email: "viewer@e2e.test", password: "viewer-password-e2e", role: "viewer" },
  analyst: { email: "analyst@e2e.test", password: "analyst-password-e2e", role: "analyst" },
  editor: { email: "editor@e2e.test", password: "editor-password-e2e", role: "editor" },
  admin: { email: "admin@e2e.test", password: "admin-password-e2e", role: "admin" },
  /** Only the throttling test signs in (and fails) as this one, so its lock affects no other test. */
  throttled: { email: "throttled@e2e.test", password: "throttled-password-e2e", role: "viewer" },
} as const;

export type E2ERole = "viewer" | "analyst" | "editor" | "admin";

/** Where the setup project keeps each role's signed-in browser state. */
export const storageStatePath = (role: E2ERole) => `test-results/.auth/${role}.json`;
