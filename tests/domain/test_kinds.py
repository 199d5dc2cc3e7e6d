"""The table of follow-up kinds: every kind the rules plan is in it once, with a template and a key
prefix of its own, so a key always names its kind and a draft always has words."""

from __future__ import annotations

from importlib.resources import files

import pytest

from companion.domain import kinds


def test_each_kind_has_its_own_key_prefix():
    prefixes = [kind.key_prefix for kind in kinds.KINDS.values()]
    assert len(prefixes) == len(set(prefixes))
    # No prefix is the start of another key's first part: "thank-you" and "thank-you-card" differ as whole parts.
    assert all("/" not in prefix for prefix in prefixes)


@pytest.mark.parametrize("kind", kinds.KINDS.values(), ids=lambda kind: kind.id)
def test_each_kind_has_a_packaged_template(kind):
    assert files("companion.domain").joinpath("templates", "drafts", kind.template).is_file()


@pytest.mark.parametrize("kind", kinds.KINDS.values(), ids=lambda kind: kind.id)
def test_a_key_made_for_a_kind_is_read_back_as_a_rule_key(kind):
    assert kinds.is_rule_key(kinds.key(kind.id, "interview-3", "contact-4"))


def test_a_key_the_user_made_is_not_the_rules():
    assert not kinds.is_rule_key("my-own-reminder")
    assert not kinds.is_rule_key("thank-you-later/interview-3")


def test_labels_say_who_the_follow_up_is_for():
    assert kinds.label(kinds.THANK_YOU_EMAIL, "Dana Lee") == "Thank-you email to Dana Lee"
    assert kinds.label(kinds.REFERENCE_HEADS_UP, "Sam Ortiz") == "Heads-up to your reference for Sam Ortiz"
    assert kinds.label(kinds.CHECK_IN_1) == "Check in on the decision"
    assert kinds.label("made_up_kind") == "Made up kind"


@pytest.mark.parametrize(("kind", "channel", "expected"), [
    (kinds.THANK_YOU_EMAIL, "email", True),
    (kinds.THANK_YOU_EMAIL, "", True),
    (kinds.CHECK_IN_1, "phone", False),  # an application followed by phone gets points for the call
    (kinds.THANK_YOU_CARD, "email", False),
    (kinds.LINKEDIN_CONNECT, "email", False),
    (kinds.PREPARE, "email", False),
])
def test_which_follow_ups_are_emails(kind, channel, expected):
    assert kinds.is_email(kind, channel) is expected
