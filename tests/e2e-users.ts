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

/**
 * Where a run writes its results, saved sign-ins and screenshots. E2E_OUTPUT_DIR lets two runs on one
 * machine (each with its own E2E_PORT, E2E_DATA_DIR and NEXT_DIST_DIR) keep apart.
 */
export const E2E_OUTPUT = process.env.E2E_OUTPUT_DIR ?? "test-results";

/** Where the setup project keeps each role's signed-in browser state. */
export const storageStatePath = (role: E2ERole) => `${E2E_OUTPUT}/.auth/${role}.json`;

/** Where a spec saves a page screenshot for a human look. */
export const screenshotPath = (name: string) => `${E2E_OUTPUT}/pages/${name}.png`;
