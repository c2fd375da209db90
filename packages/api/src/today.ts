import { isoDateInZone } from "@monitor/domain";

/**
 * The zone "today" is counted in (overdue reviews, no future-dated updates, "status as of") unless
 * the app sets `APP_TIME_ZONE`: the app's users work in Pakistan and Afghanistan, where "today" is not
 * the UTC date between midnight and 05:00.
 */
export const DEFAULT_TIME_ZONE = "Asia/Karachi";

/** Today's date (YYYY-MM-DD) in a time zone. */
export function appToday(now: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  return isoDateInZone(now, timeZone);
}
