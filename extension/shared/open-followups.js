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

// The popup's first page: a few screens (it builds 12 rows first), far less than a year of follow-ups.
export const FIRST_PAGE = 50;
// The most the badge asks for at once; it shows "99+" past 99.
const DUE_PAGE = 1000;

/**
 * One page of the open follow-ups (pending or snoozed), soonest first: {ok: true, followUps,
 * nextCursor} (nextCursor null on the last page) or the failed answer.
 */
export async function loadOpenFollowUps(get, { limit = FIRST_PAGE, after = null } = {}) {
  const query = new URLSearchParams({ status: "open", limit: String(limit), ...(after ? { after } : {}) });
  const answer = await get(`/api/followups?${query}`);
  return answer.ok ? { ok: true, followUps: answer.data.followups, nextCursor: answer.data.next_cursor ?? null } : answer;
}

/** What the badge needs: the open follow-ups due by `now`, and the first due after it: {ok, due, next}. */
export async function loadDueAndNext(get, now) {
  const at = now.toISOString();
  const [due, next] = await Promise.all([
    get(`/api/followups?${new URLSearchParams({ status: "open", due_before: at, limit: String(DUE_PAGE) })}`),
    get(`/api/followups?${new URLSearchParams({ status: "open", due_after: at, limit: "1" })}`),
  ]);
  if (!due.ok) return due;
  const following = next.ok ? next.data.followups[0] : null;
  return { ok: true, due: due.data.followups, next: following ? effectiveDue(following) : null };
}
