"""The scorers of benchmarks/score_corpus.py over the whole shared corpus: no figure may fall past
its floor in benchmarks/corpus_floors.json, so accuracy on real data never slips back."""

from __future__ import annotations

import importlib.util

import pytest

from fixture_files import REPO_ROOT

pytestmark = pytest.mark.corpus


def _scorers():
    spec = importlib.util.spec_from_file_location("score_corpus", REPO_ROOT / "benchmarks" / "score_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def score_corpus():
    return _scorers()


@pytest.mark.parametrize("scorer", ["pages", "invites", "peer"])
def test_no_figure_falls_past_its_floor(score_corpus, scorer):
    score = score_corpus.SCORERS[scorer]()
    problems = score_corpus.below_floors({scorer: score})
    assert problems == [], "\n".join(problems + [f"miss: {miss}" for miss in score["misses"]])
