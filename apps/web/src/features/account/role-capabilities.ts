import { ROLES, type Role } from "@monitor/domain";

/**
 * What each role adds to the one before it (viewer < analyst < editor < admin). The server enforces these;
 * this is how the app explains them.
 */
export const ROLE_ADDS: Record<Role, { summary: string; sentence: string; items: readonly string[] }> = {
  viewer: {
    summary: "Reads the dashboards.",
    sentence: "reads the dashboards and changes nothing.",
    items: ["Read the overview, map, trends, incidents, figures, groups, sources and recommendations"],
  },
  analyst: {
    summary: "Also exports, saves views and assesses recommendations.",
    sentence: "reads the dashboards, exports, saves views, and records recommendation status updates and notes.",
    items: ["Export charts and briefings (PDF, PNG, CSV)", "Save views", "Record recommendation status updates and notes"],
  },
  editor: {
    summary: "Also enters and imports data.",
    sentence: "everything an analyst can, plus data entry and CSV imports.",
    items: ["Enter and correct incidents, figures, groups, sources and recommendations", "Import CSV files"],
  },
  admin: {
    summary: "Also manages users and roles and reads the audit log.",
    sentence: "everything an editor can, plus users, roles and the audit log.",
    items: ["Create users, change their roles, deactivate them and reset their passwords", "Read the audit log"],
  },
};

/** The roles from viewer up to `role`: everything a user with `role` can do. */
export function rolesUpTo(role: Role): Role[] {
  return ROLES.slice(0, ROLES.indexOf(role) + 1);
}
