/**
 * The follow-ups still to act on (pending, and snoozed ones that come back later), loaded
 * the same way by the popup and by the badge; `get(path)` is whichever transport the caller
 * has and answers {ok, data} or {ok: false, error}.
 */

/** When a follow-up next asks for attention: the companion's next_due (its snooze end when snoozed). */
export function effectiveDue(followUp) {
  if (followUp.next_due) return new Date(followUp.next_due);
  return new Date(followUp.status === "snoozed" && followUp.snoozed_until ? followUp.snoozed_until : followUp.due);
}

/** Load the open follow-ups (pending or snoozed): {ok: true, followUps} or the failed answer. */
export async function loadOpenFollowUps(get) {
  const answer = await get("/api/followups?status=open");
  return answer.ok ? { ok: true, followUps: answer.data.followups } : answer;
}

/** The follow-ups due at `now` or before, soonest first. */
export function dueNow(followUps, now) {
  return followUps
    .filter((followUp) => effectiveDue(followUp) <= now)
    .sort((a, b) => effectiveDue(a) - effectiveDue(b));
}

/** The earliest due time after `now`, or null. */
export function nextDueAfter(followUps, now) {
  let next = null;
  for (const followUp of followUps) {
    const due = effectiveDue(followUp);
    if (due > now && (!next || due < next)) next = due;
  }
  return next;
}
