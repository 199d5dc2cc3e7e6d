/* The in-page "Track this job" / "Track this interview" button: snapshots the page when
   clicked and shows the answer in the panel. */
(function (ns) {
  "use strict";

  async function track(button) {
    const label = button.textContent;
    button.disabled = true;
    button.textContent = "Tracking…";
    try {
      const answer = await ns.sendCapture(ns.takeSnapshot());
      ns.showPanel(answer.feedback);
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
  };

  ns.hideTrackButton = function hideTrackButton() {
    const button = document.getElementById("interview-follow-up-extension")
      ?.shadowRoot?.querySelector("button.track");
    if (button) button.hidden = true;
  };
})(globalThis.InterviewFollowUp);
