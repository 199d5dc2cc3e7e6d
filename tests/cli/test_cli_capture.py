"""`interview-companion capture` and `recapture`: saved pages read from the command line,
and stored captures read again once an extractor is fixed."""

from __future__ import annotations

import json

import pytest

from companion.config import load_config
from companion.store.db import open_database
from companion.domain.facts import Extraction
from companion.store.models import Application, Capture, database
from companion.services import captures
from fixture_files import PAGES, page_file

SEARCH_PANE = str(PAGES / "linkedin_search_pane.html")
SEARCH_URL = "https://www.linkedin.com/jobs/search/?currentJobId=3561224688"


def stored(home, model):
    open_database(load_config(home))
    with database.connection_context():
        return list(model.select())


def test_capture_stores_the_job_and_prints_it(home, run):
    code, out, _ = run("capture", SEARCH_PANE, "--url", SEARCH_URL)

    assert code == 0
    assert "Captured #1: Power Monitoring Execution Engineer, Google Data Center at Google (Austin, TX)" in out
    assert "read by: linkedin" in out
    [application] = stored(home, Application)
    assert application.board_job_id == "3561224688"


def test_capture_json_is_the_api_answer(home, run):
    code, out, _ = run("capture", SEARCH_PANE, "--url", SEARCH_URL, "--json")

    answer = json.loads(out)
    assert code == 0
    assert answer["capture"]["extractor"] == "linkedin"
    assert answer["application"]["company"] == "Google" and answer["missing"] == []


def test_dry_run_shows_what_would_be_read_and_stores_nothing(home, run):
    code, out, _ = run("capture", SEARCH_PANE, "--url", SEARCH_URL, "--dry-run", "--json")

    extraction = json.loads(out)["extraction"]
    assert code == 0
    assert extraction["job"]["title"] == "Power Monitoring Execution Engineer, Google Data Center"
    assert [c["name"] for c in extraction["contacts"]] == ["Priya Raman"]
    assert stored(home, Capture) == []


@pytest.mark.parametrize("charset", ["shift_jis", "utf-8-sig"])
def test_a_page_saved_in_the_charset_it_declares_is_read_as_the_browser_showed_it(home, run, tmp_path, charset):
    # A Japanese board's page saved as served, in Shift_JIS; another saved with a byte-order mark.
    posting = {"@type": "JobPosting", "title": "正看護師", "hiringOrganization": "墨田中央病院",
               "jobLocation": {"@type": "Place", "address": {"addressLocality": "墨田区", "addressRegion": "東京都"}}}
    page = tmp_path / "job.html"
    page.write_bytes((f'<html><head><meta charset="{charset.removesuffix("-sig")}">'
                      f'<script type="application/ld+json">{json.dumps(posting, ensure_ascii=False)}</script></head>'
                      "<body><h1>正看護師</h1></body></html>").encode(charset))

    code, out, _ = run("capture", str(page), "--url", "https://nurse.example/job/1", "--dry-run", "--json")

    job = json.loads(out)["extraction"]["job"]
    assert code == 0 and (job["title"], job["company"], job["location"]) == ("正看護師", "墨田中央病院", "東京都墨田区")



def test_a_page_saved_without_its_charset_is_read_in_the_one_its_bytes_read_best_in(home, run, tmp_path):
    # In the shape of a Russian board's page of 2012: Windows-1251, as its server said, its head silent,
    # its facts beside labels (post, town, employer).
    page = tmp_path / "vacancy.html"
    page.write_bytes(("<html><head><title>Вакансия: помощник руководителя</title></head><body>"
                      "<table><tr><td>Должность:</td><td>помощник руководителя</td></tr>"
                      "<tr><td>Город:</td><td>Екатеринбург</td></tr>"
                      "<tr><td>Работодатель:</td><td>Центр информационных технологий</td></tr></table>"
                      "<p>Требования: исполнительность, обучаемость, ответственность, дисциплинированность. "
                      "Обязанности: выполнение поручений руководителя в офисе, ведение телефонных переговоров.</p>"
                      "</body></html>").encode("windows-1251"))

    code, out, _ = run("capture", str(page), "--url", "https://www.board.example/job/vacancy/1", "--dry-run", "--json")

    job = json.loads(out)["extraction"]["job"]
    assert code == 0 and (job["title"], job["company"], job["location"]) == (
        "помощник руководителя", "Центр информационных технологий", "Екатеринбург")

@pytest.mark.corpus
def test_page_without_a_job_is_stored_and_exits_1_with_the_reason(home, run):
    wall = str(page_file("linkedin_429_authwall_redirect.html"))

    code, out, _ = run("capture", wall, "--url", "https://www.linkedin.com/jobs/view/4053542511/")

    assert code == 1
    assert out.startswith("No job found on this page: LinkedIn showed its sign-in wall instead of the job")
    assert [c.status for c in stored(home, Capture)] == ["not_understood"]


@pytest.mark.parametrize("argv, message", [
    (["capture", "/no/such/page.html", "--url", SEARCH_URL], "error: cannot read /no/such/page.html"),
    (["capture", SEARCH_PANE, "--url", "linkedin.com/jobs"], "error: --url must be the page's web address"),
    (["recapture", "41"], "error: capture 41 does not exist"),
])
def test_bad_input_is_a_clear_error(home, run, argv, message):
    code, _, err = run(*argv)

    assert code == 2 and err.startswith(message)


def test_recapture_repairs_captures_an_older_extractor_missed(home, run, monkeypatch):
    with monkeypatch.context() as patched:
        patched.setattr(captures, "extract_snapshot",
                        lambda snapshot: Extraction(extractor="none", reason="no job found on this page: old reader"))
        run("capture", SEARCH_PANE, "--url", SEARCH_URL)
        run("capture", str(PAGES / "lever_posting.html"),
            "--url", "https://jobs.lever.co/contosohealth/6f1c2a4e-8b3d-4c7a-9e12-3f5a7b9c0d21")
    assert stored(home, Application) == []

    code, out, _ = run("recapture", "--all", "--json")

    reports = json.loads(out)["captures"]
    assert code == 0
    assert [(r["before"]["status"], r["status"], r["extractor"]) for r in reports] == [
        ("not_understood", "understood", "linkedin"), ("not_understood", "understood", "lever")]
    assert sorted(a.company for a in stored(home, Application)) == ["Contoso Health", "Google"]


def test_recapture_of_an_understood_capture_keeps_one_application(home, run):
    run("capture", SEARCH_PANE, "--url", SEARCH_URL)

    code, out, _ = run("recapture", "1")

    assert code == 0 and "understood" in out and "application #1" in out
    assert len(stored(home, Application)) == 1
