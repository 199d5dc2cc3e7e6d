/* The supported sites, declared once: for each, the addresses the content script runs on (in
   the manifest's match-pattern syntax; manifest.json's content_scripts matches are exactly
   their union), which of those pages show something to track (the in-page "Track" button
   appears there), and the companion reader that reads them (companion/reading/...: its NAME;
   the webmail sites' is in companion/reading/messages/webmail.py).
   tests/extension/test_supported_sites.py checks the manifest, these predicates and the
   companion's readers against real addresses (tests/extension/site_urls.json). */
(function (ns) {
  "use strict";

  const hasParam = (url, name) => url.searchParams.has(name);

  ns.SITES = [
    {
      name: "linkedin", reader: "linkedin", label: "Track this job",
      // https://www.linkedin.com/jobs/view/3561224688/, a country's guest page
      // (https://ca.linkedin.com/jobs/view/...-3675324241), a search list with a job open (?currentJobId=)
      matches: ["https://*.linkedin.com/jobs/*"],
      shows: (url) => /^\/jobs\/view\/[^/]*\d+/.test(url.pathname) || hasParam(url, "currentJobId"),
    },
    {
      name: "greenhouse", reader: "greenhouse", label: "Track this job",
      // https://boards.greenhouse.io/anthropic/jobs/4182383008, https://job-boards.eu.greenhouse.io/acme/jobs/4012345101
      matches: ["https://boards.greenhouse.io/*", "https://job-boards.greenhouse.io/*",
        "https://boards.eu.greenhouse.io/*", "https://job-boards.eu.greenhouse.io/*"],
      shows: (url) => /\/jobs\/\d+/.test(url.pathname) || hasParam(url, "gh_jid") || hasParam(url, "token"),
    },
    {
      name: "lever", reader: "lever", label: "Track this job",
      // https://jobs.lever.co/acme/0b0c6b1e-8d7a-4a8e-9f4e-2a1e5f0c9d11 (and its /apply page)
      matches: ["https://jobs.lever.co/*", "https://jobs.eu.lever.co/*"],
      shows: (url) => /^\/[^/]+\/[0-9a-f-]{16,}/i.test(url.pathname),
    },
    {
      name: "workday", reader: "workday", label: "Track this job",
      // https://acme.wd5.myworkdayjobs.com/en-US/careers/job/Austin-TX/Engineer_R12345, and a job opened
      // from a search list: https://salesforce.wd12.myworkdayjobs.com/en-US/External_Career_Site/details/Title_JR268932
      matches: ["https://*.myworkdayjobs.com/*"],
      shows: (url) => /\/(job|details)\//.test(url.pathname),
    },
    {
      name: "indeed", reader: "indeed", label: "Track this job",
      // https://www.indeed.com/viewjob?jk=abc123 and a search list with a job open (?vjk=abc123)
      matches: ["https://*.indeed.com/*"],
      shows: (url) => url.pathname.startsWith("/viewjob") || hasParam(url, "vjk") || hasParam(url, "jk"),
    },
    {
      name: "google_calendar", reader: "google_calendar", label: "Track this interview",
      // https://calendar.google.com/calendar/u/0/r/week
      matches: ["https://calendar.google.com/calendar/*"],
      shows: () => true,
    },
    {
      name: "outlook_calendar", reader: "outlook_calendar", label: "Track this interview",
      // https://outlook.office.com/calendar/view/week, outlook.live.com, outlook.office365.com
      matches: ["https://outlook.live.com/calendar/*", "https://outlook.office.com/calendar/*",
        "https://outlook.office365.com/calendar/*"],
      shows: () => true,
    },
    {
      name: "gmail", reader: "gmail", label: "Track this e-mail",
      // A conversation open: https://mail.google.com/mail/u/0/#inbox/FMfcgzGwHfPtwBZQnWkCkxvpbdlLqrkJ
      // (also #all/…, #label/Jobs/…, #search/acme/…); not the list itself (#inbox).
      matches: ["https://mail.google.com/mail/*"],
      shows: (url) => /^#[^/]+(?:\/[^/]+)*\/[A-Za-z0-9_-]{16,}$/.test(url.hash),
    },
    {
      name: "outlook_mail", reader: "outlook_mail", label: "Track this e-mail",
      // A message open: https://outlook.office.com/mail/inbox/id/AAQkAGI2…, outlook.live.com/mail/0/inbox/id/…
      matches: ["https://outlook.live.com/mail/*", "https://outlook.office.com/mail/*",
        "https://outlook.office365.com/mail/*"],
      shows: (url) => /\/id\/[^/]+/.test(url.pathname),
    },
  ];

  // A match pattern as the browser reads it: scheme://host/path, the host exact or "*.domain"
  // (the domain and every subdomain), "*" in the path standing for anything.
  ns.matchesPattern = function matchesPattern(url, pattern) {
    const [, scheme, host, path] = /^([a-z]+):\/\/([^/]+)(\/.*)$/.exec(pattern);
    if (url.protocol !== `${scheme}:`) return false;
    const hostOk = host.startsWith("*.")
      ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1))
      : url.hostname === host;
    const glob = new RegExp(`^${path.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
    return hostOk && glob.test(url.pathname + url.search);
  };

  // The site whose addresses include this one and whose page shows something to track, or
  // undefined when there is nothing to track here (yet).
  ns.siteFor = function siteFor(href) {
    let url;
    try {
      url = new URL(href);
    } catch {
      return undefined;
    }
    return ns.SITES.find((site) => site.matches.some((pattern) => ns.matchesPattern(url, pattern)) && site.shows(url));
  };
})(globalThis.InterviewFollowUp);
