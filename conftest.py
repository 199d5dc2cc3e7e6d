"""For every test folder: tests that read the shared corpus (marker `corpus`) are reported as
skipped, with one line saying what is missing and how to point at it, where the corpus is absent."""

import pytest

from fixture_files import corpus_missing  # tests/ is on pytest's pythonpath (pyproject.toml)


def pytest_collection_modifyitems(config, items):
    missing = corpus_missing()
    if missing is None:
        return
    skip = pytest.mark.skip(reason=missing)
    for item in items:
        if "corpus" in item.keywords:
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter):
    missing = corpus_missing()
    skipped = [report for report in terminalreporter.stats.get("skipped", []) if "corpus" in report.keywords]
    if missing and skipped:
        terminalreporter.write_line(f"{len(skipped)} corpus tests skipped: {missing}")
