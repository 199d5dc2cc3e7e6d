"""A town a page names alone, known from GeoNames' list: in the job's title, in a sentence, beside the kind of contract."""

from __future__ import annotations

import pytest

from companion.domain.facts import Snapshot
from companion.reading.pages import extract_snapshot
from companion.reading.pages.regions import comma_before_region
from companion.reading.pages.towns import names_a_town, vietnamese_marks_as_listed


@pytest.mark.parametrize("words", ["Exeter", "Goiânia", "Neuquén", "Rio de Janeiro", "Wien", "上海", "Казань", "明石市"])
def test_a_town_is_known_by_any_of_its_names(words):
    assert names_a_town(words)


@pytest.mark.parametrize("words", [
    "exeter",  # not written as a name
    "Of", "La",  # a small word some town is also called
    "MSc", "LIQ",  # a degree, a lab's acronym: capitals inside the word
    "Software Engineer", "Vollzeit", "Remote",
    "Hem",  # a town of fewer than 50,000 people, whose name is also a word
    "Africa",  # a continent, though a town's alternate name too ("… our communities in Africa", a Lagos firm's page)
])
def test_words_that_name_no_town(words):
    assert not names_a_town(words)


def _read(title: str, body: str):
    html = f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"
    return extract_snapshot(Snapshot(url="https://initech.example/jobs/4412", html=html)).job


AD = "<h2>Your tasks</h2><ul><li>Teach</li></ul><h2>Your profile</h2><ul><li>A degree</li></ul>"


@pytest.mark.parametrize(("title", "location"), [
    ("PhD studentship in Exeter", "Exeter"),
    ("Systemutvecklare Java i Uppsala", "Uppsala"),
    ("Senior postdoc position – Bologna", "Bologna"),
    ("Engineer in Training", ""),  # "Training" is no town
])
def test_the_town_a_jobs_title_ends_with(title, location):
    assert _read(title, AD).location == location


@pytest.mark.parametrize(("body", "location"), [
    ("<p>Une présence régulière à Paris est demandée.</p>", "Paris"),
    ("<p>Publicamos una vacante de analista en Rio de Janeiro.</p>", "Rio de Janeiro"),
    # another post's title in a link, a list of towns, a fully remote team: no one town of this job
    ("<p><a href='/2016/pisa'>Seminar in Pisa</a></p>", ""),
    ("<p>We are hiring in Seattle, Madrid, and remote.</p>", ""),
    ("<p>Our fully remote team met in Lisbon last year.</p>", "Remote"),
])
def test_the_town_a_sentence_puts_the_job_in(body, location):
    job = _read("Data Analyst", AD + body)
    assert job.location == location
    assert job.guessed.get("location") == ("from a sentence of the page" if location else None)


@pytest.mark.parametrize(("place", "written"), [
    ("Lahore Pakistan", "Lahore, Pakistan"),  # a Lahore agency's labelled place (2024)
    ("Thanh Xuân Hà Nội", "Thanh Xuân, Hà Nội"),  # a district and its city (a Hanoi firm's, 2024)
    ("Cape Town South Africa", "Cape Town, South Africa"),
    ("New York", "New York"),  # one name, no region after a town
    ("Lahore, Pakistan", "Lahore, Pakistan"),
    ("Remote Europe", "Remote Europe"),  # no town before the region
])
def test_a_town_and_its_region_written_with_no_comma_between_get_one(place, written):
    assert comma_before_region(place) == written


@pytest.mark.parametrize(("written", "listed"), [
    ("Khánh Hoà", "Khánh Hòa"),  # the tone mark on the last vowel of "oa", the old way: moved to the first
    ("Thuỷ Nguyên", "Thủy Nguyên"),
    ("Hoàn Kiếm", "Hoàn Kiếm"),  # a consonant after the vowels: the mark stays
    ("Quý", "Quý"),  # "qu" is a consonant: the mark stays
])
def test_vietnamese_tone_marks_are_set_as_the_lists_set_them(written, listed):
    assert vietnamese_marks_as_listed(written) == listed


@pytest.mark.parametrize("town", ["Itauguá", "Hué"])  # (found by review, 2026: names whose marks are no Vietnamese tone's)
def test_a_town_whose_mark_sits_on_its_last_vowel_is_known_as_written(town):
    assert names_a_town(town)
