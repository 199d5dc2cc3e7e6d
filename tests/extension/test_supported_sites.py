"""The supported sites are declared once, in extension/content/sites.js; this proves that the
manifest, the content script and the companion's readers agree on real addresses: the manifest
runs the content script exactly where the sites say, every page that shows the Track button is
read by that site's own reader, and every real job page a site's reader reads shows the button."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from companion.reading.pages.registry import EXTRACTORS
from fixture_files import CORPUS_PAGES, corpus_missing

ROOT = Path(__file__).parents[2]
SITE_URLS = json.loads((ROOT / "tests" / "extension" / "site_urls.json").read_text(encoding="utf-8"))["urls"]

# Loads sites.js as the browser does (a classic script on a shared namespace) and answers, for each
# address on stdin, which site shows its button there.
NODE_SCRIPT = """
globalThis.InterviewFollowUp = {};
await import(process.argv[1]);
const { SITES, siteFor } = globalThis.InterviewFollowUp;
const urls = JSON.parse(require("fs").readFileSync(0, "utf8"));
const verdicts = Object.fromEntries(urls.map((url) => [url, siteFor(url)?.name ?? null]));
console.log(JSON.stringify({ sites: SITES.map(({ name, reader, matches }) => ({ name, reader, matches })), verdicts }));
"""


def corpus_job_urls() -> list[str]:
    if corpus_missing():
        return []
    pages = json.loads((CORPUS_PAGES / "expected.json").read_text(encoding="utf-8"))["pages"]
    return [page["url"] for page in pages.values() if page.get("job") and page.get("url")]


def content_script(urls: list[str]) -> dict:
    script = ROOT / "extension" / "content" / "sites.js"
    answer = subprocess.run(["node", "--input-type=commonjs", "-e", f"(async () => {{ {NODE_SCRIPT} }})()", str(script)],
                            input=json.dumps(urls), capture_output=True, text=True, check=True, timeout=60)
    return json.loads(answer.stdout)


def reader_for(url: str) -> str:
    """The companion reader that reads a page at this address first."""
    return next(extractor.NAME for extractor in EXTRACTORS if extractor.handles(url))


@pytest.fixture(scope="module")
def declared():
    return content_script(list(SITE_URLS) + corpus_job_urls())


def test_the_manifest_runs_the_content_script_exactly_where_the_sites_say(declared):
    manifest = json.loads((ROOT / "manifest.json").read_text(encoding="utf-8"))
    [content_scripts] = manifest["content_scripts"]
    declared_patterns = [pattern for site in declared["sites"] for pattern in site["matches"]]
    assert sorted(content_scripts["matches"]) == sorted(declared_patterns)


def test_each_site_names_a_reader_the_companion_has(declared):
    names = {extractor.NAME for extractor in EXTRACTORS}
    assert {site["reader"] for site in declared["sites"]} <= names


def test_every_page_with_the_button_is_read_by_its_sites_reader(declared):
    readers = {site["name"]: site["reader"] for site in declared["sites"]}
    shown = {url: site for url, site in declared["verdicts"].items() if site}
    assert shown, "no address shows the button"
    assert {url: reader_for(url) for url in shown} == {url: readers[site] for url, site in shown.items()}


@pytest.mark.corpus
def test_every_real_job_page_a_sites_reader_reads_shows_its_button(declared):
    site_of_reader = {site["reader"]: site["name"] for site in declared["sites"]}
    urls = corpus_job_urls()
    assert urls
    expected = {url: site_of_reader[reader_for(url)] for url in urls if reader_for(url) in site_of_reader}
    assert {url: declared["verdicts"][url] for url in expected} == expected
