/**
 * Sorting pending follow-ups into what the popup shows: overdue, due today (in the user's
 * zone) and coming up, each in due order. A snoozed follow-up counts from its new time.
 */

import { effectiveDue } from "../shared/open-followups.js";
import { addDays, zonedParts, zonedTimeToUtc } from "../shared/zoned-time.js";

/** Split follow-ups into {overdue, today, upcoming}, each sorted soonest first. */
export function groupFollowUps(followUps, now, zone) {
  // One zone conversion for the whole list: today ends where tomorrow starts in the zone.
  const tomorrow = addDays(zonedParts(now, zone), 1);
  const todayEnds = zonedTimeToUtc({ ...tomorrow, hour: 0, minute: 0 }, zone);
  const groups = { overdue: [], today: [], upcoming: [] };
  const sorted = followUps
    .map((followUp) => ({ followUp, due: effectiveDue(followUp) }))
    .sort((a, b) => a.due - b.due || a.followUp.id - b.followUp.id);
  for (const entry of sorted) {
    if (entry.due <= now) groups.overdue.push(entry);
    else if (entry.due < todayEnds) groups.today.push(entry);
    else groups.upcoming.push(entry);
  }
  return groups;
}
