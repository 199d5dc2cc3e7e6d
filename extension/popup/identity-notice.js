/**
 * The popup's reminder to add the user's name and email (drafts are signed with them, and
 * invites to that address leave the user out of the people to thank); "Not now" hides it for
 * the rest of the browser session.
 */

import { el } from "../shared/dom.js";

const DISMISSED_KEY = "identityNoticeDismissed";

/** The notice drawn into `slot`: call update(needed) with each load of the settings. */
export function createIdentityNotice(slot, { onDismissed = () => {} } = {}) {
  // Read at once, so the answer is there before the companion's data is.
  const dismissed = chrome.storage.session.get(DISMISSED_KEY)
    .then((stored) => Boolean(stored[DISMISSED_KEY]))
    .catch(() => false);

  const dismiss = () => {
    slot.replaceChildren();
    chrome.storage.session.set({ [DISMISSED_KEY]: true }).catch(() => {});
    onDismissed();
  };

  const notice = () => el("section", { class: "notice warn identity-notice", "aria-labelledby": "identity-notice-text" },
    el("p", { id: "identity-notice-text" }, "Add your name and email so drafts are signed and invites leave you out"),
    el("div", { class: "actions" },
      el("button", { type: "button", class: "primary", onClick: () => chrome.runtime.openOptionsPage() }, "Open options"),
      el("button", { type: "button", onClick: dismiss }, "Not now")));

  return {
    async update(needed) {
      if (!needed || (await dismissed)) slot.replaceChildren();
      else if (!slot.firstChild) slot.replaceChildren(notice());
    },
  };
}
