"""Plain data passed between the pure parts of the companion.

Extractors (job pages, calendar pages) and the invite reader produce these; the storage
layer turns them into rows. Nothing here touches Flask or the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import datetime

from companion.domain.addresses import email_address, web_url

# Characters that show nothing or turn text around: controls (NUL included, which PostgreSQL
# refuses), bidi embeddings, overrides and isolates (a name that reads backwards), halves of
# UTF-16 pairs. Captured pages and invites are written by others, so their names lose these.
_HIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def visible(text: str) -> str:
    """`text` without hidden control, bidi-override and broken characters."""
    return _HIDDEN.sub("", text) if text else text


def _clean(facts, *, emails: tuple[str, ...] = (), urls: tuple[str, ...] = ()) -> None:
    """Every text field of `facts` made visible; addresses that are not addresses emptied."""
    for item in fields(facts):
        value = getattr(facts, item.name)
        if isinstance(value, str):
            value = visible(value)
            if item.name in emails:
                value = email_address(value)
            elif item.name in urls:
                value = web_url(value)
            setattr(facts, item.name, value)


@dataclass
class Snapshot:
    """What the extension sends for a page: its address, title, HTML and JSON-LD blocks."""

    url: str
    title: str = ""
    html: str = ""
    json_ld: list = field(default_factory=list)  # parsed JSON-LD values or raw strings
    selection: str = ""


@dataclass
class ContactFacts:
    name: str = ""
    email: str = ""
    title: str = ""
    linkedin_url: str = ""
    kind: str = "interviewer"  # interviewer | recruiter | hiring_manager | reference

    def __post_init__(self):
        _clean(self, emails=("email",), urls=("linkedin_url",))


@dataclass
class JobFacts:
    company: str = ""
    title: str = ""
    location: str = ""
    job_url: str = ""  # canonical: tracking parameters dropped
    board: str = ""  # linkedin | greenhouse | lever | workday | indeed | ashby | ...
    board_job_id: str = ""
    description: str = ""
    remote: bool | None = None
    poster: str = ""  # a recruiting agency that posted it for an employer it does not name
    # Fields read from weak evidence, each with how, in the user's words ("the page's title"):
    # the user is asked to check them.
    guessed: dict[str, str] = field(default_factory=dict)

    def __post_init__(self):
        _clean(self, urls=("job_url",))


@dataclass
class InterviewFacts:
    """One interview as read from an invite or a calendar page."""

    start: datetime  # timezone-aware, UTC
    end: datetime  # timezone-aware, UTC
    zone: str = "UTC"  # the IANA zone the invite was written in
    title: str = ""
    company: str = ""
    role: str = ""
    location: str = ""
    video_link: str = ""
    uid: str = ""
    sequence: int = 0
    recurrence_id: str = ""  # set for one occurrence of a recurring event
    cancelled: bool = False
    contacts: list[ContactFacts] = field(default_factory=list)
    organizer_email: str = ""
    guessed: dict[str, str] = field(default_factory=dict)  # as JobFacts.guessed
    is_interview: bool = True
    reason: str = ""  # why it was (or was not) judged an interview

    def __post_init__(self):
        _clean(self, emails=("organizer_email",), urls=("video_link",))


@dataclass
class Extraction:
    """What one extractor understood from a snapshot or an invite."""

    extractor: str  # which extractor ran, e.g. "linkedin", "schema_org", "ics"
    confidence: float = 0.0  # 0..1
    job: JobFacts | None = None
    interviews: list[InterviewFacts] = field(default_factory=list)
    contacts: list[ContactFacts] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # field names the user should fill in
    reason: str = ""  # when nothing was found: why, in words a user understands
    errors: list[str] = field(default_factory=list)  # problems met on the way, rest kept

    @property
    def found_anything(self) -> bool:
        return self.job is not None or bool(self.interviews)
