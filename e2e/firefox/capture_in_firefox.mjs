/* Drives Debian's Firefox ESR with the packaged extension (puppeteer-core over WebDriver BiDi;
   no browser is downloaded): installs the add-on as a temporary one, serves a saved job page
   under its real address, clicks the in-page "Track this job" button, "I applied", then the "Tracked" button
   that opens the application in the extension's own page, and the popup's page. Prints what the
   user saw as JSON;
   e2e/test_firefox.py starts the companion and checks what it stored.

   Environment: FIREFOX_PATH, EXTENSION_DIR (the unpacked Firefox package), HOME (where the
   companion's native host is registered, so the extension pairs by itself), PAGE_URL,
   PAGE_FILE, ARTIFACTS (where the screenshots go). */
import { readFileSync } from "node:fs";
import puppeteer from "puppeteer-core";

const env = (name) => {
  if (!process.env[name]) throw new Error(`${name} is not set`);
  return process.env[name];
};
const loopback = /^https?:\/\/(127\.0\.0\.1|localhost)[:/]/;

async function newPage(browser, before) {
  for (let tries = 0; tries < 100; tries += 1) {
    const opened = (await browser.pages()).find((page) => !before.has(page));
    if (opened) return opened;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("no new tab was opened");
}

const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath: env("FIREFOX_PATH"),
  headless: true,
  env: { ...process.env, HOME: env("HOME"), MOZ_CRASHREPORTER_DISABLE: "1" },
});
try {
  await browser.installExtension(env("EXTENSION_DIR"));
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 700 });
  const body = readFileSync(env("PAGE_FILE"));
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    if (request.url().split("#")[0] === env("PAGE_URL")) {
      request.respond({ status: 200, contentType: "text/html; charset=utf-8", body });
    } else if (loopback.test(request.url())) request.continue();
    else request.abort(); // no network here: nothing else is fetched
  });
  await page.goto(env("PAGE_URL"));
  // The extension's controls live in its shadow root, which puppeteer's waits do not watch: poll.
  const shadowed = (selector) => page.waitForFunction(
    (wanted) => document.getElementById("interview-follow-up-extension")?.shadowRoot?.querySelector(wanted),
    { polling: 200, timeout: 30_000 }, selector);
  const track = await shadowed("button.track");
  const label = await track.evaluate((button) => button.textContent);
  await track.click();
  const panel = await shadowed("section.panel.understood");
  const panelText = await panel.evaluate((section) => section.innerText);
  // "I applied" in the panel records it: the follow-up on the application is planned.
  await (await shadowed("button.applied")).click();
  const tracked = await shadowed("button.tracked:not([hidden])");
  await page.waitForFunction((button) => button.textContent.includes("Applied · next:"), { polling: 200, timeout: 30_000 }, tracked);
  const trackedText = await tracked.evaluate((button) => button.textContent);
  await page.screenshot({ path: `${env("ARTIFACTS")}/firefox-job-page-tracked.png` });

  // "Tracked · …" opens the application on the extension's applications page, in a new tab.
  // (Firefox's BiDi reports an extension page's address as about:blank: the new tab is found as new.)
  const before = new Set(await browser.pages());
  await tracked.click();
  const applications = await newPage(browser, before);
  await applications.setViewport({ width: 1000, height: 700 });
  await applications.waitForFunction(() => document.body?.dataset.state === "ready", { timeout: 20_000 });
  const applicationsUrl = await applications.evaluate(() => location.href);
  const applicationsText = await applications.evaluate(() => document.body.innerText);
  await applications.screenshot({ path: `${env("ARTIFACTS")}/firefox-applications-page.png` });

  // The popup's own page, opened from the extension's page as its "Follow-ups" link would.
  await applications.evaluate(() => location.assign(new URL("../popup/popup.html", location.href)));
  await applications.setViewport({ width: 380, height: 600 });
  await applications.waitForFunction(() => location.pathname.endsWith("/popup/popup.html")
    && ["ready", "empty"].includes(document.body?.dataset.state), { timeout: 20_000 });
  const popupText = await applications.evaluate(() => document.body.innerText);
  await applications.screenshot({ path: `${env("ARTIFACTS")}/firefox-popup.png` });
  console.log(JSON.stringify({ label, panelText, trackedText, applicationsUrl, applicationsText, popupText }));
} finally {
  await browser.close();
}
