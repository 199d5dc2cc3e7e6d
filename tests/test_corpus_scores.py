"""The scorers of benchmarks/score_corpus.py over the whole shared corpus (and our own labelled
messages and invites, for the kinds and languages it lacks): no figure may fall past
its floor in benchmarks/corpus_floors.json, so accuracy on real data never slips back. Each runs
in a process of its own, so the memory it reports is its own."""

from __future__ import annotations

import subprocess
import sys

import pytest

from fixture_files import REPO_ROOT, as_browser_decodes

CORPUS = pytest.mark.corpus  # own_emails and own_invites read the project's own fixtures, not the corpus


@pytest.mark.parametrize("scorer", [pytest.param("pages", marks=CORPUS), pytest.param("invites", marks=CORPUS), "own_invites",
                                    pytest.param("emails", marks=CORPUS), "own_emails",
                                    pytest.param("peer", marks=CORPUS)])
def test_no_figure_falls_past_its_floor(scorer):
    scored = subprocess.run([sys.executable, "benchmarks/score_corpus.py", "--check", scorer],
                            cwd=REPO_ROOT, capture_output=True, text=True, timeout=300)
    assert scored.returncode == 0, scored.stdout + scored.stderr


@pytest.mark.parametrize(("declared", "charset", "text"), [
    ('<meta charset="Shift_JIS" />', "shift_jis", "看護師の求人：名古屋市昭和区"),  # a Japanese board's page
    ('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "gb2312", "招聘：南京市江宁区"),
    ("", "utf-8", "Sjuksköterska, Malmö"),  # no declaration
    ('<meta charset="x-unknown-charset">', "utf-8", "Sjuksköterska, Malmö"),  # one Python does not know
])
def test_a_saved_page_is_scored_as_the_browser_decoded_it(declared, charset, text):
    page = f"<html><head>{declared}<title>{text}</title></head></html>"
    assert as_browser_decodes(page.encode(charset)) == page
