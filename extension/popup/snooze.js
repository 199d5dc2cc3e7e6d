/**
 * The snooze choices offered on a follow-up, as UTC instants: one day from now, Monday
 * morning, or a picked date's morning, mornings read in the user's zone.
 */

import { addDays, parseIsoDate, zonedParts, zonedTimeToUtc } from "../shared/zoned-time.js";

const MORNING_HOUR = 9;
const MONDAY = 1;

/** Exactly one day after now. */
export function oneDayFrom(now) {
  return new Date(now.getTime() + 24 * 3600e3);
}

/** 09:00 on the next Monday after today in the zone (a week ahead when today is Monday). */
export function nextMondayMorning(now, zone) {
  const today = zonedParts(now, zone);
  const daysAhead = ((MONDAY - today.weekday + 7) % 7) || 7;
  return zonedTimeToUtc({ ...addDays(today, daysAhead), hour: MORNING_HOUR }, zone);
}

/** 09:00 on a picked date (from <input type=date>) in the zone; an error when not in the future. */
export function pickedDateMorning(value, now, zone) {
  const date = parseIsoDate(value);
  if (!date) return { error: "Pick a date to snooze until." };
  const until = zonedTimeToUtc({ ...date, hour: MORNING_HOUR }, zone);
  if (until <= now) return { error: "Pick a date after today." };
  return { until };
}
