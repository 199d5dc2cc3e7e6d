/* The toolbar badge: how many follow-ups are due now, refreshed on an alarm and on request,
   with a notification the first time each one comes due. */
import { callCompanion } from "./companion-client.js";
import { notify } from "./notify.js";

const NOTIFIED_KEY = "notifiedFollowUps";
const NOTIFIED_KEPT = 500;

async function notifyNewlyDue(followUps) {
  const notified = new Set((await chrome.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY] || []);
  const fresh = followUps.filter((followUp) => !notified.has(followUp.key));
  if (!fresh.length) return;
  if (fresh.length === 1) {
    const followUp = fresh[0];
    const where = followUp.application ? ` (${followUp.application.title || ""} at ${followUp.application.company || ""})` : "";
    await notify(`due-${followUp.key}`, "A follow-up is due", `${followUp.label}${where}`);
  } else {
    await notify("due-several", `${fresh.length} follow-ups are due`, fresh.map((followUp) => followUp.label).join("\n"));
  }
  const kept = [...notified, ...fresh.map((followUp) => followUp.key)].slice(-NOTIFIED_KEPT);
  await chrome.storage.local.set({ [NOTIFIED_KEY]: kept });
}

export async function refreshBadge() {
  const dueBefore = encodeURIComponent(new Date().toISOString());
  const answer = await callCompanion({ path: `/api/followups?status=pending&due_before=${dueBefore}` });
  if (!answer.ok) {
    await chrome.action.setBadgeText({ text: "" });
    await chrome.action.setTitle({ title: `Interview Follow-Up — ${answer.error.message}` });
    return answer;
  }
  const followUps = answer.data.followups || [];
  await chrome.action.setBadgeBackgroundColor({ color: "#c53030" });
  await chrome.action.setBadgeText({ text: followUps.length ? String(followUps.length) : "" });
  await chrome.action.setTitle({
    title: followUps.length ? `Interview Follow-Up — ${followUps.length} due` : "Interview Follow-Up — nothing due",
  });
  await notifyNewlyDue(followUps);
  return { ok: true, due: followUps.length };
}
