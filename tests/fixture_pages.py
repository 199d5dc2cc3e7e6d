"""The job page fixtures in tests/fixtures/pages, loaded as the snapshots the extension sends."""

from __future__ import annotations

from pathlib import Path

from companion.facts import Snapshot

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"


def page_html(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def snapshot_of(name: str, url: str, **fields) -> Snapshot:
    return Snapshot(url=url, html=page_html(name), **fields)
