"""Understanding captured pages: which job (or interview) a snapshot shows, from which site.

`extract_snapshot(snapshot)` tries the extractors in `registry.EXTRACTORS`, most specific
first; each module names the addresses it handles (`handles(url)`) and answers with an
`Extraction` or None ("nothing for me here"). The answer always says which extractor ran,
how sure it is and which fields the page lacked, or why no job was found.

Parser: selectolax's lexbor engine. On a 2 MB job page (`python benchmarks/html_parsers.py`:
parse, read the JSON-LD, a meta tag, one element's text and every data-attribute element)
it took 14-21 ms where lxml.html took 70-160 ms and BeautifulSoup 0.6-2.1 s (lxml or
html.parser builder), over several runs on a busy two-core machine: 5-7 times faster than
lxml and 40-130 times faster than BeautifulSoup. Lexbor also parses by the HTML5 rules
browsers use, so the tree matches the DOM the extension saw, and it answers CSS selectors,
which keep the extractors short.
"""

from __future__ import annotations

from companion.domain.addresses import is_web_url
from companion.domain.facts import Extraction, Snapshot
from companion.reading.markup import MarkupRefused
from companion.reading.pages import fallback, schema_org
from companion.reading.pages.html import Page
from companion.reading.pages.listings import among_classed_titles, fair_instead, sample_ad, shown_instead
from companion.reading.pages.registry import EXTRACTORS
from companion.reading.pages.results import OPEN_ONE, no_job

__all__ = ["extract_snapshot"]

NOTHING_READ = "none"
GENERAL_READERS = {schema_org.NAME, fallback.NAME}  # the readers of any site's pages


def _why_no_job(snapshot: Snapshot) -> str:
    if not (snapshot.html or "").strip() and not snapshot.json_ld:
        return "the capture holds no page content (its html was empty)"
    return ("it has no job posting data (no schema.org JobPosting) and does not look like "
            "a job ad")


def extract_snapshot(snapshot: Snapshot) -> Extraction:
    """What the captured page shows; never raises for a bad page, always answers."""
    if not is_web_url(snapshot.url):
        return no_job(NOTHING_READ, f"the capture's address is not a web page address: {snapshot.url!r}")
    errors: list[str] = []
    # A site's page under another address (a web archive's copy, a saved page) is read by the
    # site's own reader, known by its markup, before the general readers.
    own_site = [extractor for extractor in EXTRACTORS if hasattr(extractor, "recognises")
                and not extractor.handles(snapshot.url) and extractor.recognises(snapshot.html or "")]
    for extractor in own_site + [extractor for extractor in EXTRACTORS if extractor not in own_site]:
        if extractor not in own_site and not extractor.handles(snapshot.url):
            continue
        try:
            result = extractor.extract(snapshot)
        except MarkupRefused as refused:  # no reader can parse it: say why, once
            return no_job(NOTHING_READ, str(refused), errors)
        except Exception as exc:  # noqa: BLE001
            # One extractor tripping over odd markup must not lose the capture: note it
            # and let the next, more general one try.
            errors.append(f"{extractor.NAME} failed: {type(exc).__name__}: {exc}")
            continue
        if result is not None:
            # A site's own verdict ("sign-in wall") is final: the generic readers after it
            # would only guess from the wall's title.
            result.errors = errors + result.errors
            why, instead = shown_instead(result.job.title, snapshot.title) if result.job else ("", "")
            if result.job and not why:
                why, instead = fair_instead(result.job.title)
            if result.job and not why:
                page = Page(snapshot)
                why, instead = sample_ad(page, result.job)
                # (the general readers' only: a site's own reader knows its layout, a list beside the job it shows)
                if not why and result.extractor in GENERAL_READERS and (listed := among_classed_titles(page, result.job.title)):
                    why, instead = listed, OPEN_ONE
            return no_job(result.extractor, f"{why}; {instead}", result.errors) if why else result
    return no_job(NOTHING_READ, _why_no_job(snapshot), errors)
