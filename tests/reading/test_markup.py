"""Markup no real page has is refused before it is parsed, quickly and with the reason; real
pages nest far less deeply than the bound."""

from __future__ import annotations

import pytest

from companion.domain.facts import Snapshot
from companion.reading.markup import MAX_ELEMENTS, MAX_NESTING, markup_shape
from companion.reading.pages import extract_snapshot
from companion.reading.pages.text import html_to_text
from fixture_files import CORPUS, PAGES
from machine_speed import HOSTILE_INPUT_BOUND, taking_at_most

HOSTILE_PAGES = {
    "nested divs": "<html><body>" + "<div>" * 80_000 + "Senior Engineer" + "</div>" * 80_000 + "</body></html>",
    "mis-nested bold and paragraphs": "<html><body>" + "<b><p>Senior Engineer" * 200_000 + "</body></html>",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_PAGES))
def test_a_page_nested_past_the_bound_is_no_job_with_the_reason(name):
    with taking_at_most(HOSTILE_INPUT_BOUND):
        result = extract_snapshot(Snapshot(url="https://careers.initech.example/jobs/42", html=HOSTILE_PAGES[name]))
    assert result.job is None
    assert result.reason == (f"no job found on this page: its markup is nested more than {MAX_NESTING:,} levels "
                             "deep (no real page is), so it was not read")


def test_a_page_opening_more_elements_than_any_real_page_is_no_job_with_the_reason():
    # Flat (nothing nests), but each <p> ends the last and the parser would rebuild every <i>.
    html = "<html><body>" + "<i>x</i><p>Senior Engineer" * (MAX_ELEMENTS // 2 + 1) + "</body></html>"
    result = extract_snapshot(Snapshot(url="https://careers.initech.example/jobs/42", html=html))
    assert result.job is None
    assert result.reason == (f"no job found on this page: it holds more than {MAX_ELEMENTS:,} elements "
                             "(no real page does), so it was not read")


def test_a_deep_description_keeps_its_words_without_its_tags():
    description = "<ul>" * 5_000 + "<li>Ship <b>reliable</b> tools" + "</ul>" * 5_000
    assert html_to_text(description) == "Ship reliable tools"


def test_depth_is_counted_as_written_skipping_scripts_comments_and_implied_ends():
    html = ("<html><body><div><section><p>one<p>two<br><img src=x>"
            "<script>'<div><div><div>'</script><!-- <div><div> --></section></div></body></html>")
    assert markup_shape(html).depth == 2


def test_our_own_pages_nest_far_below_the_bound():
    assert max(markup_shape(path.read_text(encoding="utf-8")).depth for path in PAGES.glob("*.html")) < 50


@pytest.mark.corpus
def test_real_pages_nest_far_below_the_bound():
    pages = [*(CORPUS / "pages").glob("*.html"), *(CORPUS / "peer" / "pages").rglob("*.htm*")]
    assert len(pages) > 200
    assert max(markup_shape(path.read_text(encoding="utf-8", errors="replace")).depth for path in pages) < MAX_NESTING // 20
