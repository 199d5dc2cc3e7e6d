/**
 * The follow-ups still to act on (pending, and snoozed ones that wake up later), loaded the
 * same way by the popup and by the badge; `get(path)` is whichever transport the caller has
 * and answers {ok, data} or {ok: false, error}.
 */

/** When a follow-up is next due: its snooze time when snoozed, else its due time. */
export function effectiveDue(followUp) {
  return new Date(followUp.status === "snoozed" && followUp.snoozed_until ? followUp.snoozed_until : followUp.due);
}

/** Load pending and snoozed follow-ups: {ok: true, followUps} or the failed answer. */
export async function loadOpenFollowUps(get) {
  const [pending, snoozed] = await Promise.all([
    get("/api/followups?status=pending"),
    get("/api/followups?status=snoozed"),
  ]);
  if (!pending.ok) return pending;
  const byId = new Map();
  for (const followUp of [...pending.data.followups, ...(snoozed.ok ? snoozed.data.followups : [])]) {
    byId.set(followUp.id, followUp);
  }
  return { ok: true, followUps: [...byId.values()] };
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
