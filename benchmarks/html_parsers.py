"""Time lxml, selectolax and BeautifulSoup on a 2 MB job page, to choose the extractors' parser.

Run from the repository root: `python benchmarks/html_parsers.py` (add `--size-mb 5` or
`--runs 9` to vary). Every parser does the work an extractor does on a page: parse it, read
the JSON-LD scripts, read one meta tag, the text of one element and all elements carrying a
data attribute. Figures are medians over the runs, ratios are against the fastest parser in
this same run, so they compare like with like on whatever machine runs it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from fixture_files import CORPUS_PAGES  # noqa: E402  (the tests' one place that finds the shared corpus)

PAGE = CORPUS_PAGES / "linkedin_guest_jobview_google_austin.html"

# One job card as LinkedIn's search list draws it: many nested elements, long class lists
# and data attributes, which is what makes real 2 MB pages slow to parse.
CARD = """
<li class="jobs-search-results__list-item occludable-update p0 relative scaffold-layout__list-item"
    data-occludable-job-id="{n}">
  <div class="job-card-container relative job-card-list job-card-container--clickable
       job-card-list--underline-title-on-hover jobs-search-results-list__list-item--active-v2"
       data-job-id="{n}">
    <div class="artdeco-entity-lockup artdeco-entity-lockup--size-4 ember-view">
      <div class="artdeco-entity-lockup__title ember-view">
        <a class="disabled ember-view job-card-container__link job-card-list__title--link"
           href="/jobs/view/{n}/?eBP=CwEAAAGT&amp;refId=abc&amp;trackingId=xyz">
          <span aria-hidden="true"><strong>Data Engineer {n}</strong></span>
        </a>
      </div>
      <div class="artdeco-entity-lockup__subtitle ember-view"><span>Company {n}</span></div>
      <div class="artdeco-entity-lockup__caption ember-view">
        <ul class="job-card-container__metadata-wrapper">
          <li class="job-card-container__metadata-wrapper__item"><span>Berlin, Germany (Hybrid)</span></li>
        </ul>
      </div>
    </div>
  </div>
</li>"""


def build_page(size_bytes: int) -> str:
    """The corpus LinkedIn guest page with job cards added until it reaches size_bytes."""
    base = PAGE.read_text(encoding="utf-8")
    cards = []
    total = len(base.encode())
    n = 0
    while total < size_bytes:
        card = CARD.format(n=4000000000 + n)
        cards.append(card)
        total += len(card.encode())
        n += 1
    head, _, tail = base.rpartition("</body>")
    return head + "<ul>" + "".join(cards) + "</ul></body>" + tail


def with_selectolax(html: str) -> tuple:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    scripts = [n.text() for n in tree.css('script[type="application/ld+json"]')]
    og_title = tree.css_first('meta[property="og:title"]').attributes.get("content")
    title = tree.css_first(".top-card-layout__title").text(strip=True)
    cards = len(tree.css("[data-job-id]"))
    return len(scripts), og_title, title, cards


def with_lxml(html: str) -> tuple:
    import lxml.html

    tree = lxml.html.document_fromstring(html)
    scripts = tree.xpath('//script[@type="application/ld+json"]/text()')
    og_title = tree.xpath('//meta[@property="og:title"]/@content')[0]
    title = tree.xpath('//*[contains(concat(" ", normalize-space(@class), " "), " top-card-layout__title ")]')[0]
    cards = len(tree.xpath("//*[@data-job-id]"))
    return len(scripts), og_title, title.text_content().strip(), cards


def with_soup(html: str, builder: str) -> tuple:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, builder)
    scripts = [n.get_text() for n in soup.select('script[type="application/ld+json"]')]
    og_title = soup.select_one('meta[property="og:title"]')["content"]
    title = soup.select_one(".top-card-layout__title").get_text(strip=True)
    cards = len(soup.select("[data-job-id]"))
    return len(scripts), og_title, title, cards


def contenders() -> dict:
    found = {"selectolax (lexbor)": with_selectolax, "lxml.html": with_lxml}
    try:
        import bs4  # noqa: F401  (only to see whether it is installed)
    except ImportError:
        print("BeautifulSoup is not installed (pip install beautifulsoup4): left out")
        return found
    found["BeautifulSoup + lxml"] = lambda html: with_soup(html, "lxml")
    found["BeautifulSoup + html.parser"] = lambda html: with_soup(html, "html.parser")
    return found


def median_seconds(work, html: str, runs: int) -> tuple[float, tuple]:
    times = []
    answer = None
    for _ in range(runs):
        started = time.perf_counter()
        answer = work(html)
        times.append(time.perf_counter() - started)
    return statistics.median(times), answer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=2.0)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    html = build_page(int(args.size_mb * 1024 * 1024))
    print(f"page: {len(html.encode()) / 1024 / 1024:.2f} MB, median of {args.runs} runs")
    results = {name: median_seconds(work, html, args.runs) for name, work in contenders().items()}
    answers = {answer for _, answer in results.values()}
    if len(answers) != 1:
        raise SystemExit(f"parsers disagree on what the page holds: {answers}")
    fastest = min(seconds for seconds, _ in results.values())
    for name, (seconds, _) in sorted(results.items(), key=lambda item: item[1][0]):
        print(f"{name:<28} {seconds * 1000:8.1f} ms   x{seconds / fastest:5.1f}")


if __name__ == "__main__":
    main()
