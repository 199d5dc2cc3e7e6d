"""The supported sites are declared once, in extension/content/sites.js (each site's match patterns,
which of its pages show the Track button, its companion reader). This proves that the manifest,
the content script and the companion's readers agree on real addresses
(tests/extension/site_urls.json, the one list of them, and the corpus's pages with their recorded
addresses):

- the manifest lists exactly the sites' patterns, and the browser (its match-pattern rules,
  written out here independently of sites.js) runs the content script on an address exactly when
  sites.js's own matching puts it on a site;
- wherever the content script runs for a site, the companion reads the page with that site's
  reader (so every page with the button is read by its own reader);
- every real job page that a site's reader reads shows that site's button.

tests/extension/js/sites.test.mjs checks the same list's expected button (site or none) for each
address against sites.js."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from companion.domain.facts import Snapshot
from companion.reading.pages.html import Page
from companion.reading.messages import webmail
from companion.reading.pages.registry import EXTRACTORS
from fixture_files import CORPUS_PAGES, corpus_missing

ROOT = Path(__file__).parents[2]
SITE_URLS = json.loads((ROOT / "tests" / "extension" / "site_urls.json").read_text(encoding="utf-8"))["urls"]
MANIFEST = json.loads((ROOT / "manifest.json").read_text(encoding="utf-8"))

# Loads sites.js as the browser does (a classic script on a shared namespace) and answers, for each
# address on stdin, which site shows its button there and which sites' patterns take it in.
NODE_SCRIPT = """
globalThis.InterviewFollowUp = {};
await import(process.argv[1]);
const { SITES, siteFor, matchesPattern } = globalThis.InterviewFollowUp;
const urls = JSON.parse(require("fs").readFileSync(0, "utf8"));
const within = (href) => {
  let url;
  try { url = new URL(href); } catch { return []; }
  return SITES.filter((site) => site.matches.some((pattern) => matchesPattern(url, pattern))).map((site) => site.name);
};
const verdicts = Object.fromEntries(urls.map((url) => [url, { shows: siteFor(url)?.name ?? null, within: within(url) }]));
console.log(JSON.stringify({ sites: SITES.map(({ name, reader, matches }) => ({ name, reader, matches })), verdicts }));
"""


# --- The browser's match patterns -------------------------------------------------------------

def browser_matches(pattern: str, url: str) -> bool:
    """Whether Chrome runs a content script declared with this match pattern on this address:
    `<all_urls>`; else `scheme://host[:port]/path`, the scheme `*` meaning http or https, the host
    `*` (any), `*.domain` (the domain and its subdomains) or exact, no port meaning any, and `*` in
    the path standing for any characters, matched against the address's path and query (not its
    fragment)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    if parts.scheme not in ("http", "https", "file") or (parts.scheme != "file" and not parts.hostname):
        return False
    if pattern == "<all_urls>":
        return True
    found = re.fullmatch(r"(\*|[a-z-]+)://(\*|\*\.[^/*:]+|[^/*:]*)(?::(\*|\d+))?(/.*)", pattern)
    assert found, f"not a match pattern: {pattern}"
    scheme, host, pattern_port, path = found.groups()
    if scheme == "*" and parts.scheme not in ("http", "https") or scheme != "*" and parts.scheme != scheme:
        return False
    hostname = parts.hostname or ""
    if host.startswith("*."):
        host_ok = hostname == host[2:] or hostname.endswith(host[1:])
    else:
        host_ok = host == "*" or hostname == host
    port_ok = pattern_port in (None, "*") or int(pattern_port) == (port or {"http": 80, "https": 443}.get(parts.scheme))
    address = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    glob = ".*".join(re.escape(piece) for piece in path.split("*"))
    return host_ok and port_ok and re.fullmatch(glob, address, re.DOTALL) is not None


def test_the_browser_pattern_rules_written_here():
    assert browser_matches("https://*.linkedin.com/jobs/*", "https://ca.linkedin.com/jobs/view/1?x=1#top")
    assert browser_matches("https://*.linkedin.com/jobs/*", "https://linkedin.com/jobs/")
    assert not browser_matches("https://*.linkedin.com/jobs/*", "https://www.linkedin.com/feed/")
    assert not browser_matches("https://*.linkedin.com/jobs/*", "https://notlinkedin.com/jobs/1")
    assert not browser_matches("https://*.linkedin.com/jobs/*", "http://www.linkedin.com/jobs/1")
    assert browser_matches("*://jobs.lever.co/*", "http://jobs.lever.co/acme")
    assert browser_matches("https://www.indeed.com/*", "https://www.indeed.com")
    assert browser_matches("https://a.example/*?q=*", "https://a.example/x?q=1")
    assert not browser_matches("https://a.example/x", "https://a.example/x?q=1")
    assert browser_matches("http://localhost/*", "http://localhost:8765/api")
    assert not browser_matches("http://localhost:8000/*", "http://localhost:8765/api")
    assert not browser_matches("<all_urls>", "not a url")


# --- The addresses ----------------------------------------------------------------------------

def corpus_pages() -> dict[str, bool | None]:
    """The corpus's pages' addresses, as recorded in expected.json and in the pages themselves
    (canonical link or og:url), each with whether it is a job page (None: not said)."""
    if corpus_missing():
        return {}
    expected = json.loads((CORPUS_PAGES / "expected.json").read_text(encoding="utf-8"))["pages"]
    addresses: dict[str, bool | None] = {}
    for path in sorted(CORPUS_PAGES.glob("*.html")):
        facts = expected.get(path.name, {})
        recorded = facts.get("url") or ""
        declared = Page(Snapshot(url=recorded, html=path.read_text(encoding="utf-8", errors="replace"))).canonical_link
        for url in (recorded, urljoin(recorded, declared) if declared else ""):
            if url.startswith("https://"):
                addresses.setdefault(url, facts.get("job"))
    return addresses


def reader_for(url: str) -> str | None:
    """The companion reader that reads a page at this address first (a message open in webmail
    goes to the message import before any job page reader)."""
    return webmail.reader_for(url) or next((extractor.NAME for extractor in EXTRACTORS if extractor.handles(url)), None)


@pytest.fixture(scope="module")
def declared():
    urls = list(dict.fromkeys([*SITE_URLS, *corpus_pages()]))
    script = ROOT / "extension" / "content" / "sites.js"
    answer = subprocess.run(["node", "--input-type=commonjs", "-e", f"(async () => {{ {NODE_SCRIPT} }})()", str(script)],
                            input=json.dumps(urls), capture_output=True, text=True, check=True, timeout=60)
    return json.loads(answer.stdout)


def content_script_patterns() -> list[str]:
    [content_scripts] = MANIFEST["content_scripts"]
    return content_scripts["matches"]


def test_the_manifest_lists_exactly_the_sites_patterns(declared):
    declared_patterns = [pattern for site in declared["sites"] for pattern in site["matches"]]
    assert sorted(content_script_patterns()) == sorted(declared_patterns)


def test_the_browser_runs_the_content_script_exactly_where_sites_js_puts_an_address_on_a_site(declared):
    patterns = content_script_patterns()
    runs = {url: any(browser_matches(pattern, url) for pattern in patterns) for url in declared["verdicts"]}
    assert any(runs.values()) and not all(runs.values())
    assert runs == {url: bool(verdict["within"]) for url, verdict in declared["verdicts"].items()}
    # and site by site: each site's patterns mean in sites.js what they mean to the browser
    for site in declared["sites"]:
        browser = {url for url in declared["verdicts"] if any(browser_matches(p, url) for p in site["matches"])}
        script = {url for url, verdict in declared["verdicts"].items() if site["name"] in verdict["within"]}
        assert browser == script, site["name"]


def test_no_address_is_on_two_sites(declared):
    assert {url: verdict["within"] for url, verdict in declared["verdicts"].items() if len(verdict["within"]) > 1} == {}


def test_the_button_shows_only_where_the_content_script_runs(declared):
    assert {url: verdict["shows"] for url, verdict in declared["verdicts"].items()
            if verdict["shows"] and verdict["shows"] not in verdict["within"]} == {}


def test_each_site_names_a_reader_the_companion_has(declared):
    names = {extractor.NAME for extractor in EXTRACTORS} | {webmail.GMAIL, webmail.OUTLOOK}
    assert {site["reader"] for site in declared["sites"]} <= names


def test_wherever_the_content_script_runs_for_a_site_that_sites_reader_reads_the_page(declared):
    readers = {site["name"]: site["reader"] for site in declared["sites"]}
    placed = {url: verdict["within"][0] for url, verdict in declared["verdicts"].items() if verdict["within"]}
    assert any(verdict["shows"] for verdict in declared["verdicts"].values()), "no address shows the button"
    assert {url: reader_for(url) for url in placed} == {url: readers[site] for url, site in placed.items()}


@pytest.mark.corpus
def test_every_real_job_page_a_sites_reader_reads_shows_its_button(declared):
    site_of_reader = {site["reader"]: site["name"] for site in declared["sites"]}
    jobs = [url for url, job in corpus_pages().items() if job]
    assert jobs
    expected = {url: site_of_reader[reader_for(url)] for url in jobs if reader_for(url) in site_of_reader}
    assert expected, "no corpus job page is on a supported site"
    assert {url: declared["verdicts"][url]["shows"] for url in expected} == expected
