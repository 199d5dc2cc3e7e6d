"""ZipRecruiter: the job open beside a search's results, and a search with none open."""

from __future__ import annotations

from companion.domain.facts import Snapshot
from companion.reading.pages import extract_snapshot

SEARCH = "https://www.ziprecruiter.com/jobs-search?search=platform+engineer&location=Remote+%28USA%29"
# Written for this test in the shape of the site's logged-in search page (2026): the cards, the
# open one followed by its highlight, and the pane on the right.
CARDS = ("<title>119 Platform Engineer Jobs (NOW HIRING) in Remote (USA)</title><h1>Settings</h1>"
         "<div><div><article id='job-card-aB3_x-9'><h2>Staff Platform Engineer</h2>"
         "<a href='/co/Initech/Jobs'>Initech</a></article></div><div data-testid='job-card-selected-highlight'></div></div>"
         "<div><article id='job-card-zz1'><h2>Site Reliability Engineer</h2></article></div>")
PANE = ("<div data-testid='right-pane'><img alt='Staff Platform Engineer'><h2>Staff Platform Engineer</h2>"
        "<a href='/co/Initech' aria-label='Initech'>Initech</a> <div><p>Austin, TX • Remote</p></div>"
        "<button aria-label='Quick Apply'><p>Quick Apply</p></button></div>")


def test_the_job_open_beside_the_results_is_read_as_the_pane_shows_it():
    result = extract_snapshot(Snapshot(url=SEARCH, html=f"<html><body>{CARDS}{PANE}</body></html>"))
    job = result.job
    assert result.extractor == "ziprecruiter"
    assert (job.title, job.company, job.location) == ("Staff Platform Engineer", "Initech", "Austin, TX; Remote")
    assert (job.board, job.board_job_id) == ("ziprecruiter", "aB3_x-9")


def test_a_search_with_no_job_open_beside_it_says_to_open_one():
    result = extract_snapshot(Snapshot(url=SEARCH, html=f"<html><body>{CARDS}</body></html>"))
    assert result.job is None and "lists jobs" in result.reason
