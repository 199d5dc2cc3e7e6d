"""Canonical job addresses: tracking parameters dropped, the job's own parameters kept."""

from __future__ import annotations

import pytest

from companion.reading.pages.urls import canonical_url, host, host_is, query_value, same_site


@pytest.mark.parametrize("url, canonical", [
    ("https://WWW.Example.com/jobs/42/?utm_source=x&utm_medium=y&trk=z#apply", "https://www.example.com/jobs/42"),
    ("https://example.com/jobs?id=42&fbclid=abc&gclid=def", "https://example.com/jobs?id=42"),
    ("https://example.com/jobs?refId=a&trackingId=b&eBP=c", "https://example.com/jobs"),
    ("http://example.com:8080/careers/", "http://example.com:8080/careers"),
    ("https://example.com:443/", "https://example.com/"),
    ("ftp://example.com/jobs", ""),
    ("", ""),
])
def test_canonical_url_drops_tracking_and_fragments(url, canonical):
    assert canonical_url(url) == canonical


def test_canonical_url_can_keep_only_the_job_parameter():
    url = "https://acme.example/careers?gh_jid=123&gh_src=abc&page=2"

    assert canonical_url(url, keep=("gh_jid",)) == "https://acme.example/careers?gh_jid=123"


def test_hosts_and_query_values():
    assert host_is("https://uk.linkedin.com/jobs/view/1", "linkedin.com")
    assert not host_is("https://notlinkedin.com/jobs/view/1", "linkedin.com")
    assert query_value("https://x.example/?a=1&currentJobId=77", "currentJobId") == "77"
    assert same_site("https://www.jobindex.dk/a", "https://jobindex.dk/b")
    assert not same_site("https://evil.example/a", "https://jobindex.dk/b")


def test_a_host_in_punycode_is_read_in_the_letters_it_stands_for():
    assert host("https://xn--pckua2a7gp15o89zb.com/jb/1") == "求人ボックス.com"
    assert host("https://xn--invalid-.example/") == "xn--invalid-.example"  # not Punycode: kept as written
