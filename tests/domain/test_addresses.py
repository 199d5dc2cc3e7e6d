"""Addresses that become links, and names that reach the user: checked once, in the domain."""

from __future__ import annotations

import pytest

from companion.domain.addresses import email_address, email_addresses_in, is_email_address, is_web_url, site_label, web_url
from companion.domain.facts import ContactFacts, JobFacts, visible


@pytest.mark.parametrize("address", ["dana@acme.example", "Dana.Lee+jobs@mail.acme.co.uk", "o'brien@acme.example"])
def test_plain_mailboxes_are_addresses(address):
    assert is_email_address(address) and email_address(f"  {address} ") == address


def test_the_plain_mailboxes_a_text_writes_in_order():
    text = "Send your CV to svenmbbilverkstad@telia.example. Questions: mailto:Dana.Lee+jobs@mail.acme.co.uk or call us."
    assert email_addresses_in(text) == ["svenmbbilverkstad@telia.example", "Dana.Lee+jobs@mail.acme.co.uk"]
    assert email_addresses_in("No address here, nor @acme nor dana@acme.") == []


@pytest.mark.parametrize("address", [
    "hank@evil.example?bcc=spy%40x.example", "a@x.example&to=b@y.example", "spy%40x.example@evil.example",
    "dana@acme", "dana lee@acme.example", "<dana@acme.example>", "dana@acme.example\r\nBcc: x@y.example",
    "", "a" * 250 + "@acme.example",
])
def test_anything_else_is_not(address):
    assert not is_email_address(address) and email_address(address) == ""


@pytest.mark.parametrize(("url", "expected"), [
    ("https://jobs.lever.co/acme/1", True), ("http://intranet.example/x", True),
    ("javascript:alert(1)", False), ("data:text/html,x", False), ("https://", False),
    ("https://acme.example/a b", False), ("//acme.example/x", False), ("", False),
])
def test_only_http_addresses_are_web_addresses(url, expected):
    assert is_web_url(url) is expected
    assert web_url(url) == (url if expected else "")


def test_hidden_and_reversing_characters_leave_names():
    assert visible("\u202eInitech\u202c Ltd\u0000") == "Initech Ltd"
    assert visible("Zoë \u2066Ødegaard\u2069") == "Zoë Ødegaard"
    assert visible("half \ud800 pair") == "half  pair"


def test_facts_read_from_captures_keep_only_visible_text_and_real_addresses():
    person = ContactFacts(name="Hank\u202e", email="hank@evil.example?bcc=spy%40x.example", linkedin_url="javascript:x")
    assert (person.name, person.email, person.linkedin_url) == ("Hank", "", "")
    job = JobFacts(company="Init\u0007ech", job_url="javascript:alert(1)")
    assert (job.company, job.job_url) == ("Initech", "")


@pytest.mark.parametrize(("host", "label"), [
    ("www.infojobs.com.br", "infojobs"),  # under a country's second level
    ("careers.acme-robotics.co.uk", "acme-robotics"),
    ("www.civilservicejobs.service.gov.uk", "civilservicejobs"),  # under a suffix the list's private part names
    ("comparis-ch.jobs.personio.de", "personio"),
    ("initech.example", "initech"),  # a name no list knows: its last label is the suffix
    ("localhost", "localhost"),
])
def test_the_label_a_hosts_owner_is_named_by(host, label):
    assert site_label(host) == label
