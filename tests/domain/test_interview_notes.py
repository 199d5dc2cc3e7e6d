"""Interview notes read per person, and the one point a draft quotes from them."""

from __future__ import annotations

import pytest

from companion.domain.interview_notes import notes_for, point_to_quote, shorten

NOTES = """Overall: a relaxed panel.
José Álvarez:
- walked me through their test pyramid
- wants someone for the payments team

Priya: asked about my on-call experience
The office moves to Leeds in spring."""


def test_a_persons_block_of_bullets_is_theirs_whoever_else_is_named():
    own, general = notes_for("Jose Alvarez", NOTES, others=("Priya Shah",))
    assert own == "walked me through their test pyramid\nwants someone for the payments team"
    assert general == "The office moves to Leeds in spring."


def test_another_persons_lines_are_never_anyones_else():
    own, general = notes_for("Priya Shah", NOTES, others=("José Álvarez",))
    assert own == "asked about my on-call experience"
    assert "test pyramid" not in own + general


def test_someone_the_notes_do_not_name_gets_only_what_concerns_everyone():
    # "Overall:" and "Priya:" both look like names; neither is quoted to a stranger.
    own, general = notes_for("Sam Ruiz", NOTES)
    assert own == ""
    assert general == "The office moves to Leeds in spring."


@pytest.mark.parametrize(("text", "limit", "expected"), [
    ("* Their Kafka migration. Also on-call.", 100, "Their Kafka migration."),
    ("\n\n1) Roadmap for the data platform; hiring", 100, "Roadmap for the data platform; hiring."),
    ("Asked how I would test a payments migration", 100, "you asked how I would test a payments migration."),
    ("Talked about the roadmap!", 100, "we talked about the roadmap!"),
    ("Roadmap for the data platform", 20, "Roadmap for the…"),
    ("", 50, ""),
])
def test_the_point_quoted_is_one_whole_sentence(text, limit, expected):
    assert point_to_quote(text, limit) == expected


def test_the_users_own_point_is_not_turned_to_the_reader():
    assert point_to_quote("Led our last two migrations", 100, addressed=False) == "Led our last two migrations."


def test_shorten_cuts_at_a_word():
    assert shorten("exactly-once semantics everywhere", 25) == "exactly-once semantics…"
    assert shorten("short", 25) == "short"
    assert len(shorten("a" * 80, 30)) == 30
