/* The in-page "Track this job" / "Track this interview" button: snapshots the page when
   clicked and shows the answer in the panel. Above it, on a page already tracked, a second
   button says so ("Tracked · Applied · next: Follow up on your application, Fri 11 Dec") and
   opens the application. */
(function (ns) {
  "use strict";

  async function track(button) {
    const label = button.textContent;
    button.disabled = true;
    button.textContent = "Tracking…";
    try {
      const answer = await ns.sendCapture(await ns.takeSnapshot());
      ns.showPanel(answer.feedback);
      showTrackedStatus();
    } catch (error) {
      // The extension was reloaded or updated under this page: its old scripts are cut off.
      ns.showPanel({
        state: "error",
        headline: "Could not track this page",
        message: `Reload the page and try again (${error.message}).`,
        facts: [],
        fillable: [],
      });
    } finally {
      button.disabled = false;
      button.textContent = label;
    }
  }

  // Puts the button on the page for this site, or relabels it if it is already there.
  ns.mountTrackButton = function mountTrackButton(site) {
    const root = ns.shadowRoot();
    let button = root.querySelector("button.track");
    if (!button) {
      button = ns.el("button", { type: "button", class: "track" });
      // Only the user's own click (or key press) tracks: a page script's button.click() is not trusted.
      button.addEventListener("click", (event) => {
        if (event.isTrusted) track(button);
      });
      root.append(button);
    }
    button.textContent = site.label;
    button.hidden = false;
    showTrackedStatus();
  };

  const STATUS_WORDS = { saved: "Saved", applied: "Applied", interviewing: "Interviewing", offer: "Offer",
    accepted: "Accepted", rejected: "Rejected", withdrew: "Withdrawn" };

  // Asks the companion whether this page's job is tracked; quiet when it cannot say.
  ns.showTrackedStatus = showTrackedStatus;
  async function showTrackedStatus() {
    const root = ns.shadowRoot();
    let status = root.querySelector("button.tracked");
    let found;
    try {
      found = await ns.lookUpThisPage();
    } catch {
      return; // the extension was reloaded under the page
    }
    if (!found?.ok || !found.application) {
      if (status) status.hidden = true;
      return;
    }
    if (!status) {
      status = ns.el("button", { type: "button", class: "tracked" });
      status.addEventListener("click", (event) => {
        if (event.isTrusted) ns.openTracked().catch(() => {});
      });
      root.querySelector("button.track")?.before(status);
    }
    const next = found.next
      ? `next: ${found.next.what}, ${new Date(found.next.due).toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "short" })}`
      : null;
    status.textContent = ["Tracked", STATUS_WORDS[found.application.status] || found.application.status, next]
      .filter(Boolean).join(" · ");
    status.title = "Open it on the applications page";
    status.hidden = false;
  }

  ns.hideTrackButton = function hideTrackButton() {
    const button = document.getElementById("interview-follow-up-extension")
      ?.shadowRoot?.querySelector("button.track");
    if (button) button.hidden = true;
  };
})(globalThis.InterviewFollowUp);
