/* Content-script entry on the supported sites: shows the Track button while the page shows a
   job or a calendar, following the single-page apps' in-page navigation. It reads nothing
   from the page until the user clicks. */
(function (ns) {
  "use strict";

  if (ns.started) return; // injected twice (extension reload): one button is enough
  ns.started = true;

  function update() {
    const site = ns.siteFor(location.href);
    if (site) ns.mountTrackButton(site);
    else ns.hideTrackButton();
  }

  update();
  // LinkedIn, Indeed, Workday and the webmails change the address without loading a new page
  // (Gmail only its fragment).
  if (globalThis.navigation) globalThis.navigation.addEventListener("navigatesuccess", update);
  window.addEventListener("popstate", update);
  window.addEventListener("hashchange", update);
})(globalThis.InterviewFollowUp);
