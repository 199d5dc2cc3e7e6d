/**
 * The companion's settings the pages need: the user's time zone (times are shown in it; the
 * browser's zone when the companion has none or cannot say), the calendar feed address, and
 * whether the user's name or email is still missing.
 */

import { api } from "./messages.js";
import { browserZone, isKnownZone } from "./zoned-time.js";

/**
 * {zone, feedUrl, needsIdentity, companion}: feedUrl is null when the companion gives no feed
 * address; needsIdentity is true only when the companion answered and has no name or no email;
 * companion is the companion's own settings, null when it did not answer.
 */
export async function loadUserSettings() {
  const answer = await api("GET", "/api/settings");
  const settings = answer.ok ? answer.data : {};
  const zone = settings.settings?.zone;
  return {
    zone: isKnownZone(zone) ? zone : browserZone(),
    feedUrl: settings.calendar_feed_url || null,
    needsIdentity: answer.ok && !(settings.settings?.name && settings.settings?.email),
    companion: answer.ok ? settings.settings : null,
  };
}
