"""The scorers of benchmarks/score_corpus.py over the whole shared corpus (and our own labelled
messages and invites, for the kinds and languages it lacks): no figure may fall past
its floor in benchmarks/corpus_floors.json, so accuracy on real data never slips back. Each runs
in a process of its own, so the memory it reports is its own."""

from __future__ import annotations

import subprocess
import sys

import pytest

from fixture_files import REPO_ROOT

CORPUS = pytest.mark.corpus  # own_emails and own_invites read the project's own fixtures, not the corpus


@pytest.mark.parametrize("scorer", [pytest.param("pages", marks=CORPUS), pytest.param("invites", marks=CORPUS), "own_invites",
                                    pytest.param("emails", marks=CORPUS), "own_emails",
                                    pytest.param("peer", marks=CORPUS)])
def test_no_figure_falls_past_its_floor(scorer):
    scored = subprocess.run([sys.executable, "benchmarks/score_corpus.py", "--check", scorer],
                            cwd=REPO_ROOT, capture_output=True, text=True, timeout=300)
    assert scored.returncode == 0, scored.stdout + scored.stderr

