"""The follow-up kinds, in one table: for each, the rule behind it (docs/follow-up-rules.md), the
prefix of the keys it is planned under, how the user sees it (its name, the button that finishes
it), how it reaches its recipient, and the template of its draft.

Everything else reads this table: the rules make keys with `key`, the drafts pick templates and
wording by medium and recipient, the API serves each follow-up's wording, so the popup, the
command line, the reminders calendar and the notifications all say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

THANK_YOU_EMAIL = "thank_you_email"
THANK_YOU_CARD = "thank_you_card"
LINKEDIN_CONNECT = "linkedin_connect"
REFERENCE_HEADS_UP = "reference_heads_up"
CHECK_IN_1 = "check_in_1"
CHECK_IN_2 = "check_in_2"
KEEP_IN_TOUCH = "keep_in_touch"
THANK_YOU_ANYWAY = "thank_you_anyway"
STAY_IN_TOUCH = "stay_in_touch"
WITHDRAWAL = "withdrawal"
APPLICATION_FOLLOW_UP = "application_follow_up"
PREPARE = "prepare"
DEBRIEF = "debrief"


@dataclass(frozen=True)
class Kind:
    id: str
    rule: str  # its row in docs/follow-up-rules.md
    key_prefix: str  # the first part of every key it is planned under
    name: str  # how the user sees it: "Thank-you email"
    done_label: str  # the button that records it as done
    medium: str  # email | card | linkedin | reminder (a note to the user alone)
    recipient: str  # interviewer | reference | company | you

    @property
    def template(self) -> str:
        return f"{self.id}.j2"

    @property
    def is_email(self) -> bool:
        """Written as an email (an application followed by phone or letter turns it into notes)."""
        return self.medium == "email"


KINDS = {kind.id: kind for kind in (
    Kind(THANK_YOU_EMAIL, "R1", "thank-you", "Thank-you email", "Mark sent", "email", "interviewer"),
    Kind(THANK_YOU_CARD, "R2", "thank-you-card", "Handwritten thank-you card", "Mark sent", "card", "interviewer"),
    Kind(LINKEDIN_CONNECT, "R3", "linkedin", "LinkedIn connection request", "Mark sent", "linkedin", "interviewer"),
    Kind(REFERENCE_HEADS_UP, "R4", "reference-heads-up", "Heads-up to your reference", "Mark sent", "email", "reference"),
    Kind(CHECK_IN_1, "R5", "check-in-1", "Check in on the decision", "Mark sent", "email", "company"),
    Kind(CHECK_IN_2, "R6", "check-in-2", "Second check-in", "Mark sent", "email", "company"),
    Kind(KEEP_IN_TOUCH, "R8", "keep-in-touch", "Keep-in-touch note", "Mark sent", "email", "company"),
    Kind(THANK_YOU_ANYWAY, "R9", "thank-you-anyway", "Thank them after the rejection", "Mark sent", "email", "company"),
    Kind(STAY_IN_TOUCH, "R9", "stay-in-touch", "Stay-in-touch note", "Mark sent", "email", "company"),
    Kind(WITHDRAWAL, "R10", "withdrawal", "Withdraw your application", "Mark sent", "email", "company"),
    Kind(APPLICATION_FOLLOW_UP, "R11", "application-follow-up", "Follow up on your application", "Mark sent", "email",
         "company"),
    Kind(PREPARE, "R12", "prepare", "Prepare for the interview", "Mark done", "reminder", "you"),
    Kind(DEBRIEF, "R13", "debrief", "How did the interview go?", "Mark done", "reminder", "you"),
)}
KEY_PREFIXES = frozenset(kind.key_prefix for kind in KINDS.values())

# Kinds written to the company (or to the people met there), so sent in the thread of its last message.
COMPANY_MESSAGES = frozenset(k.id for k in KINDS.values() if k.is_email and k.recipient in ("interviewer", "company"))
# Kinds whose draft talks about the person met, so their name matters most.
ABOUT_THE_INTERVIEW = frozenset(k.id for k in KINDS.values() if k.recipient == "interviewer")
# Written on a card or on LinkedIn: no subject line. A reminder goes to nobody.
NO_SUBJECT = frozenset(k.id for k in KINDS.values() if k.medium in ("card", "linkedin"))
# Reminders to the user alone (prepare, debrief): they name the interview, greet nobody, sign nothing.
FOR_YOU = frozenset(k.id for k in KINDS.values() if k.recipient == "you")
NO_RECIPIENT = NO_SUBJECT | FOR_YOU


def key(kind_id: str, *parts: str) -> str:
    """A follow-up's stable key: "thank-you/interview-12/contact-5"."""
    return "/".join([KINDS[kind_id].key_prefix, *parts])


def is_rule_key(value: str) -> bool:
    """True for a key the rules make (the planner's own), such as "thank-you/interview-12/contact-5"."""
    return value.split("/", 1)[0] in KEY_PREFIXES


def name_of(kind_id: str) -> str:
    """How the user sees a kind ("Thank-you email"); an unknown one by its id made readable."""
    kind = KINDS.get(kind_id)
    return kind.name if kind else kind_id.replace("_", " ").capitalize()


def label(kind_id: str, person: str = "", company: str = "") -> str:
    """A follow-up in a line: "Thank-you email to Dana Lee", "Heads-up to your reference for Sam",
    "How did the interview with Acme go?"."""
    if kind_id == DEBRIEF:
        return f"How did the interview with {company} go?" if company else "How did the interview go?"
    if not person:
        return name_of(kind_id)
    preposition = "for" if KINDS.get(kind_id) and KINDS[kind_id].recipient == "reference" else "to"
    return f"{name_of(kind_id)} {preposition} {person}"


def is_email(kind_id: str, channel: str) -> bool:
    """True when a follow-up of this kind, on an application followed by `channel`, is an email."""
    kind = KINDS.get(kind_id)
    return bool(kind and kind.is_email and channel in ("email", ""))


def done_label(kind_id: str) -> str:
    kind = KINDS.get(kind_id)
    return kind.done_label if kind else "Mark done"
