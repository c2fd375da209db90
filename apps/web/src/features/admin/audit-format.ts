import { formatCount, ROLES, type Role } from "@monitor/domain";

/** Actions with their own wording. Others read from their verb (`incident.create` → "Created"). */
const ACTION_LABELS: Record<string, string> = {
  "user.create": "Created user",
  "user.set_role": "Changed role",
  "user.deactivate": "Deactivated user",
  "user.reactivate": "Reactivated user",
  "user.reset_password": "Reset password",
  "user.change_password": "Changed own password",
};

const VERB_LABELS: Record<string, string> = {
  create: "Created",
  update: "Updated",
  delete: "Deleted",
  import: "Imported",
  restore: "Restored",
  set_status: "Changed status",
};

const FIELD_LABELS: Record<string, string> = {
  email: "Email",
  name: "Name",
  role: "Role",
  active: "Active",
  passwordSetBy: "Password set by",
  sessionsEnded: "Sessions ended",
  otherSessionsEnded: "Other sessions ended",
};

/** "set_status" → "Set status", "passwordSetBy" → "Password set by". */
function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What an audit entry's action did, in words: "user.set_role" → "Changed role". */
export function auditActionLabel(action: string): string {
  const known = ACTION_LABELS[action];
  if (known) return known;
  const verb = action.includes(".") ? action.slice(action.indexOf(".") + 1) : action;
  return VERB_LABELS[verb] ?? humanize(verb);
}

/** A snapshot field's name for people. */
export function auditFieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? humanize(field);
}

function isRole(v: unknown): v is Role {
  return typeof v === "string" && (ROLES as readonly string[]).includes(v);
}

/** A snapshot value, short: "yes"/"no", role labels, numbers with separators, "—" for none, JSON for the rest (cut at 80 characters). */
export function formatAuditValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return formatCount(value);
  // Roles read as the app names them elsewhere ("Analyst").
  if (field === "role" && isRole(value)) return humanize(value);
  if (typeof value === "string") return value;
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 79)}…` : json;
}

/** "cli:ayesha" → "Command line (ayesha)": changes made on the server have no signed-in user. */
export function auditActorLabel(actorId: string | null, actorLabel: string): string {
  if (actorId === null && actorLabel.startsWith("cli:")) return `Command line (${actorLabel.slice(4)})`;
  return actorLabel;
}
