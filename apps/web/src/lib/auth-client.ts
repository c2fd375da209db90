"use client";

import { createAuthClient } from "better-auth/react";

/** Better Auth's browser client, on this site's /api/auth. Only sign-in and sign-out use it. */
export const authClient = createAuthClient();
