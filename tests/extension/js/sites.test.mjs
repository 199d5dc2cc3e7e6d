// Where the in-page Track button appears (extension/content/sites.js): on the supported
// sites' job and calendar pages, and nowhere else. Run with `node --test tests/js/`.
import assert from "node:assert/strict";
import { test } from "node:test";

globalThis.InterviewFollowUp = {};
await import("../../../extension/content/sites.js");
const { siteFor } = globalThis.InterviewFollowUp;

const shows = (url) => siteFor(url)?.name;

test("job pages of each supported board get a Track this job button", () => {
  const jobs = {
    "https://www.linkedin.com/jobs/view/3561224688/": "linkedin",
    "https://www.linkedin.com/jobs/view/power-monitoring-engineer-at-google-3561224688": "linkedin",
    "https://www.linkedin.com/jobs/search/?currentJobId=3561224688&keywords=engineer": "linkedin",
    "https://boards.greenhouse.io/anthropic/jobs/4182383008": "greenhouse",
    "https://job-boards.greenhouse.io/scaleai/jobs/4463131005": "greenhouse",
    "https://jobs.lever.co/acme/0b0c6b1e-8d7a-4a8e-9f4e-2a1e5f0c9d11": "lever",
    "https://acme.wd5.myworkdayjobs.com/en-US/careers/job/Austin-TX/Engineer_R12345": "workday",
    "https://www.indeed.com/viewjob?jk=abc123": "indeed",
    "https://uk.indeed.com/jobs?q=engineer&vjk=abc123": "indeed",
  };
  for (const [url, site] of Object.entries(jobs)) {
    assert.equal(shows(url), site, url);
    assert.equal(siteFor(url).label, "Track this job");
  }
});

test("calendars get a Track this interview button", () => {
  for (const url of [
    "https://calendar.google.com/calendar/u/0/r/week",
    "https://outlook.office.com/calendar/view/week",
    "https://outlook.live.com/calendar/0/view/month",
  ]) {
    assert.equal(siteFor(url).label, "Track this interview", url);
  }
});

test("pages that show no job, and look-alike hosts, get no button", () => {
  for (const url of [
    "https://www.linkedin.com/jobs/",
    "https://www.linkedin.com/feed/",
    "https://boards.greenhouse.io/anthropic",
    "https://jobs.lever.co/acme",
    "https://acme.wd5.myworkdayjobs.com/en-US/careers",
    "https://www.indeed.com/",
    "https://outlook.office.com/mail/inbox",
    "https://www.linkedin.com.evil.example/jobs/view/123",
    "https://notmyworkdayjobs.com/x/job/1",
    "not a url",
  ]) {
    assert.equal(siteFor(url), undefined, url);
  }
});
