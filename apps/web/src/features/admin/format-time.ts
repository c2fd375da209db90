/**
 * "14:05 UTC": the time of a server timestamp (ISO, UTC). Times stay in UTC, the zone the audit log's date
 * filters use, so a row and its filter always agree and the server and the browser render the same text.
 */
export function formatTime(iso: string): string {
  return `${iso.slice(11, 16)} UTC`;
}
