/* Where the in-page "Track" button appears: one named predicate per supported site, each
   saying whether the page at a given address shows a job or a calendar. The manifest's
   content-script matches must list the same hosts. */
(function (ns) {
  "use strict";

  const hasParam = (url, name) => url.searchParams.has(name);
  const isHost = (url, host) => url.hostname === host;
  const isSubdomainOf = (url, domain) =>
    url.hostname === domain || url.hostname.endsWith(`.${domain}`);

  // https://www.linkedin.com/jobs/view/3561224688/ and the search list with a job open
  // (https://www.linkedin.com/jobs/search/?currentJobId=3561224688).
  const isLinkedInJob = (url) =>
    isHost(url, "www.linkedin.com") &&
    (/^\/jobs\/view\/[^/]*\d+/.test(url.pathname) || hasParam(url, "currentJobId"));

  // https://boards.greenhouse.io/anthropic/jobs/4182383008,
  // https://job-boards.greenhouse.io/scaleai/jobs/4463131005
  const isGreenhouseJob = (url) =>
    (isHost(url, "boards.greenhouse.io") || isHost(url, "job-boards.greenhouse.io")) &&
    (/\/jobs\/\d+/.test(url.pathname) || hasParam(url, "gh_jid") || hasParam(url, "token"));

  // https://jobs.lever.co/acme/0b0c6b1e-8d7a-4a8e-9f4e-2a1e5f0c9d11 (and its /apply page)
  const isLeverJob = (url) =>
    isHost(url, "jobs.lever.co") && /^\/[^/]+\/[0-9a-f-]{16,}/i.test(url.pathname);

  // https://acme.wd5.myworkdayjobs.com/en-US/careers/job/Austin-TX/Engineer_R12345
  const isWorkdayJob = (url) =>
    isSubdomainOf(url, "myworkdayjobs.com") && /\/job\//.test(url.pathname);

  // https://www.indeed.com/viewjob?jk=abc123 and a search list with a job open (?vjk=abc123)
  const isIndeedJob = (url) =>
    isSubdomainOf(url, "indeed.com") &&
    (url.pathname.startsWith("/viewjob") || hasParam(url, "vjk") || hasParam(url, "jk"));

  // https://calendar.google.com/calendar/u/0/r/week
  const isGoogleCalendar = (url) =>
    isHost(url, "calendar.google.com") && url.pathname.startsWith("/calendar/");

  // https://outlook.office.com/calendar/view/week, outlook.live.com, outlook.office365.com
  const isOutlookCalendar = (url) =>
    ["outlook.live.com", "outlook.office.com", "outlook.office365.com"].includes(url.hostname) &&
    url.pathname.startsWith("/calendar/");

  ns.SITES = [
    { name: "linkedin", label: "Track this job", shows: isLinkedInJob },
    { name: "greenhouse", label: "Track this job", shows: isGreenhouseJob },
    { name: "lever", label: "Track this job", shows: isLeverJob },
    { name: "workday", label: "Track this job", shows: isWorkdayJob },
    { name: "indeed", label: "Track this job", shows: isIndeedJob },
    { name: "google_calendar", label: "Track this interview", shows: isGoogleCalendar },
    { name: "outlook_calendar", label: "Track this interview", shows: isOutlookCalendar },
  ];

  // The site whose predicate accepts this address, or undefined when the page shows
  // nothing to track (yet).
  ns.siteFor = function siteFor(href) {
    let url;
    try {
      url = new URL(href);
    } catch {
      return undefined;
    }
    return ns.SITES.find((site) => site.shows(url));
  };
})(globalThis.InterviewFollowUp);
